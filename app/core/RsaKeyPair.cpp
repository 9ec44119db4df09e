#include "core/RsaKeyPair.h"

#include "core/Base64Url.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

Result<RsaKeyPair> RsaKeyPair::generate(int bits)
{
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    if (!pkey)
        return Problem{QStringLiteral("rsa_keygen_failed"),
                       tr("OpenSSL could not generate a %1-bit RSA key.").arg(bits),
                       {}};
    RsaKeyPair pair;
    pair.m_key.reset(pkey, EVP_PKEY_free);
    return pair;
}

QByteArray RsaKeyPair::sign(const QByteArray &data, RsaPublicKey::Digest digest) const
{
    if (!m_key)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    QByteArray signature;
    size_t size = 0;
    if (ctx &&
        EVP_DigestSignInit_ex(ctx, &pctx, RsaPublicKey::digestName(digest), nullptr, nullptr, m_key.get(),
                              nullptr) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1 &&
        EVP_DigestSign(ctx, nullptr, &size, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1) {
        signature.resize(qsizetype(size));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size,
                           reinterpret_cast<const unsigned char *>(data.constData()),
                           size_t(data.size())) == 1)
            signature.resize(qsizetype(size));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signature;
}

RsaPublicKey RsaKeyPair::publicKey() const
{
    return RsaPublicKey::fromEvpKey(m_key.get());
}

QByteArray RsaKeyPair::bignumParam(const char *name) const
{
    BIGNUM *bn = nullptr;
    if (!m_key || EVP_PKEY_get_bn_param(m_key.get(), name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

QByteArray RsaKeyPair::modulus() const
{
    return bignumParam(OSSL_PKEY_PARAM_RSA_N);
}

QByteArray RsaKeyPair::exponent() const
{
    return bignumParam(OSSL_PKEY_PARAM_RSA_E);
}

QJsonObject RsaKeyPair::publicJwk(const QString &kid, const QString &alg) const
{
    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                    {QStringLiteral("use"), QStringLiteral("sig")},
                    {QStringLiteral("kid"), kid},
                    {QStringLiteral("n"), QString::fromLatin1(Base64Url::encode(modulus()))},
                    {QStringLiteral("e"), QString::fromLatin1(Base64Url::encode(exponent()))}};
    if (!alg.isEmpty())
        jwk.insert(QStringLiteral("alg"), alg);
    return jwk;
}
