#include "wizard/AppListLoader.h"

#include "net/AdminApiClient.h"

AppListLoader::AppListLoader(AdminApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void AppListLoader::start(const QString &publicKey, const QString &privateKey, const QString &groupId)
{
    if (isRunning())
        return;
    m_groupId = groupId;
    if (privateKey.isEmpty() && m_client->isLoggedIn())
        return listApps();
    emit stepStarted(DeployStep::Login, tr("Log in to the Admin API with API key %1").arg(publicKey));
    m_call = m_client->login(publicKey, privateKey);
    connect(m_call, &AdminCall::finished, this, [this, call = m_call.data()] {
        m_call = nullptr;
        if (!call->ok())
            return fail(DeployStep::Login, call->error());
        emit stepFinished(DeployStep::Login, true, tr("Logged in."));
        emit loggedIn();
        listApps();
    });
}

void AppListLoader::cancel()
{
    if (m_call)
        m_call->abort();
}

void AppListLoader::listApps()
{
    emit stepStarted(DeployStep::ResolveApp, tr("List the apps of project %1").arg(m_groupId));
    m_call = m_client->listApps(m_groupId);
    connect(m_call, &AdminCall::finished, this, [this, call = m_call.data()] {
        m_call = nullptr;
        if (!call->ok())
            return fail(DeployStep::ResolveApp, call->error());
        const auto apps = AdminReply::apps(call->body());
        if (!apps)
            return fail(DeployStep::ResolveApp,
                        AdminApiError::make(AdminApiError::Kind::BadReply, QStringLiteral("bad_reply"),
                                            tr("App list: %1").arg(apps.problem().message)));
        emit stepFinished(DeployStep::ResolveApp, true, tr("%n app(s).", nullptr, int(apps->size())));
        emit finished(*apps, AdminApiError());
    });
}

void AppListLoader::fail(DeployStep::Id step, const AdminApiError &error)
{
    emit stepFinished(step, false,
                      error.kind == AdminApiError::Kind::Cancelled ? tr("Cancelled.") : error.toLine());
    emit finished({}, error);
}
