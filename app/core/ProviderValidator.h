#pragma once

#include "core/Finding.h"
#include "core/ProviderSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

/// The provider-side rules (metadata, signing keys, audience, target) and the full check.
class ProviderValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProviderValidator)

public:
    /// Every rule at once: Okta side (when it applies), provider, target. `tokenClaims`, the claims of a
    /// checked access token, prove claims present: no `claim_not_in_access_token` for those.
    /// `findings` without the claim_not_in_access_token warnings that a token carrying `tokenClaims` proves
    /// wrong (the claim is there after all), for reports made once a real token is at hand.
    static Findings withoutDisproved(const Findings &findings, const ProviderSettings &settings,
                                     const QJsonObject &tokenClaims);
    static Findings validate(const ProviderSettings &settings, const QJsonObject &tokenClaims = {});

    static Findings validateMetadataFields(const QList<MetadataField> &fields,
                                           const QJsonObject &tokenClaims = {});
    static Findings validateSigningKeys(const QString &algorithm, const QStringList &names);
    static Findings validateSigningKeyValue(const QString &name, const QString &value);
    static Findings validateAudience(const QStringList &audience, bool requireAny);
    static Findings validateTarget(const QString &projectId, const QString &clientAppId);

    /// Claims a default Okta access token does not carry (they live in ID tokens or need custom claims).
    static bool isIdTokenOnlyClaim(const QString &claim);
};
