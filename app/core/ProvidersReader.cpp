#include "core/ProvidersReader.h"

#include "core/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {
using Reading = ProvidersReader::Reading;

bool parseObject(const QByteArray &text, Reading *r, QJsonObject *out)
{
    JsonScanner::ParseError pe;
    if (!JsonScanner::parse(text, &pe)) {
        r->problem = {QStringLiteral("json_malformed"), pe.message, {}};
        r->line = pe.line;
        r->column = pe.column;
        return false;
    }
    *out = QJsonDocument::fromJson(text.mid(JsonScanner::bomSize(text))).object();
    return true;
}

void typeError(Reading *r, const QString &path, const char *expected)
{
    r->findings << Finding::error(QStringLiteral("value_type"), path,
                                  ProvidersReader::tr("%1 must be %2.").arg(path, QLatin1String(expected)),
                                  ProvidersReader::tr("Fix the value in the file."));
}

void unknownMember(Reading *r, const QString &path)
{
    r->findings << Finding::warning(
        QStringLiteral("unknown_member"), path,
        ProvidersReader::tr("%1 is not a custom-token setting this tool knows; it is "
                            "reported, not kept, when the provider is rewritten.")
            .arg(path),
        ProvidersReader::tr("Check whether App Services still needs it."));
}

bool readBool(const QJsonValue &v, const QString &path, Reading *r)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString() && (v.toString() == QLatin1String("true") || v.toString() == QLatin1String("false")))
        return v.toString() == QLatin1String("true"); // the Admin API spec types requireAnyAudience as string
    typeError(r, path, "true or false");
    return false;
}

QStringList readStringList(const QJsonValue &v, const QString &path, Reading *r, bool stringAllowed)
{
    if (stringAllowed && v.isString())
        return v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
    if (!v.isArray()) {
        typeError(r, path, stringAllowed ? "an array of strings or a string" : "an array of strings");
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).isString())
            out << a.at(i).toString();
        else
            typeError(r, QStringLiteral("%1[%2]").arg(path).arg(i), "a string");
    }
    return out;
}

void readConfig(const QJsonObject &config, const QString &prefix, Reading *r, QString *jwkUri)
{
    ProviderSettings &s = r->settings;
    bool useJwk = false;
    for (auto it = config.begin(); it != config.end(); ++it) {
        const QString path = prefix + QStringLiteral(".config.") + it.key();
        if (it.key() == QLatin1String("audience"))
            s.audience = readStringList(it.value(), path, r, true);
        else if (it.key() == QLatin1String("requireAnyAudience"))
            s.requireAnyAudience = readBool(it.value(), path, r);
        else if (it.key() == QLatin1String("useJWKURI"))
            useJwk = readBool(it.value(), path, r);
        else if (it.key() == QLatin1String("jwkURI") && it.value().isString())
            *jwkUri = it.value().toString();
        else if (it.key() == QLatin1String("signingAlgorithm") && it.value().isString())
            s.signingAlgorithm = it.value().toString();
        else if (it.key() == QLatin1String("jwkURI") || it.key() == QLatin1String("signingAlgorithm"))
            typeError(r, path, "a string");
        else
            unknownMember(r, path);
    }
    s.verification =
        useJwk ? ProviderSettings::Verification::JwkUri : ProviderSettings::Verification::ManualKeys;
    if (useJwk)
        s.signingAlgorithm =
            QStringLiteral("HS256"); // App Services writes "" or RS256 here; the model default
}

void readMetadata(const QJsonValue &v, const QString &prefix, Reading *r)
{
    const QString path = prefix + QStringLiteral(".metadata_fields");
    if (!v.isArray()) {
        typeError(r, path, "an array");
        return;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!a.at(i).isObject()) {
            typeError(r, itemPath, "an object");
            continue;
        }
        MetadataField f;
        const QJsonObject o = a.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = itemPath + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("required"))
                f.required = readBool(it.value(), p, r);
            else if (it.key() == QLatin1String("name") && it.value().isString())
                f.name = it.value().toString();
            else if (it.key() == QLatin1String("field_name") && it.value().isString())
                f.fieldName = it.value().toString();
            else if (it.key() == QLatin1String("name") || it.key() == QLatin1String("field_name"))
                typeError(r, p, "a string");
            else
                unknownMember(r, p);
        }
        r->settings.metadataFields << f;
    }
}
} // namespace

bool ProvidersReader::splitOktaJwkUri(const QString &uri, QString *domain, QString *authServerId)
{
    static const QRegularExpression re(
        QStringLiteral("^(https?)://([^/?#@\\s]+)/oauth2/([A-Za-z0-9]+)/v1/keys$"));
    const QRegularExpressionMatch m = re.match(uri);
    if (!m.hasMatch() || m.captured(3) == QLatin1String("v1"))
        return false;
    *domain =
        m.captured(1) == QLatin1String("http") ? QStringLiteral("http://") + m.captured(2) : m.captured(2);
    *authServerId = m.captured(3);
    return true;
}

void ProvidersReader::readProvider(const QJsonObject &provider, const QString &prefix, Reading *r)
{
    ProviderSettings &s = r->settings;
    s = ProviderSettings();
    r->found = true;
    QString jwkUri;
    static const QSet<QString> ignored{QStringLiteral("_id")};
    for (auto it = provider.begin(); it != provider.end(); ++it) {
        const QString path = prefix + QLatin1Char('.') + it.key();
        const QString key = it.key();
        if (key == QLatin1String("name") || key == QLatin1String("type")) {
            if (it.value().toString() != QLatin1String("custom-token"))
                r->findings << Finding::error(
                    QStringLiteral("provider_name_mismatch"), path,
                    tr("%1 is \"%2\"; it must be \"custom-token\".").arg(path, it.value().toString()),
                    tr("Set both name and type to custom-token."));
        } else if (key == QLatin1String("id")) {
            r->legacyId = it.value().toString();
        } else if (key == QLatin1String("disabled")) {
            s.disabled = readBool(it.value(), path, r);
        } else if (key == QLatin1String("config")) {
            if (it.value().isObject())
                readConfig(it.value().toObject(), prefix, r, &jwkUri);
            else
                typeError(r, path, "an object");
        } else if (key == QLatin1String("secret_config")) {
            const QJsonObject sc = it.value().toObject();
            for (auto jt = sc.begin(); jt != sc.end(); ++jt) {
                const QString p = path + QLatin1Char('.') + jt.key();
                if (jt.key() == QLatin1String("signingKeys"))
                    s.signingKeyNames = readStringList(jt.value(), p, r, false);
                else if (jt.key() == QLatin1String("signingKey")) // realm-cli v1: one secret name
                    s.signingKeyNames = readStringList(jt.value(), p, r, true);
                else
                    unknownMember(r, p);
            }
        } else if (key == QLatin1String("metadata_fields")) {
            readMetadata(it.value(), prefix, r);
        } else if (!ignored.contains(key)) {
            unknownMember(r, path);
        }
    }
    if (s.verification == ProviderSettings::Verification::JwkUri) {
        if (splitOktaJwkUri(jwkUri, &s.oktaDomain, &s.authServerId)) {
            s.jwkUri.clear();
        } else {
            s.oktaDomain.clear();
            s.jwkUri = jwkUri;
            if (jwkUri.isEmpty())
                r->findings << Finding::error(
                    QStringLiteral("jwk_uri_empty"), prefix + QStringLiteral(".config.jwkURI"),
                    tr("useJWKURI is true but jwkURI is missing."),
                    tr("Set jwkURI to the jwks_uri of your Okta authorization server."));
        }
    }
}

ProvidersReader::Form ProvidersReader::formOf(const QJsonObject &root)
{
    const auto named = [](const QJsonObject &o) {
        return o.value(QStringLiteral("type")).isString() || o.value(QStringLiteral("name")).isString();
    };
    if (root.contains(QStringLiteral("custom-token")) || !named(root))
        return Form::ProvidersFile;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject() && named(it.value().toObject()))
            return Form::ProvidersFile; // it holds providers, so its own "name"/"type" are stray members
    }
    return Form::OneProvider;
}

namespace {
using Form = ProvidersReader::Form;

Reading readForm(const QByteArray &text, std::optional<Form> form)
{
    Reading r;
    QJsonObject root;
    if (!parseObject(text, &r, &root))
        return r;
    r.form = form.value_or(ProvidersReader::formOf(root));
    if (r.form == Form::OneProvider) {
        ProvidersReader::readProvider(root, QStringLiteral("custom-token"), &r);
        return r;
    }
    // In file order, so the report reads like the file.
    for (const auto &m : JsonScanner::members(text, JsonScanner::rootBegin(text))) {
        if (root.value(m.key).isObject() || m.key == QLatin1String("custom-token"))
            continue;
        r.strayMembers << m.key;
        r.findings << Finding::error(
            QStringLiteral("value_type"), m.key,
            ProvidersReader::tr("The top-level member \"%1\" is not a provider object; providers.json maps "
                                "each provider's name to its object.")
                .arg(m.key),
            ProvidersReader::tr("Move it into the provider it belongs to, or remove it."));
    }
    const QJsonValue v = root.value(QStringLiteral("custom-token"));
    if (v.isObject())
        ProvidersReader::readProvider(v.toObject(), QStringLiteral("custom-token"), &r);
    else if (!v.isUndefined())
        typeError(&r, QStringLiteral("custom-token"), "an object");
    return r;
}
} // namespace

ProvidersReader::Reading ProvidersReader::readProvidersFile(const QByteArray &text)
{
    return readForm(text, Form::ProvidersFile);
}

ProvidersReader::Reading ProvidersReader::readLegacyFile(const QByteArray &text)
{
    return readForm(text, Form::OneProvider);
}

ProvidersReader::Reading ProvidersReader::readAny(const QByteArray &text)
{
    return readForm(text, std::nullopt);
}
