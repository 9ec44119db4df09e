#pragma once

#include "core/JwkSet.h"
#include "core/RsaKeyPair.h"
#include "core/TokenCheckOptions.h"

#include <QJsonObject>

// Test helper: RSA keys generated at test time, Okta-shaped tokens signed with them, and matching options.
class TokenFactory
{
public:
    static constexpr qint64 kNow = 1700000000;
    static inline const QString kIssuer = QStringLiteral("https://dev-1.okta.com/oauth2/default");
    static inline const QString kAppId = QStringLiteral("myapp-abcde");
    static inline const QString kKid = QStringLiteral("key-1");

    TokenFactory();

    RsaKeyPair key;   // published in jwks() as kKid
    RsaKeyPair other; // never published

    JwkSet jwks() const;
    QJsonObject claims() const; // a valid Okta access token's claims at kNow
    QJsonObject header() const; // {"alg":"RS256","kid":kKid}
    QByteArray token(const QJsonObject &claims) const;
    QByteArray token(const QJsonObject &header, const QJsonObject &claims) const;
    TokenCheckOptions options() const; // issuer, Client App ID, clock at kNow

    static JwkSet jwksOf(const QList<QJsonObject> &keys);
    /// HS256 with OpenSSL's HMAC, to forge key-confusion tokens.
    static QByteArray hs256(const QByteArray &headerJson, const QByteArray &claimsJson,
                            const QByteArray &secret);
    static QByteArray readData(const QString &relativePath);
};
