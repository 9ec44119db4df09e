#pragma once

#include "MetadataField.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The whole wizard model (DESIGN §3): the Okta side, the custom-token provider and the App Services target.
struct ProviderSettings
{
    enum class Verification
    {
        JwkUri,
        ManualKeys
    };

    // Okta
    QString oktaDomain; // host[:port], or http(s)://host[:port]
    QString authServerId = QStringLiteral("default");
    QString jwkUri; // explicit or discovered; empty means derived from domain + server
    QString issuer; // from discovery, when known

    // Provider
    bool disabled = false;
    QStringList audience;
    bool requireAnyAudience = false;
    Verification verification = Verification::JwkUri;
    QString signingAlgorithm = QStringLiteral("HS256"); // manual keys only: HS256 or RS256
    QStringList signingKeyNames;                        // App Services Secret names, never values
    QList<MetadataField> metadataFields;

    // App Services target
    QString projectId;
    QString clientAppId;

    /// "https://host" (or the loopback http URL given) for the Okta domain; empty when no domain.
    QString oktaBaseUrl() const;
    /// `https://{domain}/oauth2/{id}/v1/keys`, or empty when the domain is empty.
    QString derivedJwkUri() const;
    /// The jwkURI written to providers.json: explicit/discovered if set, else derived.
    QString effectiveJwkUri() const;

    /// True when both describe the same custom-token provider (the Okta-only and target fields aside).
    bool sameProviderAs(const ProviderSettings &other) const;
    bool operator==(const ProviderSettings &o) const;
    bool operator!=(const ProviderSettings &o) const { return !(*this == o); }
};
