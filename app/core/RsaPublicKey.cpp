#include "core/RsaPublicKey.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace {
// Smaller moduli are breakable; larger ones make verification a denial-of-service vector.
constexpr int kMinBits = 1024;
constexpr int kMaxBits = 16384;

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

BnPtr toBignum(const QByteArray &bytes)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

Problem invalid(const QString &message)
{
    return {QStringLiteral("rsa_key_invalid"), message, {}};
}
} // namespace

Result<RsaPublicKey> RsaPublicKey::fromModulusExponent(const QByteArray &n, const QByteArray &e)
{
    RsaPublicKey key;
    if (n.isEmpty() || e.isEmpty() || n.size() > kMaxBits / 8 + 1 || e.size() > 8) {
        return invalid(tr("The RSA modulus or exponent is empty or too long."));
    }
    const BnPtr bnN = toBignum(n);
    const BnPtr bnE = toBignum(e);
    const BldPtr bld(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get())) {
        return invalid(tr("OpenSSL could not take the RSA modulus and exponent."));
    }
    const ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    const CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0 || !pkey) {
        return invalid(tr("OpenSSL rejected the RSA modulus and exponent."));
    }
    key.m_key.reset(pkey, EVP_PKEY_free);
    const int bits = key.bits();
    const bool oddExponent = BN_is_odd(bnE.get()) && !BN_is_one(bnE.get());
    if (bits < kMinBits || bits > kMaxBits || !oddExponent) {
        return invalid(
            tr("The RSA key has %1 bits or an unusable exponent (allowed: %2 to %3 bits, odd e > 1).")
                .arg(bits)
                .arg(kMinBits)
                .arg(kMaxBits));
    }
    return key;
}

RsaPublicKey RsaPublicKey::fromEvpKey(evp_pkey_st *pkey)
{
    RsaPublicKey key;
    if (pkey && EVP_PKEY_up_ref(pkey) == 1)
        key.m_key.reset(pkey, EVP_PKEY_free);
    return key;
}

int RsaPublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

const char *RsaPublicKey::digestName(Digest digest)
{
    switch (digest) {
    case Digest::Sha384:
        return "SHA384";
    case Digest::Sha512:
        return "SHA512";
    case Digest::Sha256:
        break;
    }
    return "SHA256";
}

bool RsaPublicKey::verify(const QByteArray &data, const QByteArray &signature, Digest digest) const
{
    if (!m_key || signature.isEmpty())
        return false;
    // Fetched once per digest: fetching by name on every call showed up in the token-check benchmark.
    static EVP_MD *const digests[] = {EVP_MD_fetch(nullptr, digestName(Digest::Sha256), nullptr),
                                      EVP_MD_fetch(nullptr, digestName(Digest::Sha384), nullptr),
                                      EVP_MD_fetch(nullptr, digestName(Digest::Sha512), nullptr)};
    const EVP_MD *md = digests[int(digest)];
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    if (!ctx || !md || EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, m_key.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            size_t(data.size())) == 1;
}

QByteArray RsaPublicKey::toPem() const
{
    if (!m_key)
        return {};
    const std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}
