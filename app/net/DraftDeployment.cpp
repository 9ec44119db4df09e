#include "net/DraftDeployment.h"

#include "core/AdminReply.h"

DraftDeployment::DraftDeployment(AdminApiClient *client, QObject *parent) : DeployStage(client, parent)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DraftDeployment::poll);
}

void DraftDeployment::run(const QString &groupId, const DeployResult &start, DeployResult::Outcome onSuccess)
{
    m_groupId = groupId;
    startRun(start);
    m_onSuccess = onSuccess;
    m_polls = 0;
    begin(DeployStep::DeployDraft, tr("Deploy the draft %1").arg(m_result.draftId));
    expect(m_client->deployDraft(m_groupId, m_result.appId, m_result.draftId), tr("deployed the draft"),
           [this](AdminCall *call) {
               const auto deployment = AdminReply::deployment(call->body());
               if (!deployment)
                   return failReply(tr("Deployment"), deployment.problem().message);
               m_result.deploymentId = deployment->id;
               end(tr("Deployment %1: %2.").arg(deployment->id, deployment->status));
               begin(DeployStep::WaitForDeployment, tr("Wait for deployment %1").arg(deployment->id));
               if (deployment->isFinished())
                   return deployment->isSuccessful() ? succeed() : poll();
               m_pollTimer.start(m_pollIntervalMs);
           });
}

void DraftDeployment::cancel()
{
    m_pollTimer.stop();
    DeployStage::cancel();
}

void DraftDeployment::stop(DeployResult::Outcome outcome)
{
    m_pollTimer.stop();
    finish(outcome);
}

void DraftDeployment::poll()
{
    if (++m_polls > m_maxPolls)
        return fail(
            AdminApiError::make(AdminApiError::Kind::Timeout, QStringLiteral("deployment_timeout"),
                                tr("Deployment %1 did not finish after %2 checks; it may still complete.")
                                    .arg(m_result.deploymentId)
                                    .arg(m_maxPolls)));
    expect(m_client->getDeployment(m_groupId, m_result.appId, m_result.deploymentId), {},
           [this](AdminCall *call) {
               const auto deployment = AdminReply::deployment(call->body());
               if (!deployment)
                   return failReply(tr("Deployment"), deployment.problem().message);
               if (!deployment->isFinished())
                   return m_pollTimer.start(m_pollIntervalMs);
               if (!deployment->isSuccessful())
                   return fail(AdminApiError::make(
                       AdminApiError::Kind::Http, QStringLiteral("deployment_failed"),
                       tr("Deployment %1 failed: %2").arg(deployment->id, deployment->statusErrorMessage)));
               succeed();
           });
}

void DraftDeployment::succeed()
{
    end(tr("Deployment successful."));
    finish(m_onSuccess);
}
