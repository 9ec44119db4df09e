#include "core/Profile.h"

#include "core/JsonScanner.h"
#include "core/ProvidersWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kFormat = QStringLiteral("okta-jwt-wizard-profile");

QJsonArray fieldsToJson(const QList<MetadataField> &fields)
{
    QJsonArray out;
    for (const MetadataField &f : fields)
        out.append(QJsonObject{{QStringLiteral("name"), f.name},
                               {QStringLiteral("field_name"), f.fieldName},
                               {QStringLiteral("required"), f.required}});
    return out;
}

// Reads a member of the expected type, or records a finding and keeps the default.
class Reader
{
public:
    Reader() = default;

    QString string(const QJsonObject &o, const QString &section, const char *key, const QString &def = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isString()) {
            wrongType(section, key, "a string");
            return def;
        }
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const QString &section, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            wrongType(section, key, "true or false");
        return v.toBool();
    }
    QStringList strings(const QJsonObject &o, const QString &section, const char *key)
    {
        QStringList out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            if (!item.isString()) {
                wrongType(section, key, "an array of strings");
                return {};
            }
            out << item.toString();
        }
        if (!v.isArray())
            wrongType(section, key, "an array of strings");
        return out;
    }
    void wrongType(const QString &section, const char *key, const char *expected)
    {
        const QString path = section + QLatin1Char('.') + QLatin1String(key);
        m_wrongTypes << Profile::tr("%1 must be %2.").arg(path, QLatin1String(expected));
    }
    /// Every member that had the wrong type, one sentence each.
    const QStringList &wrongTypes() const { return m_wrongTypes; }

private:
    QStringList m_wrongTypes;
};
} // namespace

QByteArray Profile::toJson(const ProviderSettings &s)
{
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("okta"), QJsonObject{{QStringLiteral("domain"), s.oktaDomain},
                                             {QStringLiteral("authServerId"), s.authServerId},
                                             {QStringLiteral("jwkUri"), s.jwkUri},
                                             {QStringLiteral("discoveredJwkUri"), s.discoveredJwkUri},
                                             {QStringLiteral("issuer"), s.issuer}}},
        {QStringLiteral("provider"),
         QJsonObject{
             {QStringLiteral("disabled"), s.disabled},
             {QStringLiteral("audience"), QJsonArray::fromStringList(s.audience)},
             {QStringLiteral("requireAnyAudience"), s.requireAnyAudience},
             {QStringLiteral("verification"), manual ? QStringLiteral("manual") : QStringLiteral("jwk-uri")},
             {QStringLiteral("signingAlgorithm"), s.signingAlgorithm},
             // Secret NAMES only: key values never leave memory or the keychain.
             {QStringLiteral("signingKeys"), QJsonArray::fromStringList(s.signingKeyNames)},
             {QStringLiteral("metadataFields"), fieldsToJson(s.metadataFields)}}},
        {QStringLiteral("appServices"), QJsonObject{{QStringLiteral("projectId"), s.projectId},
                                                    {QStringLiteral("clientAppId"), s.clientAppId}}}};
    JsonStyle style;
    style.indentUnit = QStringLiteral("  ");
    return (ProvidersWriter::valueText(root, style, 0) + QLatin1Char('\n')).toUtf8();
}

Result<ProviderSettings> Profile::fromJson(const QByteArray &json)
{
    JsonScanner::ParseError pe;
    if (!JsonScanner::parse(json, &pe))
        return Problem{QStringLiteral("profile_malformed"),
                       tr("line %1, column %2: %3").arg(pe.line).arg(pe.column).arg(pe.message),
                       {}};
    const QJsonObject root = QJsonDocument::fromJson(json.mid(JsonScanner::bomSize(json))).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return Problem{QStringLiteral("profile_format"),
                       tr("this is not an Okta JWT Wizard profile (\"format\" is not \"%1\")").arg(kFormat),
                       {}};
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return Problem{QStringLiteral("profile_version"),
                       tr("profile version %1 is not supported (this build reads version %2)")
                           .arg(root.value(QStringLiteral("version")).toVariant().toString())
                           .arg(kVersion),
                       {}};
    Reader rd;
    ProviderSettings s;
    const QJsonObject okta = root.value(QStringLiteral("okta")).toObject();
    s.oktaDomain = rd.string(okta, QStringLiteral("okta"), "domain");
    s.authServerId = rd.string(okta, QStringLiteral("okta"), "authServerId", s.authServerId);
    s.jwkUri = rd.string(okta, QStringLiteral("okta"), "jwkUri");
    s.discoveredJwkUri = rd.string(okta, QStringLiteral("okta"), "discoveredJwkUri");
    s.issuer = rd.string(okta, QStringLiteral("okta"), "issuer");
    const QString p = QStringLiteral("provider");
    const QJsonObject provider = root.value(p).toObject();
    s.disabled = rd.boolean(provider, p, "disabled");
    s.audience = rd.strings(provider, p, "audience");
    s.requireAnyAudience = rd.boolean(provider, p, "requireAnyAudience");
    const QString verification = rd.string(provider, p, "verification", QStringLiteral("jwk-uri"));
    if (verification != QLatin1String("jwk-uri") && verification != QLatin1String("manual"))
        rd.wrongType(p, "verification", "\"jwk-uri\" or \"manual\"");
    s.verification = verification == QLatin1String("manual") ? ProviderSettings::Verification::ManualKeys
                                                             : ProviderSettings::Verification::JwkUri;
    s.signingAlgorithm = rd.string(provider, p, "signingAlgorithm", s.signingAlgorithm);
    s.signingKeyNames = rd.strings(provider, p, "signingKeys");
    const QJsonArray fields = provider.value(QStringLiteral("metadataFields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject f = fields.at(i).toObject();
        const QString section = QStringLiteral("provider.metadataFields[%1]").arg(i);
        s.metadataFields.append({rd.string(f, section, "name"), rd.string(f, section, "field_name"),
                                 rd.boolean(f, section, "required")});
    }
    const QJsonObject target = root.value(QStringLiteral("appServices")).toObject();
    s.projectId = rd.string(target, QStringLiteral("appServices"), "projectId");
    s.clientAppId = rd.string(target, QStringLiteral("appServices"), "clientAppId");
    if (!rd.wrongTypes().isEmpty())
        return Problem{QStringLiteral("profile_value_type"), rd.wrongTypes().join(QLatin1Char(' ')), {}};
    return s;
}
