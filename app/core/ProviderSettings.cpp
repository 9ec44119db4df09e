#include "core/ProviderSettings.h"

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
    const QString server = authServerId.trimmed();
    if (base.isEmpty() || server.isEmpty())
        return {};
    return base + QStringLiteral("/oauth2/") + server + QStringLiteral("/v1/keys");
}

QString ProviderSettings::effectiveJwkUri() const
{
    if (!jwkUri.isEmpty())
        return jwkUri;
    return discoveredJwkUri.isEmpty() ? derivedJwkUri() : discoveredJwkUri;
}

QString ProviderSettings::discoveryInputs() const
{
    return oktaBaseUrl() + QLatin1Char('\n') + authServerId.trimmed();
}

QString ProviderSettings::tokenCheckInputs() const
{
    const QStringList parts{discoveryInputs(),
                            jwkUri,
                            audience.join(QLatin1Char('\t')),
                            requireAnyAudience ? QStringLiteral("any") : QStringLiteral("all"),
                            clientAppId,
                            verification == Verification::JwkUri ? QStringLiteral("jwk")
                                                                 : QStringLiteral("manual")};
    return parts.join(QLatin1Char('\n'));
}

void ProviderSettings::forgetDiscovery()
{
    discoveredJwkUri.clear();
    issuer.clear();
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
           jwkUri == o.jwkUri && discoveredJwkUri == o.discoveredJwkUri && issuer == o.issuer &&
           signingAlgorithm == o.signingAlgorithm && signingKeyNames == o.signingKeyNames &&
           projectId == o.projectId && clientAppId == o.clientAppId;
}
