#pragma once

#include "core/RsaPublicKey.h"

#include <QJsonObject>

/// An RSA private key generated with OpenSSL 3, for the sandbox and tests: signs and publishes its JWK.
/// Never persisted or printed.
class RsaKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(RsaKeyPair)

public:
    /// A fresh key, or an `rsa_keygen_failed` Problem when OpenSSL cannot make one.
    static Result<RsaKeyPair> generate(int bits = 2048);

    bool isNull() const { return !m_key; }
    /// RSASSA-PKCS1-v1_5 signature of `data`; empty on failure.
    QByteArray sign(const QByteArray &data, RsaPublicKey::Digest digest = RsaPublicKey::Digest::Sha256) const;
    RsaPublicKey publicKey() const;
    QByteArray modulus() const;  // big-endian, no leading zero
    QByteArray exponent() const; // big-endian
    /// {"kty":"RSA","use":"sig","alg":alg,"kid":kid,"n":...,"e":...}; `alg` omitted when empty.
    QJsonObject publicJwk(const QString &kid, const QString &alg = QStringLiteral("RS256")) const;

private:
    QByteArray bignumParam(const char *name) const;

    std::shared_ptr<evp_pkey_st> m_key;
};
