// libFuzzer target: Jwt::parse and TokenChecker::check. Input: the token, then optionally a newline and the
// JWKS JSON it is checked against (seeds from SeedGenerator: signed tokens with their key sets). An input
// starting with '{' is "header JSON \n claims JSON [\n JWKS]" and becomes an unsigned token, so the claim
// checks see mutated JSON rather than mutated base64url.
#include "Base64Url.h"
#include "JwkSet.h"
#include "Jwt.h"
#include "TokenChecker.h"

#include <cstdint>
#include <cstdlib>

namespace {
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
    QString error;
    const JwkSet jwks =
        lines.size() > jwksFrom ? JwkSet::parse(lines.mid(jwksFrom).join('\n'), &error) : JwkSet();

    const Jwt jwt = Jwt::parse(token);
    if (jwt.isValid()) {
        (void)jwt.alg();
        (void)jwt.kid();
        (void)jwt.hasKid();
    }
    for (const bool audienceRules : {false, true}) {
        const TokenCheckResult r = TokenChecker::check(token, jwks, options(audienceRules));
        (void)r.toJson();
        // A token that passes must have been verified by a key of the set: anything else is a forgery.
        if (r.isValid() && (r.kid.isEmpty() || !jwks.containsKid(r.kid) || !jwt.isValid()))
            abort();
    }
    return 0;
}
