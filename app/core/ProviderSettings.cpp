#include "ProviderSettings.h"

QString ProviderSettings::oktaBaseUrl() const
{
    QString domain = oktaDomain.trimmed();
    while (domain.endsWith(QLatin1Char('/')))
        domain.chop(1);
    if (domain.isEmpty())
        return {};
    if (domain.startsWith(QLatin1String("https://")) || domain.startsWith(QLatin1String("http://")))
        return domain;
    return QStringLiteral("https://") + domain;
}

QString ProviderSettings::derivedJwkUri() const
{
    const QString base = oktaBaseUrl();
    if (base.isEmpty())
        return {};
    return base + QStringLiteral("/oauth2/") + authServerId.trimmed() + QStringLiteral("/v1/keys");
}

QString ProviderSettings::effectiveJwkUri() const
{
    return jwkUri.isEmpty() ? derivedJwkUri() : jwkUri;
}

bool ProviderSettings::sameProviderAs(const ProviderSettings &o) const
{
    if (disabled != o.disabled || audience != o.audience || requireAnyAudience != o.requireAnyAudience ||
        verification != o.verification || metadataFields != o.metadataFields)
        return false;
    if (verification == Verification::JwkUri)
        return effectiveJwkUri() == o.effectiveJwkUri();
    return signingAlgorithm == o.signingAlgorithm && signingKeyNames == o.signingKeyNames;
}

bool ProviderSettings::operator==(const ProviderSettings &o) const
{
    return sameProviderAs(o) && oktaDomain == o.oktaDomain && authServerId == o.authServerId &&
           jwkUri == o.jwkUri && issuer == o.issuer && signingAlgorithm == o.signingAlgorithm &&
           signingKeyNames == o.signingKeyNames && projectId == o.projectId && clientAppId == o.clientAppId;
}
