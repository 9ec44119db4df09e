#include "net/CreateCheck.h"

#include "core/AdminReply.h"
#include "core/ProviderDiff.h"

CreateCheck::CreateCheck(AdminApiClient *client, QObject *parent) : DeployStage(client, parent) {}

void CreateCheck::run(const QString &groupId, const DeployResult &start, const AdminApiError &postError)
{
    startRun(start);
    begin(DeployStep::ListProviders, tr("List the providers again to see whether the create took effect"));
    const auto giveUp = [this, postError](const AdminApiError &) {
        fail(postError);
        return true;
    };
    expect(
        m_client->listProviders(groupId, m_result.appId), {},
        [this, groupId, postError, giveUp](AdminCall *call) {
            const auto list = AdminReply::providers(call->body());
            const auto summary = list ? AdminReply::customToken(*list) : std::nullopt;
            if (!summary)
                return fail(postError);
            begin(DeployStep::GetProvider, tr("Read the custom-token provider"));
            expect(
                m_client->getProvider(groupId, m_result.appId, summary->id), {},
                [this, postError, id = summary->id](AdminCall *getCall) {
                    const auto remote = AdminReply::provider(getCall->body());
                    if (!remote || !ProviderDiff::compare(*remote, m_result.plan.provider).isEmpty())
                        return fail(postError);
                    m_result.providerId = id;
                    end(tr("The create took effect (%1).").arg(id));
                    finish(DeployResult::Outcome::Created);
                },
                giveUp);
        },
        giveUp);
}
