#include "TokenBench.h"

#include "TokenFactory.h"
#include "core/Base64Url.h"
#include "core/TokenChecker.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace {
constexpr int kRounds = 10;
constexpr qint64 kSliceNs = 100'000'000; // thread CPU time per round and side, interleaved

// Raw OpenSSL: EVP_DigestVerify of the same signature with a key parsed once.
bool rawVerify(EVP_PKEY *key, const QByteArray &input, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}
} // namespace

QList<BenchRow> TokenBench::run()
{
    const TokenFactory factory;
    const JwkSet jwks = factory.jwks();
    const TokenCheckOptions options = factory.options();
    const QByteArray token = factory.token(factory.claims());
    const QList<QByteArray> parts = token.split('.');
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    QByteArray signature;
    Base64Url::decode(parts.at(2), &signature);
    const QByteArray pem = factory.key.publicKey().toPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key || !rawVerify(key, input, signature) || !TokenChecker::check(token, jwks, options).isValid())
        qFatal("token benchmark: the token does not verify");

    qint64 ourCount = 0, ourNs = 0, rawCount = 0, rawNs = 0;
    for (int round = 0; round < kRounds; ++round) {
        qint64 start = BenchRow::threadCpuNs();
        do {
            if (!TokenChecker::check(token, jwks, options).isValid())
                qFatal("token benchmark: a check failed");
            ++ourCount;
        } while (BenchRow::threadCpuNs() - start < kSliceNs);
        ourNs += BenchRow::threadCpuNs() - start;
        start = BenchRow::threadCpuNs();
        do {
            if (!rawVerify(key, input, signature))
                qFatal("token benchmark: a raw verify failed");
            ++rawCount;
        } while (BenchRow::threadCpuNs() - start < kSliceNs);
        rawNs += BenchRow::threadCpuNs() - start;
    }
    EVP_PKEY_free(key);
    const double ours = double(ourCount) / (double(ourNs) / 1e9);
    const double raw = double(rawCount) / (double(rawNs) / 1e9);
    const double ratio = ours / raw;
    return {BenchRow{QStringLiteral("Token checks/s (RS256 2048, warm JWKS)"), QString::number(ours, 'f', 0),
                     QString::number(raw, 'f', 0) + QStringLiteral(" raw EVP_DigestVerify"),
                     QString::number(ratio * 100, 'f', 1) + QStringLiteral(" %"), QStringLiteral(">= 50 %"),
                     ratio >= 0.5}};
}
