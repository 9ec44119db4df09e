#pragma once

#include "core/MetadataField.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The whole wizard model: the Okta side, the custom-token provider and the App Services target.
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
    QString jwkUri;           // typed by the user: overrides discovery and derivation
    QString discoveredJwkUri; // jwks_uri of the discovery made for this domain and server
    QString issuer;           // from that discovery, when known

    // Provider
    bool disabled = false;
    QStringList audience;
    bool requireAnyAudience = false;
    Verification verification = Verification::JwkUri;
    QString signingAlgorithm = QStringLiteral("RS256"); // manual keys only; Okta signs with RS256
    QStringList signingKeyNames;                        // App Services Secret names, never values
    QList<MetadataField> metadataFields;

    // App Services target
    QString projectId;
    QString clientAppId;

    /// "https://host" (or the loopback http URL given) for the Okta domain; empty when no domain.
    QString oktaBaseUrl() const;
    /// `https://{domain}/oauth2/{id}/v1/keys`, or empty when the domain or the server id is empty.
    QString derivedJwkUri() const;
    /// The jwkURI written to providers.json: the user's override, else the discovered one, else derived.
    QString effectiveJwkUri() const;
    /// What a discovery depends on (domain and server, as they are used): when it changes, the
    /// discovered issuer and jwks_uri no longer apply.
    QString discoveryInputs() const;
    /// What a token check depends on besides the token and the metadata fields (which only re-map it).
    QString tokenCheckInputs() const;
    /// Forgets what the last discovery filled in (issuer and discovered jwks_uri).
    void forgetDiscovery();

    /// True when both describe the same custom-token provider (the Okta-only and target fields aside).
    bool sameProviderAs(const ProviderSettings &other) const;
    bool operator==(const ProviderSettings &o) const;
    bool operator!=(const ProviderSettings &o) const { return !(*this == o); }
};
