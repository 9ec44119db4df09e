#pragma once

#include <QString>

/// The steps of a deploy run, in the order they can happen, with stable keys for logs and --json.
class DeployStep
{
public:
    enum Id
    {
        Login,
        ResolveApp,
        ListProviders,
        GetProvider,
        ListSecrets,
        Plan,
        CreateDraft,
        WriteSecret,
        WriteProvider,
        ToggleProvider,
        DeployDraft,
        WaitForDeployment,
        DiscardDraft
    };

    /// "login", "resolve_app", ..., "discard_draft".
    static QString key(Id step);
};
