#pragma once

#include "core/AdminReply.h"
#include "core/ProviderDiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What a deploy will write, decided from the remote state alone (no I/O), so the network side only executes
/// it.
class DeployPlan
{
    Q_DECLARE_TR_FUNCTIONS(DeployPlan)

public:
    enum class ProviderAction
    {
        Create,
        Update,
        Unchanged,
        Blocked,
        Delete // only when undoing a create
    };
    enum class Toggle
    {
        None,
        Enable,
        Disable
    };

    struct Options
    {
        bool replace =
            false; // allow changing an existing, different provider or overwriting existing secrets
        bool useDraft = false;
    };
    struct SecretWrite
    {
        QString name;
        QString secretId; // empty: create (POST); else update (PUT)
    };

    ProviderAction action = ProviderAction::Unchanged;
    Toggle toggle = Toggle::None;
    QString providerId;   // the remote `_id` when the provider exists
    QJsonObject provider; // the local object to POST or PATCH
    QList<ProviderDiff::Entry> diff;
    QList<SecretWrite> secrets; // in the order given
    QStringList keptSecrets;    // exist remotely, left alone because replace was not given
    bool useDraft = false;

    /// `summary` is the custom-token entry of the provider list (nullopt: none); `remote` its GET (empty if
    /// none); `secretNames` the signing-key secrets the user supplied values for.
    static DeployPlan make(const QJsonObject &local, const std::optional<AdminReply::Provider> &summary,
                           const QJsonObject &remote, const QList<AdminReply::Secret> &remoteSecrets,
                           const QStringList &secretNames, const Options &options);

    bool isBlocked() const { return action == ProviderAction::Blocked; }
    /// True when executing the plan sends at least one write.
    bool hasWrites() const;
    /// One line per step, in execution order, e.g. "create secret okta_key", "update custom-token (2
    /// fields)".
    QStringList steps() const;
    /// "create", "update", "unchanged" or "blocked".
    QString actionName() const;
    QJsonObject toJson() const;
};
