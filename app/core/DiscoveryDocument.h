#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// An OpenID / OAuth authorization-server metadata document (okta.md §2.1) and Okta URL shape rules.
class DiscoveryDocument
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryDocument)

public:
    /// Strict JSON object with string `issuer` and `jwks_uri`; otherwise a `discovery_malformed` Problem.
    static Result<DiscoveryDocument> parse(const QByteArray &json);

    bool isNull() const { return m_issuer.isEmpty(); }
    QString issuer() const { return m_issuer; }
    QString jwksUri() const { return m_jwksUri; }
    QJsonObject json() const { return m_json; }
    /// True when the issuer is the org authorization server's (no /oauth2/{id} path).
    bool isOrgServer() const { return isOrgIssuer(m_issuer); }

    /// `https://{domain}/oauth2/{id}` is a custom server; `https://{domain}` (or `/oauth2`) is the org's.
    static bool isOrgIssuer(const QString &issuer);
    /// `https://{domain}/oauth2/v1/keys` is the org server's key set.
    static bool isOrgJwksUri(const QString &uri);
    /// The expected issuer for a custom server: `{baseUrl}/oauth2/{authServerId}`; `{baseUrl}` for the org.
    static QString expectedIssuer(const QString &baseUrl, const QString &authServerId);
    /// `{issuer}/.well-known/openid-configuration` (or oauth-authorization-server when `oauth` is true).
    static QString metadataUrl(const QString &issuer, bool oauth);

private:
    QString m_issuer;
    QString m_jwksUri;
    QJsonObject m_json;
};
