#include "core/JwtSigner.h"

#include "core/Base64Url.h"

#include <QJsonDocument>

QByteArray JwtSigner::signingInput(const QByteArray &headerJson, const QByteArray &claimsJson)
{
    return Base64Url::encode(headerJson) + '.' + Base64Url::encode(claimsJson);
}

QByteArray JwtSigner::signRaw(const QByteArray &headerJson, const QByteArray &claimsJson,
                              const RsaKeyPair &key, RsaPublicKey::Digest digest)
{
    const QByteArray input = signingInput(headerJson, claimsJson);
    return input + '.' + Base64Url::encode(key.sign(input, digest));
}

QByteArray JwtSigner::sign(const QJsonObject &header, const QJsonObject &claims, const RsaKeyPair &key)
{
    const QString alg = header.value(QStringLiteral("alg")).toString();
    RsaPublicKey::Digest digest = RsaPublicKey::Digest::Sha256;
    if (alg == QLatin1String("RS384"))
        digest = RsaPublicKey::Digest::Sha384;
    else if (alg == QLatin1String("RS512"))
        digest = RsaPublicKey::Digest::Sha512;
    return signRaw(QJsonDocument(header).toJson(QJsonDocument::Compact),
                   QJsonDocument(claims).toJson(QJsonDocument::Compact), key, digest);
}
