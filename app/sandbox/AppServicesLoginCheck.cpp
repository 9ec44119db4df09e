#include "sandbox/AppServicesLoginCheck.h"

#include "core/JwkSet.h"
#include "core/ProvidersReader.h"
#include "core/TokenChecker.h"

QString AppServicesLoginCheck::refusal(const QString &clientAppId, const QJsonObject &provider,
                                       const QByteArray &token, const JwksSource &jwks, QJsonObject *claims,
                                       QJsonObject *data)
{
    ProvidersReader::Reading read;
    ProvidersReader::readProvider(provider, QStringLiteral("custom-token"), &read);
    read.settings.clientAppId = clientAppId;
    TokenCheckOptions options = TokenCheckOptions::fromSettings(read.settings);
    options.expectedIssuer.clear(); // App Services has no issuer setting
    const QString uri =
        provider.value(QStringLiteral("config")).toObject().value(QStringLiteral("jwkURI")).toString();
    const QByteArray jwksText = jwks ? jwks(uri) : QByteArray();
    if (jwksText.isEmpty())
        return QStringLiteral("failed to fetch JWK set from '%1'").arg(uri);
    const TokenCheckResult result =
        TokenChecker::check(token, JwkSet::parse(jwksText).valueOr(JwkSet()), options);
    const QStringList codes = result.refusingCodes();
    *claims = result.claims;
    *data = result.userData;
    if (codes.isEmpty())
        return {};
    QString field;
    for (const MetadataField &f : options.metadataFields) {
        if (field.isEmpty() && f.required && !result.userData.contains(f.effectiveFieldName()))
            field = f.name;
    }
    const QString expected = options.audience.isEmpty() ? clientAppId : options.audience.first();
    return text(codes.first(), expected, field);
}

QString AppServicesLoginCheck::text(const QString &code, const QString &expectedAudience,
                                    const QString &field)
{
    if (code == QLatin1String("audience_mismatch"))
        return QStringLiteral("'%1' not found in 'aud' claim").arg(expectedAudience);
    if (code == QLatin1String("expired"))
        return QStringLiteral("token is expired");
    if (code == QLatin1String("not_yet_valid"))
        return QStringLiteral("token is not valid yet");
    if (code == QLatin1String("issued_in_future"))
        return QStringLiteral("Token used before issued");
    if (code == QLatin1String("sub_missing"))
        return QStringLiteral("expected field 'sub' to be in token metadata");
    if (code == QLatin1String("required_claim_missing"))
        return QStringLiteral("expected field '%1' to be in token metadata").arg(field);
    if (code == QLatin1String("malformed") || code == QLatin1String("token_too_large"))
        return QStringLiteral("token contains an invalid number of segments");
    if (code == QLatin1String("alg_not_allowed"))
        return QStringLiteral("signing method (alg) is unavailable");
    if (code == QLatin1String("claim_too_long"))
        return QStringLiteral("metadata field '%1' exceeds the maximum length").arg(field);
    return QStringLiteral("crypto/rsa: verification error"); // kid_missing, kid_unknown, signature_invalid
}
