#pragma once

#include "core/ProviderSettings.h"

#include <QCoreApplication>
#include <QString>

/// What the deploy panel sends, checked before any request so a missing or wrong field is named up front
/// instead of failing on the wire.
struct DeployInputs
{
    Q_DECLARE_TR_FUNCTIONS(DeployInputs)

public:
    QString baseUrl;
    QString projectId;
    QString publicKey;
    bool havePrivateKey = false; // typed in, or an open session with this URL and public key
    ProviderSettings provider;
    QString clientAppId;

    /// The first problem, as one sentence; empty when the inputs are complete. `needProvider`: a diff or a
    /// deploy (Load Apps needs only the connection).
    QString problem(bool needProvider) const;
};
