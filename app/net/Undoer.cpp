#include "net/Undoer.h"

#include "core/AdminReply.h"

Undoer::Undoer(AdminApiClient *client, QObject *parent)
    : DeployStage(client, parent), m_executor(new DeployExecutor(client, this))
{
    connect(m_executor, &DeployStage::stepStarted, this, &DeployStage::stepStarted);
    connect(m_executor, &DeployStage::stepFinished, this, &DeployStage::stepFinished);
    connect(m_executor, &DeployStage::finished, this, [this](const DeployResult &result) {
        m_result = result;
        m_running = false;
        emit finished(m_result);
    });
}

bool Undoer::needsRemote(const JournalEntry &e)
{
    return e.service == JournalEntry::appServices() && e.objectType == JournalEntry::providerType() &&
           e.outcome != JournalEntry::Outcome::Failed && !e.objectId.isEmpty();
}

void Undoer::start(const Request &request)
{
    if (m_running)
        return;
    m_request = request;
    m_plan = UndoPlan();
    m_result = DeployResult();
    m_result.appId = request.entry.appId;
    m_running = true;
    m_cancelRequested = false;
    const JournalEntry &e = request.entry;
    if (e.service == JournalEntry::okta()) {
        // Undoing an Okta write needs the Okta API token, which only the command line reads.
        m_plan.objectId = e.objectId;
        m_plan.refusal =
            Problem(QStringLiteral("undo_unsupported"),
                    tr("Okta changes are undone on the command line: okta-jwt undo %1").arg(e.id));
        emit planReady(m_plan);
        return finish(DeployResult::Outcome::Blocked);
    }
    if (!needsRemote(e)) {
        m_plan = UndoPlan::make(e, std::nullopt, request.force);
        emit planReady(m_plan);
        return finish(DeployResult::Outcome::Blocked);
    }
    const QUrl previous = m_client->transport()->baseUrl();
    if (const auto set = m_client->transport()->setBaseUrl(e.adminApi); !set)
        return fail(AdminApiError::make(AdminApiError::Kind::Usage, QStringLiteral("journal_entry"),
                                        set.problem().message));
    if (m_client->transport()->baseUrl() != previous)
        m_client->forgetSession(); // a session belongs to its host: never sent to the entry's other one
    if (!request.privateKey.isEmpty() || !m_client->isLoggedIn())
        login(m_request.publicKey, &m_request.privateKey, [this] { readCurrent(); });
    else
        readCurrent();
}

void Undoer::cancel()
{
    if (m_executor->isRunning())
        m_executor->cancel();
    else
        DeployStage::cancel();
}

void Undoer::readCurrent()
{
    const JournalEntry &e = m_request.entry;
    begin(DeployStep::GetProvider, tr("Read the provider %1 as it is now").arg(e.objectId));
    expect(
        m_client->getProvider(e.projectId, e.appId, e.objectId), {},
        [this](AdminCall *call) {
            const auto remote = AdminReply::provider(call->body());
            if (!remote)
                return failReply(tr("Provider"), remote.problem().message);
            end(tr("Read."));
            planUndo(*remote);
        },
        [this](const AdminApiError &error) {
            if (error.kind != AdminApiError::Kind::Http || error.httpStatus != 404)
                return false;
            end(tr("It no longer exists."));
            planUndo(std::nullopt);
            return true;
        });
}

void Undoer::planUndo(const std::optional<QJsonObject> &current)
{
    const JournalEntry &e = m_request.entry;
    m_plan = UndoPlan::make(e, current, m_request.force);
    emit planReady(m_plan);
    if (m_plan.isRefused())
        return finish(DeployResult::Outcome::Blocked);
    DeployPlan plan;
    plan.providerId = e.objectId;
    plan.useDraft = m_request.useDraft;
    plan.diff = m_plan.changes;
    switch (m_plan.action) {
    case UndoPlan::Action::PatchBack:
        plan.action = DeployPlan::ProviderAction::Update;
        plan.provider = m_plan.restore;
        plan.provider.remove(QStringLiteral("_id"));
        break;
    case UndoPlan::Action::Delete:
        plan.action = DeployPlan::ProviderAction::Delete;
        break;
    case UndoPlan::Action::Create:
        plan.action = DeployPlan::ProviderAction::Create;
        plan.provider = m_plan.restore;
        plan.providerId.clear();
        break;
    case UndoPlan::Action::Enable:
    case UndoPlan::Action::Disable:
        plan.action = DeployPlan::ProviderAction::Unchanged;
        plan.toggle = m_plan.action == UndoPlan::Action::Enable ? DeployPlan::Toggle::Enable
                                                                : DeployPlan::Toggle::Disable;
        break;
    case UndoPlan::Action::None:
        return finish(DeployResult::Outcome::Unchanged);
    }
    m_result.plan = plan;
    m_result.hasPlan = true;
    m_result.providerId = e.objectId;
    m_result.remoteProvider = current.value_or(QJsonObject());
    if (m_request.dryRun)
        return finish(DeployResult::Outcome::Planned);
    m_executor->journal().setClientAppId(e.clientAppId);
    m_executor->journal().setUndoOf(e.id);
    m_executor->run(e.projectId, m_result, {});
}
