#include "sandbox/AdminSandboxValidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString customToken(const QJsonObject &body, const AdminSandboxStore::Config &config)
{
    const QJsonObject c = body.value(QStringLiteral("config")).toObject();
    const QJsonValue audience = c.value(QStringLiteral("audience"));
    if (!audience.isUndefined() && !audience.isArray() && !audience.isString())
        return QStringLiteral("config.audience must be an array of strings");
    if (c.value(QStringLiteral("useJWKURI")).toBool()) {
        const QUrl uri(c.value(QStringLiteral("jwkURI")).toString(), QUrl::StrictMode);
        if (!uri.isValid() ||
            (uri.scheme() != QLatin1String("https") && uri.scheme() != QLatin1String("http")) ||
            uri.host().isEmpty())
            return QStringLiteral("config.jwkURI must be a valid URL when useJWKURI is true");
        return {};
    }
    const QString alg = c.value(QStringLiteral("signingAlgorithm")).toString();
    if (alg != QLatin1String("HS256") && alg != QLatin1String("RS256"))
        return QStringLiteral("config.signingAlgorithm must be HS256 or RS256");
    const QJsonArray keys =
        body.value(QStringLiteral("secret_config")).toObject().value(QStringLiteral("signingKeys")).toArray();
    if (keys.isEmpty() || keys.size() > 3)
        return QStringLiteral("secret_config.signingKeys must name 1 to 3 secrets");
    for (const QJsonValue &k : keys) {
        const bool exists =
            std::any_of(config.secrets.cbegin(), config.secrets.cend(),
                        [&](const AdminSandboxStore::Secret &s) { return s.name == k.toString(); });
        if (!exists)
            return QStringLiteral("secret_config.signingKeys: secret '%1' does not exist").arg(k.toString());
    }
    return {};
}
} // namespace

QString AdminSandboxValidator::provider(const QJsonObject &body, const AdminSandboxStore::Config &config)
{
    static const QStringList types{QStringLiteral("anon-user"),       QStringLiteral("local-userpass"),
                                   QStringLiteral("api-key"),         QStringLiteral("custom-token"),
                                   QStringLiteral("custom-function"), QStringLiteral("oauth2-apple"),
                                   QStringLiteral("oauth2-google"),   QStringLiteral("oauth2-facebook")};
    const QString name = body.value(QStringLiteral("name")).toString();
    const QString type = body.value(QStringLiteral("type")).toString();
    if (name.isEmpty() || type.isEmpty())
        return QStringLiteral("name and type are required");
    if (!types.contains(type))
        return QStringLiteral("unknown provider type '%1'").arg(type);
    if (name != type)
        return QStringLiteral("name must equal type");
    const QJsonValue disabled = body.value(QStringLiteral("disabled"));
    if (!disabled.isUndefined() && !disabled.isBool())
        return QStringLiteral("disabled must be a boolean");
    for (const QJsonValue &f : body.value(QStringLiteral("metadata_fields")).toArray()) {
        if (f.toObject().value(QStringLiteral("name")).toString().isEmpty())
            return QStringLiteral("metadata_fields: every field needs a name");
    }
    return type == QLatin1String("custom-token") ? customToken(body, config) : QString();
}

QString AdminSandboxValidator::secret(const QJsonObject &body)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!name.match(body.value(QStringLiteral("name")).toString()).hasMatch())
        return QStringLiteral(
            "secret name must be 1-64 letters, digits, _ or -, starting with a letter or digit");
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (!value.isString() || value.toString().size() > 500)
        return QStringLiteral("secret value must be a string of at most 500 characters");
    return {};
}
