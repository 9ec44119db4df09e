#include "core/TokenCheckOptions.h"

#include "core/ProviderSettings.h"

TokenCheckOptions TokenCheckOptions::fromSettings(const ProviderSettings &s)
{
    TokenCheckOptions o;
    o.expectedIssuer = s.issuer;
    o.clientAppId = s.clientAppId;
    o.audience = s.audience;
    o.requireAnyAudience = s.requireAnyAudience;
    o.metadataFields = s.metadataFields;
    o.jwksUri = s.effectiveJwkUri();
    return o;
}
