#include "core/TokenChecker.h"

#include "core/DiscoveryDocument.h"
#include "core/FieldKeys.h"
#include "core/UserDataBuilder.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
const QString kRs256 = QStringLiteral("RS256");

Finding failure(const char *code, const QString &field, const QString &message, const QString &hint = {})
{
    return Finding::error(QLatin1String(code), field, message, hint);
}

// `aud` as a list of strings; false when it is neither a string nor an array of strings.
bool audienceList(const QJsonValue &aud, QStringList *out)
{
    if (aud.isString()) {
        *out << aud.toString();
        return true;
    }
    if (!aud.isArray())
        return false;
    for (const QJsonValue &v : aud.toArray()) {
        if (!v.isString())
            return false;
        *out << v.toString();
    }
    return true;
}

// A NumericDate claim; false when absent or not a number.
bool numericDate(const QJsonObject &claims, const QString &name, double *out)
{
    const QJsonValue v = claims.value(name);
    if (!v.isDouble())
        return false;
    *out = v.toDouble();
    return true;
}

// A NumericDate for messages. JSON allows any double; converting one beyond qint64's range is undefined.
qint64 wholeSeconds(double seconds)
{
    constexpr double kLimit = 9e18;
    return qint64(qBound(-kLimit, seconds, kLimit));
}
} // namespace

TokenCheckResult TokenChecker::check(const QByteArray &token, const JwkSet &jwks,
                                     const TokenCheckOptions &options)
{
    return run(token, &jwks, options);
}

TokenCheckResult TokenChecker::checkWithoutKeys(const QByteArray &token, const TokenCheckOptions &options)
{
    return run(token, nullptr, options);
}

TokenCheckResult TokenChecker::withMetadataFields(const TokenCheckResult &result,
                                                  const QList<MetadataField> &fields)
{
    if (result.claims.isEmpty())
        return result; // a malformed token has no claims to map
    // Same order as run(): the metadata failures come after the others, before token_too_large.
    Findings failures, last;
    for (const Finding &f : result.failures) {
        if (f.code == QLatin1String("token_too_large"))
            last << f;
        else if (f.code != QLatin1String("required_claim_missing") &&
                 f.code != QLatin1String("claim_too_long"))
            failures << f;
    }
    TokenCheckResult out = result;
    out.userData = UserDataBuilder::build(out.claims, fields, &failures);
    out.failures = failures + last;
    return out;
}

TokenCheckResult TokenChecker::run(const QByteArray &token, const JwkSet *keys,
                                   const TokenCheckOptions &options)
{
    const JwkSet none;
    const JwkSet &jwks = keys ? *keys : none;
    TokenCheckResult result;
    result.signatureChecked = keys != nullptr;
    const auto tooLarge = [&token] {
        return failure("token_too_large", QStringLiteral("token"),
                       tr("The token has %1 characters; App Services accepts at most %2.")
                           .arg(token.size())
                           .arg(kMaxTokenChars));
    };
    // Far beyond the limit there is nothing useful to decode; stop before spending memory on it.
    if (token.size() > 8 * kMaxTokenChars) {
        addWarnings({}, jwks, options, &result.warnings);
        result.failures << tooLarge();
        return result;
    }
    const Result<Jwt> parsed = Jwt::parse(token);
    if (!parsed) {
        addWarnings({}, jwks, options, &result.warnings);
        result.failures << failure(
            "malformed", QStringLiteral("token"), parsed.problem().message,
            tr("Paste the whole access token: three base64url parts separated by dots."));
        if (token.size() > kMaxTokenChars)
            result.failures << tooLarge();
        return result;
    }
    const Jwt &jwt = *parsed;
    result.header = jwt.header();
    result.claims = jwt.claims();
    addWarnings(result.claims, jwks, options, &result.warnings);

    checkSignature(jwt, keys, &result);
    checkIssuerAndAudience(result.claims, options, &result.failures);
    checkTimes(result.claims, options, &result.failures);
    const QJsonValue sub = result.claims.value(QStringLiteral("sub"));
    if (!sub.isString() || sub.toString().isEmpty())
        result.failures << failure(
            "sub_missing", QStringLiteral("sub"),
            tr("The token has no non-empty \"sub\" string; App Services uses it as the "
               "user's identity."));
    result.userData = UserDataBuilder::build(result.claims, options.metadataFields, &result.failures);
    if (token.size() > kMaxTokenChars)
        result.failures << tooLarge();
    return result;
}

void TokenChecker::checkSignature(const Jwt &jwt, const JwkSet *jwks, TokenCheckResult *result)
{
    const QString field = QStringLiteral("header");
    if (jwt.alg() != kRs256) {
        const QJsonValue alg = jwt.header().value(QStringLiteral("alg"));
        const QString shown = alg.isString() ? alg.toString() : tr("(missing)");
        result->failures << failure(
            "alg_not_allowed", QStringLiteral("header.alg"),
            tr("The token's algorithm is %1; with a JWK URI App Services accepts only "
               "RS256.")
                .arg(shown),
            tr("Use an access token from an Okta custom authorization server."));
        return;
    }
    if (!jwt.header().value(QStringLiteral("kid")).isString() || jwt.kid().isEmpty()) {
        result->failures << failure(
            "kid_missing", QStringLiteral("header.kid"),
            tr("The token header has no \"kid\"; App Services needs it to pick the key."));
        return;
    }
    if (!jwks)
        return; // the key lookup and the signature wait for the JWKS
    QList<Jwk> candidates;
    for (const Jwk &key : jwks->keysWithKid(jwt.kid())) {
        if (key.isUsableForRs256())
            candidates << key;
    }
    if (candidates.isEmpty()) {
        result->failures << failure(
            "kid_unknown", QStringLiteral("header.kid"),
            tr("No RS256 key with kid \"%1\" is in the JWKS.").arg(jwt.kid()),
            tr("Check that the token comes from the authorization server whose JWK URI "
               "is configured (the org server's tokens never match)."));
        result->needsJwksRefetch = true;
        return;
    }
    for (const Jwk &key : candidates) {
        if (key.publicKey().verify(jwt.signingInput(), jwt.signature())) {
            result->kid = key.kid();
            return;
        }
    }
    result->failures << failure("signature_invalid", field,
                                tr("The signature does not verify with the key \"%1\".").arg(jwt.kid()),
                                tr("The token was altered, or signed by a different key with the same kid."));
}

void TokenChecker::checkIssuerAndAudience(const QJsonObject &claims, const TokenCheckOptions &options,
                                          Findings *failures)
{
    const QJsonValue iss = claims.value(QStringLiteral("iss"));
    if (!options.expectedIssuer.isEmpty() && (!iss.isString() || iss.toString() != options.expectedIssuer))
        *failures << failure(
            "issuer_mismatch", QStringLiteral("iss"),
            tr("The token's issuer \"%1\" is not the discovered issuer \"%2\" (compared exactly). App "
               "Services has no issuer setting and would not refuse the token for this, but a token from "
               "another authorization server is almost always a setup mistake.")
                .arg(iss.isString() ? iss.toString() : tr("(missing)"), options.expectedIssuer),
            tr("Use a token from the authorization server that was discovered."));

    QStringList aud;
    const bool audOk = audienceList(claims.value(QStringLiteral("aud")), &aud);
    const QString shown = aud.join(QStringLiteral(", "));
    const QString hint = tr("Set the Okta authorization server's audience to the Client App ID and leave the "
                            "App Services audience empty, or list the token's aud in the audience.");
    if (!audOk) {
        *failures << failure("audience_mismatch", QStringLiteral("aud"),
                             tr("The token's \"aud\" is missing or not a string or array of strings."), hint);
        return;
    }
    if (options.audience.isEmpty()) {
        if (options.clientAppId.isEmpty() || !aud.contains(options.clientAppId))
            *failures << failure("audience_mismatch", QStringLiteral("aud"),
                                 tr("The token's aud [%1] does not contain the Client App ID \"%2\".")
                                     .arg(shown, options.clientAppId),
                                 hint);
        return;
    }
    QStringList absent;
    for (const QString &a : options.audience) {
        if (!aud.contains(a))
            absent << a;
    }
    const bool ok = options.requireAnyAudience ? absent.size() < options.audience.size() : absent.isEmpty();
    if (!ok)
        *failures << failure(
            "audience_mismatch", QStringLiteral("aud"),
            options.requireAnyAudience
                ? tr("The token's aud [%1] contains none of the audiences [%2].")
                      .arg(shown, options.audience.join(QStringLiteral(", ")))
                : tr("The token's aud [%1] lacks [%2]; every configured audience is required "
                     "unless requireAnyAudience is set.")
                      .arg(shown, absent.join(QStringLiteral(", "))),
            hint);
}

void TokenChecker::checkTimes(const QJsonObject &claims, const TokenCheckOptions &options, Findings *failures)
{
    const double now = double(options.now >= 0 ? options.now : QDateTime::currentSecsSinceEpoch());
    const double leeway = double(qMax<qint64>(0, options.leeway));
    double exp = 0, nbf = 0, iat = 0;
    if (!numericDate(claims, QStringLiteral("exp"), &exp))
        *failures << failure(
            "expired", QStringLiteral("exp"),
            tr("The token has no numeric \"exp\"; App Services refuses tokens without one."));
    else if (now >= exp + leeway)
        *failures << failure("expired", QStringLiteral("exp"),
                             tr("The token expired at %1 (now %2, leeway %3 s).")
                                 .arg(wholeSeconds(exp))
                                 .arg(qint64(now))
                                 .arg(qint64(leeway)),
                             tr("Get a fresh access token, and check the computer's clock."));
    const bool hasNbf = claims.contains(QStringLiteral("nbf"));
    if (hasNbf && (!numericDate(claims, QStringLiteral("nbf"), &nbf) || now + leeway < nbf))
        *failures << failure(
            "not_yet_valid", QStringLiteral("nbf"),
            tr("The token is not valid before %1 (now %2, leeway %3 s), or nbf is not a number.")
                .arg(wholeSeconds(nbf))
                .arg(qint64(now))
                .arg(qint64(leeway)),
            tr("Check the computer's clock."));
    const bool hasIat = claims.contains(QStringLiteral("iat"));
    if (hasIat && (!numericDate(claims, QStringLiteral("iat"), &iat) || now + leeway < iat))
        *failures << failure(
            "issued_in_future", QStringLiteral("iat"),
            tr("The token was issued at %1, after now (%2, leeway %3 s), or iat is not a number.")
                .arg(wholeSeconds(iat))
                .arg(qint64(now))
                .arg(qint64(leeway)),
            tr("Check the computer's clock."));
}

void TokenChecker::addWarnings(const QJsonObject &claims, const JwkSet &jwks,
                               const TokenCheckOptions &options, Findings *warnings)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    const QJsonValue cid = claims.value(QStringLiteral("cid"));
    const bool audIsCid =
        cid.isString() && (aud == cid || (aud.isArray() && aud.toArray() == QJsonArray{cid}));
    if (claims.contains(QStringLiteral("nonce")) || audIsCid)
        *warnings << Finding::warning(QStringLiteral("id_token_suspected"), QStringLiteral("token"),
                                      tr("This looks like an ID token (it has a nonce, or aud equals cid)."),
                                      tr("App Services needs the access token, not the ID token."));
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    const bool orgIssuer =
        (!options.expectedIssuer.isEmpty() && DiscoveryDocument::isOrgIssuer(options.expectedIssuer)) ||
        (iss.startsWith(QLatin1String("http")) && DiscoveryDocument::isOrgIssuer(iss));
    if (orgIssuer || (!options.jwksUri.isEmpty() && DiscoveryDocument::isOrgJwksUri(options.jwksUri)))
        *warnings << Finding::warning(
            QStringLiteral("org_server"), QStringLiteral("iss"),
            tr("The issuer or keys are those of Okta's org authorization server, whose "
               "access tokens only Okta can validate."),
            tr("Use the \"default\" or another custom authorization server."));
    *warnings << jwksWarnings(jwks);
}

Findings TokenChecker::jwksWarnings(const JwkSet &jwks)
{
    Findings warnings;
    if (jwks.size() > kMaxJwksKeys)
        warnings << Finding::warning(QStringLiteral("jwks_too_many_keys"), FieldKeys::JwkUri,
                                     tr("The JWKS has %1 keys; App Services documents at most %2.")
                                         .arg(jwks.size())
                                         .arg(kMaxJwksKeys));
    QStringList odd, noKid;
    for (const Jwk &key : jwks.keys()) {
        if (!key.isUsableForRs256())
            odd << (key.kid().isEmpty() ? tr("(no kid)") : key.kid());
        else if (!key.hasKid())
            noKid << key.kty();
    }
    if (!odd.isEmpty())
        warnings << Finding::warning(QStringLiteral("jwks_non_rs256_key"), FieldKeys::JwkUri,
                                     tr("The JWKS has keys App Services cannot use for RS256: %1.")
                                         .arg(odd.join(QStringLiteral(", "))));
    if (!noKid.isEmpty())
        warnings << Finding::warning(
            QStringLiteral("jwks_key_without_kid"), FieldKeys::JwkUri,
            tr("%n key(s) of the JWKS have no kid; App Services needs the token's kid to "
               "find its key.",
               nullptr, int(noKid.size())));
    return warnings;
}
