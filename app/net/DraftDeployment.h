#pragma once

#include "net/DeployStage.h"

#include <QTimer>

/// Deploys a run's draft and polls the deployment until it finishes, fails or runs out of checks.
class DraftDeployment : public DeployStage
{
    Q_OBJECT

public:
    explicit DraftDeployment(AdminApiClient *client, QObject *parent = nullptr);

    /// `start` carries the App `_id` and the draft; finished() gives it back with `onSuccess` as the outcome
    /// once the deployment succeeded.
    void run(const QString &groupId, const DeployResult &start, DeployResult::Outcome onSuccess);
    void cancel() override;
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    void setMaxPolls(int n) { m_maxPolls = n; }

protected:
    void stop(DeployResult::Outcome outcome) override;

private:
    void poll();
    void succeed();

    QString m_groupId;
    DeployResult::Outcome m_onSuccess = DeployResult::Outcome::Unchanged;
    QTimer m_pollTimer;
    int m_polls = 0;
    int m_pollIntervalMs = 1000;
    int m_maxPolls = 300;
};
