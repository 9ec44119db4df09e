#include "net/Deployer.h"

Deployer::Deployer(AdminApiClient *client, QObject *parent)
    : DeployStage(client, parent), m_executor(new DeployExecutor(client, this))
{
    connect(m_client->transport(), &AdminTransport::logged, this,
            [this](const AdminTransport::LogEntry &entry) {
                if (m_running)
                    emit logLine(entry.toLine());
            });
    connect(m_executor, &DeployStage::stepStarted, this, &DeployStage::stepStarted);
    connect(m_executor, &DeployStage::stepFinished, this, &DeployStage::stepFinished);
    connect(m_executor, &DeployExecutor::draftConflict, this, &Deployer::draftConflict);
    connect(m_executor, &DeployStage::finished, this, [this](const DeployResult &result) {
        m_result = result;
        m_running = false;
        emit finished(m_result);
    });
}

void Deployer::start(const Request &request)
{
    if (m_running)
        return;
    m_request = request;
    m_result = DeployResult();
    m_result.appId = request.appId;
    m_summary.reset();
    m_remote = {};
    m_remoteSecrets.clear();
    m_executor->journal().setClientAppId(request.clientAppId);
    m_executor->journal().setUndoOf({});
    m_haveProvider = !request.providerLater;
    m_waitingForProvider = false;
    m_running = true;
    m_cancelRequested = false;
    if (!request.privateKey.isEmpty() || !m_client->isLoggedIn())
        login(m_request.publicKey, &m_request.privateKey, [this] { resolveApp(); });
    else
        resolveApp();
}

void Deployer::provideLocal(const QJsonObject &provider)
{
    if (!m_running || m_haveProvider)
        return;
    m_request.provider = provider;
    m_haveProvider = true;
    if (std::exchange(m_waitingForProvider, false))
        plan();
}

void Deployer::cancel()
{
    if (m_executor->isRunning())
        m_executor->cancel();
    else
        DeployStage::cancel();
}

void Deployer::resolveApp()
{
    if (!m_result.appId.isEmpty()) {
        listProviders();
        return;
    }
    begin(DeployStep::ResolveApp,
          tr("Find App %1 in project %2").arg(m_request.clientAppId, m_request.groupId));
    expect(m_client->listApps(m_request.groupId), {}, [this](AdminCall *call) {
        const auto apps = AdminReply::apps(call->body());
        if (!apps)
            return failReply(tr("App list"), apps.problem().message);
        emit appsListed(*apps);
        const auto app = AdminReply::findApp(*apps, m_request.clientAppId);
        if (!app) {
            QStringList known;
            for (const AdminReply::App &a : *apps)
                known << a.clientAppId;
            return fail(AdminApiError::make(
                AdminApiError::Kind::Usage, QStringLiteral("app_not_found"),
                tr("No App with Client App ID \"%1\" in project %2 (found: %3).")
                    .arg(m_request.clientAppId, m_request.groupId,
                         known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))));
        }
        m_result.appId = app->id;
        end(tr("App %1 has _id %2.").arg(app->clientAppId, app->id));
        listProviders();
    });
}

void Deployer::listProviders()
{
    begin(DeployStep::ListProviders, tr("List the App's authentication providers"));
    expect(m_client->listProviders(m_request.groupId, m_result.appId), {}, [this](AdminCall *call) {
        const auto providers = AdminReply::providers(call->body());
        if (!providers)
            return failReply(tr("Provider list"), providers.problem().message);
        m_summary = AdminReply::customToken(*providers);
        end(m_summary ? tr("custom-token exists (%1).").arg(m_summary->id) : tr("No custom-token yet."));
        if (m_summary)
            getProvider();
        else
            listSecrets();
    });
}

void Deployer::getProvider()
{
    m_result.providerId = m_summary->id;
    begin(DeployStep::GetProvider, tr("Read the custom-token provider"));
    expect(m_client->getProvider(m_request.groupId, m_result.appId, m_summary->id), {},
           [this](AdminCall *call) {
               const auto remote = AdminReply::provider(call->body());
               if (!remote)
                   return failReply(tr("Provider"), remote.problem().message);
               m_remote = *remote;
               m_result.remoteProvider = *remote;
               end(tr("Read."));
               listSecrets();
           });
}

void Deployer::listSecrets()
{
    if (m_request.secretValues.isEmpty()) // only needed to choose between creating and updating a secret
        return plan();
    begin(DeployStep::ListSecrets, tr("List the App's secrets"));
    expect(m_client->listSecrets(m_request.groupId, m_result.appId), {}, [this](AdminCall *call) {
        const auto secrets = AdminReply::secrets(call->body());
        if (!secrets)
            return failReply(tr("Secret list"), secrets.problem().message);
        m_remoteSecrets = *secrets;
        end(tr("%n secret(s).", nullptr, int(secrets->size())));
        plan();
    });
}

void Deployer::plan()
{
    if (!m_haveProvider) {
        m_waitingForProvider = true;
        return;
    }
    begin(DeployStep::Plan, tr("Compare with the App and plan the changes"));
    DeployPlan::Options options;
    options.replace = m_request.replace;
    options.useDraft = m_request.useDraft;
    m_result.plan = DeployPlan::make(m_request.provider, m_summary, m_remote, m_remoteSecrets,
                                     m_request.secretValues.keys(), options);
    m_result.hasPlan = true;
    emit planReady(m_result.plan);
    end(m_result.plan.steps().join(QStringLiteral("; ")));
    if (m_request.dryRun)
        return finish(DeployResult::Outcome::Planned);
    if (m_result.plan.isBlocked())
        return finish(DeployResult::Outcome::Blocked);
    if (!m_result.plan.hasWrites())
        return finish(DeployResult::Outcome::Unchanged);
    const QMap<QString, QString> secrets = std::exchange(m_request.secretValues, {});
    m_executor->run(m_request.groupId, m_result, secrets);
}
