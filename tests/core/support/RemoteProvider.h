#pragma once

#include "core/ProviderSettings.h"

#include <QJsonObject>

/// Provider fixtures for the Admin API tests: a minimal Okta model and what the Admin API returns for it.
namespace RemoteProvider {
/// JWK-URI provider for dev-1.okta.com, default authorization server.
ProviderSettings okta();
/// ProvidersWriter::providerObject(s) plus `_id` "p1", as GET /auth_providers/{id} returns it.
QJsonObject remoteOf(const ProviderSettings &s);
} // namespace RemoteProvider
