#pragma once

#include "net/DeployStage.h"

/// After a provider POST failed, lists the providers again and accepts the create only if the provider now
/// exists exactly as planned: the POST may have reached the server, so it is never sent again.
class CreateCheck : public DeployStage
{
    Q_OBJECT

public:
    explicit CreateCheck(AdminApiClient *client, QObject *parent = nullptr);

    /// finished() gives `start` back: Created with the provider's `_id` when the create took effect, else
    /// Failed with `postError` (or Cancelled).
    void run(const QString &groupId, const DeployResult &start, const AdminApiError &postError);
};
