#include "core/DiscoveryDocument.h"

#include "core/JsonScanner.h"

#include <QJsonDocument>
#include <QUrl>

Result<DiscoveryDocument> DiscoveryDocument::parse(const QByteArray &json)
{
    JsonScanner::ParseError pe;
    if (!JsonScanner::parse(json, &pe)) {
        return Problem{QStringLiteral("discovery_malformed"),
                       tr("The discovery document is not a valid JSON object: %1 (line %2, column %3).")
                           .arg(pe.message)
                           .arg(pe.line)
                           .arg(pe.column),
                       {}};
    }
    const QJsonObject o = QJsonDocument::fromJson(json.mid(JsonScanner::bomSize(json))).object();
    const QJsonValue issuer = o.value(QStringLiteral("issuer"));
    const QJsonValue jwksUri = o.value(QStringLiteral("jwks_uri"));
    if (!issuer.isString() || issuer.toString().isEmpty()) {
        return Problem{QStringLiteral("discovery_malformed"),
                       tr("The discovery document has no \"issuer\" string."),
                       {}};
    }
    if (!jwksUri.isString() || jwksUri.toString().isEmpty()) {
        return Problem{QStringLiteral("discovery_malformed"),
                       tr("The discovery document has no \"jwks_uri\" string."),
                       {}};
    }
    DiscoveryDocument doc;
    doc.m_issuer = issuer.toString();
    doc.m_jwksUri = jwksUri.toString();
    doc.m_json = o;
    return doc;
}

bool DiscoveryDocument::isOrgIssuer(const QString &issuer)
{
    const QString path = QUrl(issuer).path();
    return path.isEmpty() || path == QLatin1String("/") || path == QLatin1String("/oauth2") ||
           path == QLatin1String("/oauth2/");
}

bool DiscoveryDocument::isOrgJwksUri(const QString &uri)
{
    return QUrl(uri).path() == QLatin1String("/oauth2/v1/keys");
}

QString DiscoveryDocument::expectedIssuer(const QString &baseUrl, const QString &authServerId)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString id = authServerId.trimmed();
    if (id.isEmpty() || id == QLatin1String("oauth2"))
        return base;
    return base + QStringLiteral("/oauth2/") + id;
}

QString DiscoveryDocument::metadataUrl(const QString &issuer, bool oauth)
{
    return issuer + (oauth ? QStringLiteral("/.well-known/oauth-authorization-server")
                           : QStringLiteral("/.well-known/openid-configuration"));
}
