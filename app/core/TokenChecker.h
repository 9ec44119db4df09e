#pragma once

#include "core/JwkSet.h"
#include "core/Jwt.h"
#include "core/TokenCheckOptions.h"
#include "core/TokenCheckResult.h"

/// The token check, as App Services applies it to an Okta access token. Pure: no I/O, the
/// clock comes from the options. On `kid_unknown` the result asks for one JWKS refetch; the caller
/// (OktaClient) fetches, then calls check() again with the new set.
class TokenChecker
{
    Q_DECLARE_TR_FUNCTIONS(TokenChecker)

public:
    static constexpr qsizetype kMaxTokenChars = 1000000;
    static constexpr qsizetype kMaxJwksKeys = 3;

    static TokenCheckResult check(const QByteArray &token, const JwkSet &jwks,
                                  const TokenCheckOptions &options);
    /// Every check that needs no key (structure, algorithm, kid, issuer, audience, times, sub, metadata), so
    /// they can be shown before, or without, the JWKS; `signatureChecked` is false in the result.
    static TokenCheckResult checkWithoutKeys(const QByteArray &token, const TokenCheckOptions &options);
    /// `result` for other metadata fields: the user data, `required_claim_missing` and `claim_too_long`
    /// follow `fields`; every other failure keeps its place.
    static TokenCheckResult withMetadataFields(const TokenCheckResult &result,
                                               const QList<MetadataField> &fields);

    /// Warnings about a key set itself (more than 3 keys, keys unusable for RS256 or without kid), for
    /// discovery screens and the token check alike.
    static Findings jwksWarnings(const JwkSet &jwks);

private:
    /// check() with `jwks`, or checkWithoutKeys() when it is null.
    static TokenCheckResult run(const QByteArray &token, const JwkSet *jwks,
                                const TokenCheckOptions &options);
    static void checkSignature(const Jwt &jwt, const JwkSet *jwks, TokenCheckResult *result);
    static void checkIssuerAndAudience(const QJsonObject &claims, const TokenCheckOptions &options,
                                       Findings *failures);
    static void checkTimes(const QJsonObject &claims, const TokenCheckOptions &options, Findings *failures);
    static void addWarnings(const QJsonObject &claims, const JwkSet &jwks, const TokenCheckOptions &options,
                            Findings *warnings);
};
