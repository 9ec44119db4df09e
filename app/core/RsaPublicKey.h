#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

/// An RSA public key held by OpenSSL 3 (EVP_PKEY), built from a JWK's n/e; verifies RSASSA-PKCS1-v1_5.
class RsaPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(RsaPublicKey)

public:
    enum class Digest
    {
        Sha256,
        Sha384,
        Sha512
    };

    /// `n` and `e` are big-endian unsigned bytes (the decoded JWK members); an `rsa_key_invalid` Problem when
    /// OpenSSL cannot build a key from them.
    static Result<RsaPublicKey> fromModulusExponent(const QByteArray &n, const QByteArray &e);
    /// Shares ownership of an existing OpenSSL key (used by RsaKeyPair); takes one reference.
    static RsaPublicKey fromEvpKey(evp_pkey_st *key);

    bool isNull() const { return !m_key; }
    int bits() const;
    /// True only when `signature` is a valid PKCS#1 v1.5 signature of `data` with `digest`.
    bool verify(const QByteArray &data, const QByteArray &signature, Digest digest = Digest::Sha256) const;
    /// SubjectPublicKeyInfo PEM (what a naive HS256 verifier would use as the "secret").
    QByteArray toPem() const;

    static const char *digestName(Digest digest);

private:
    std::shared_ptr<evp_pkey_st> m_key;
};
