#pragma once

#include "core/MetadataField.h"

#include <QList>
#include <QStringList>

struct ProviderSettings;

/// What a token is checked against: issuer from discovery, App Services audience rules,
/// metadata fields, and an injectable clock and leeway.
struct TokenCheckOptions
{
    QString expectedIssuer; // from discovery, compared byte for byte; empty skips the issuer check
    QString clientAppId;    // the App Services Client App ID (aud must contain it when `audience` is empty)
    QStringList audience;
    bool requireAnyAudience = false;
    QList<MetadataField> metadataFields;
    QString jwksUri;   // where the keys came from; only used to spot the org authorization server
    qint64 now = -1;   // seconds since the epoch; negative means the system clock at check time
    qint64 leeway = 0; // seconds; App Services documents none

    /// Audience, metadata fields, issuer and JWK URI taken from the model.
    static TokenCheckOptions fromSettings(const ProviderSettings &settings);
};
