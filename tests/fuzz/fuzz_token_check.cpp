// libFuzzer target: Jwt::parse and TokenChecker::check. Input: the token, then optionally a newline and the
// JWKS JSON it is checked against (seeds from SeedGenerator: signed tokens with their key sets). An input
// starting with '{' is "header JSON \n claims JSON [\n JWKS]" and becomes an unsigned token, so the claim
// checks see mutated JSON rather than mutated base64url. A token that passes must verify with OpenSSL
// directly against the JWK it names (an oracle independent of the product's verifier).
#include "core/Base64Url.h"
#include "core/JwkSet.h"
#include "core/Jwt.h"
#include "core/TokenChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
QByteArray fromB64Url(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

// The independent oracle: does the token's RS256 signature check, with OpenSSL alone, against an RSA key
// named `kid` in the JWKS text? Qt's JSON parser and OpenSSL, nothing of the product's verifier.
bool opensslVerifies(const QByteArray &token, const QByteArray &jwksText, const QString &kid)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    const QJsonArray keys =
        QJsonDocument::fromJson(jwksText).object().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &k : keys) {
        const QJsonObject jwk = k.toObject();
        if (jwk.value(QStringLiteral("kid")).toString() != kid ||
            jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
            continue;
        const QByteArray n = fromB64Url(jwk.value(QStringLiteral("n")));
        const QByteArray e = fromB64Url(jwk.value(QStringLiteral("e")));
        std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(
            BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr),
            BN_free);
        std::unique_ptr<BIGNUM, decltype(&BN_free)> be(
            BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr),
            BN_free);
        std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> build(OSSL_PARAM_BLD_new(),
                                                                              OSSL_PARAM_BLD_free);
        if (!bn || !be || !build || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) ||
            !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
            continue;
        std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(OSSL_PARAM_BLD_to_param(build.get()),
                                                                       OSSL_PARAM_free);
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), EVP_PKEY_CTX_free);
        EVP_PKEY *raw = nullptr;
        if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
            EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
            continue;
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(raw, EVP_PKEY_free);
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        if (md && EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
            EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                             size_t(signature.size()),
                             reinterpret_cast<const unsigned char *>(input.constData()),
                             size_t(input.size())) == 1)
            return true;
    }
    return false;
}

TokenCheckOptions options(bool audienceRules)
{
    TokenCheckOptions o;
    o.expectedIssuer = QStringLiteral("https://dev-1.okta.com/oauth2/default");
    o.clientAppId = QStringLiteral("myapp-abcde");
    o.jwksUri = o.expectedIssuer + QStringLiteral("/v1/keys");
    o.now = 1700000000;
    if (audienceRules) {
        o.audience = QStringList{QStringLiteral("api://default"), QStringLiteral("myapp-abcde")};
        o.requireAnyAudience = true;
        o.leeway = 120;
        o.metadataFields = {{QStringLiteral("sub"), QString(), true},
                            {QStringLiteral("uid"), QStringLiteral("oktaId"), false},
                            {QStringLiteral("address.country"), QString(), false},
                            {QStringLiteral("a\\.b.c"), QStringLiteral("dotted"), false},
                            {QStringLiteral("groups"), QString(), true}};
    }
    return o;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    const bool jsonParts = input.startsWith('{') && lines.size() >= 2;
    const QByteArray token =
        jsonParts ? Base64Url::encode(lines.at(0)) + '.' + Base64Url::encode(lines.at(1)) + '.' : lines.at(0);
    const qsizetype jwksFrom = jsonParts ? 2 : 1;
    const QByteArray jwksText = lines.size() > jwksFrom ? lines.mid(jwksFrom).join('\n') : QByteArray();
    const JwkSet jwks = lines.size() > jwksFrom ? JwkSet::parse(jwksText).valueOr(JwkSet()) : JwkSet();

    const Result<Jwt> jwt = Jwt::parse(token);
    if (jwt) {
        (void)jwt->alg();
        (void)jwt->kid();
        (void)jwt->hasKid();
    }
    for (const bool audienceRules : {false, true}) {
        const TokenCheckResult r = TokenChecker::check(token, jwks, options(audienceRules));
        (void)r.toJson();
        // A token that passes must carry an RS256 signature that OpenSSL itself verifies with the key it
        // names: anything else is a forgery (a signature bypass in the product's verifier).
        if (r.isValid() &&
            (r.kid.isEmpty() || !jwks.containsKid(r.kid) || !jwt || !opensslVerifies(token, jwksText, r.kid)))
            abort();
    }
    return 0;
}
