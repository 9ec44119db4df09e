#pragma once

#include "core/OktaState.h"
#include "core/ProviderSettings.h"

#include <QStringList>

/// Okta states and provider settings for the Okta setup tests: a new developer org's `default` server (its
/// default policy and rule, the system `sub` claim) with one native app.
namespace OktaOrgStates {
inline const QString kAppId = QStringLiteral("myapp-abcde");
inline const QString kClient = QStringLiteral("0oaclient");
inline const QString kDevice = QLatin1String(OktaState::kDeviceGrant);

OktaState freshOrg();
/// Settings for dev-1.okta.com mapping `claims` (top-level, optional), App Services checking `audience`.
ProviderSettings settings(const QStringList &claims,
                          const QStringList &audience = {QStringLiteral("api://default")});
} // namespace OktaOrgStates
