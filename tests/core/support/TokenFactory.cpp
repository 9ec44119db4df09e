#include "TokenFactory.h"

#include "core/Base64Url.h"
#include "core/JwtSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

TokenFactory::TokenFactory() : key(RsaKeyPair::generate().value()), other(RsaKeyPair::generate().value()) {}

JwkSet TokenFactory::jwksOf(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &k : keys)
        array.append(k);
    return JwkSet::parse(QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson()).value();
}

JwkSet TokenFactory::jwks() const
{
    return jwksOf({key.publicJwk(kKid)});
}

QJsonObject TokenFactory::claims() const
{
    return {{QStringLiteral("ver"), 1},
            {QStringLiteral("jti"), QStringLiteral("AT.test")},
            {QStringLiteral("iss"), kIssuer},
            {QStringLiteral("aud"), kAppId},
            {QStringLiteral("iat"), kNow - 60},
            {QStringLiteral("exp"), kNow + 3600},
            {QStringLiteral("cid"), QStringLiteral("0oa4dr9kzkykPrLhq0g7")},
            {QStringLiteral("uid"), QStringLiteral("00u47ijy7sRLaeSdC0g7")},
            {QStringLiteral("scp"), QJsonArray{QStringLiteral("openid")}},
            {QStringLiteral("sub"), QStringLiteral("user@example.com")}};
}

QJsonObject TokenFactory::header() const
{
    return {{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), kKid}};
}

QByteArray TokenFactory::token(const QJsonObject &claims) const
{
    return token(header(), claims);
}

QByteArray TokenFactory::token(const QJsonObject &header, const QJsonObject &claims) const
{
    return JwtSigner::sign(header, claims, key);
}

TokenCheckOptions TokenFactory::options() const
{
    TokenCheckOptions o;
    o.expectedIssuer = kIssuer;
    o.clientAppId = kAppId;
    o.jwksUri = kIssuer + QStringLiteral("/v1/keys");
    o.now = kNow;
    return o;
}

QByteArray TokenFactory::hs256(const QByteArray &headerJson, const QByteArray &claimsJson,
                               const QByteArray &secret)
{
    const QByteArray input = JwtSigner::signingInput(headerJson, claimsJson);
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t size = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(), size_t(secret.size()),
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
                   sizeof mac, &size))
        return {};
    return input + '.' + Base64Url::encode(QByteArray(reinterpret_cast<const char *>(mac), int(size)));
}

QByteArray TokenFactory::readData(const QString &relativePath)
{
    QFile file(QStringLiteral(OWZ_TEST_DATA "/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
