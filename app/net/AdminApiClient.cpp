#include "net/AdminApiClient.h"

#include "core/AdminReply.h"
#include "core/AdminRequests.h"

#include <QTimer>

namespace {
const QString kGet = QStringLiteral("GET");
const QString kPost = QStringLiteral("POST");
const QString kPut = QStringLiteral("PUT");
const QString kPatch = QStringLiteral("PATCH");
const QString kDelete = QStringLiteral("DELETE");

AdminApiError badReply(const QString &what)
{
    return AdminApiError::make(AdminApiError::Kind::BadReply, QStringLiteral("bad_reply"), what);
}
} // namespace

AdminApiClient::AdminApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_transport(new AdminTransport(nam, this))
{
    connect(m_transport, &AdminTransport::done, this, &AdminApiClient::onDone);
}

void AdminApiClient::forgetSession()
{
    m_accessToken.clear();
    m_refreshToken.clear();
}

AdminCall *AdminApiClient::send(const QString &method, const QString &path, const QByteArray &body,
                                bool idempotent, AdminCall::Auth auth)
{
    auto *call = new AdminCall(method, path, body, idempotent, auth, this);
    if (auth == AdminCall::Auth::Access && m_accessToken.isEmpty()) {
        // Finish on the next event-loop turn so the caller can connect first.
        QTimer::singleShot(0, call, [call] {
            call->finish(AdminApiError::make(AdminApiError::Kind::Usage, QStringLiteral("not_logged_in"),
                                             tr("Log in to the Admin API first.")));
        });
        return call;
    }
    if (auth == AdminCall::Auth::Access && m_refreshing) {
        m_waitingForRefresh.append(call);
        return call;
    }
    m_transport->execute(call, auth == AdminCall::Auth::Refresh  ? m_refreshToken
                               : auth == AdminCall::Auth::Access ? m_accessToken
                                                                 : QByteArray());
    return call;
}

void AdminApiClient::onDone(AdminCall *call, const AdminApiError &error)
{
    if (call->m_auth == AdminCall::Auth::Access && error.isInvalidSession() && !call->m_refreshed &&
        !m_refreshToken.isEmpty()) {
        call->m_refreshed = true;
        if (!m_refreshing && !m_accessToken.isEmpty() && call->m_bearer != m_accessToken) {
            // Sent before another call's refresh finished: resend with the new token, no second refresh.
            m_transport->execute(call, m_accessToken);
            return;
        }
        m_waitingForRefresh.append(call);
        refreshSession();
        return;
    }
    if (error.isNull() && call->m_method == kPost && call->m_path == AdminRequests::loginPath()) {
        const auto session = AdminReply::login(call->m_body);
        call->m_body.clear(); // tokens stay here, never in a payload
        if (!session) {
            call->finish(badReply(tr("Login reply: %1").arg(session.problem().message)));
            return;
        }
        m_accessToken = session->accessToken.toUtf8();
        m_refreshToken = session->refreshToken.toUtf8();
    }
    call->finish(error);
}

void AdminApiClient::refreshSession()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    AdminCall *refresh = send(kPost, AdminRequests::sessionPath(), {}, false, AdminCall::Auth::Refresh);
    // onDone finishes it; read the token before the body is dropped.
    connect(refresh, &AdminCall::finished, this, [this, refresh] {
        AdminApiError error = refresh->error();
        if (error.isNull()) {
            const auto token = AdminReply::refresh(refresh->m_body);
            refresh->m_body.clear();
            if (token)
                m_accessToken = token->toUtf8();
            else
                error = badReply(tr("Session refresh reply: %1").arg(token.problem().message));
        }
        onRefreshed(error);
    });
}

void AdminApiClient::onRefreshed(const AdminApiError &error)
{
    m_refreshing = false;
    const QList<QPointer<AdminCall>> waiting = std::exchange(m_waitingForRefresh, {});
    if (error.isNull())
        emit sessionRefreshed();
    for (const QPointer<AdminCall> &call : waiting) {
        if (!call || call->isFinished() || call->m_aborted)
            continue;
        if (error.isNull()) {
            m_transport->execute(call, m_accessToken);
            continue;
        }
        AdminApiError e = error;
        e.code = QStringLiteral("invalid_session");
        call->finish(e);
    }
}

AdminCall *AdminApiClient::login(const QString &publicKey, const QString &privateKey)
{
    forgetSession();
    return send(kPost, AdminRequests::loginPath(), AdminRequests::loginBody(publicKey, privateKey), false,
                AdminCall::Auth::None);
}

AdminCall *AdminApiClient::getLogs(const QString &g, const QString &a, const QString &query)
{
    return send(kGet, AdminRequests::appPath(g, a) + QStringLiteral("/logs?") + query, {}, true);
}

AdminCall *AdminApiClient::listApps(const QString &g)
{
    return send(kGet, AdminRequests::appsPath(g) + QStringLiteral("?product=") + AdminRequests::allProducts(),
                {}, true);
}

AdminCall *AdminApiClient::listProviders(const QString &g, const QString &a)
{
    return send(kGet, AdminRequests::providersPath(g, a), {}, true);
}

AdminCall *AdminApiClient::getProvider(const QString &g, const QString &a, const QString &id)
{
    return send(kGet, AdminRequests::providerPath(g, a, id), {}, true);
}

AdminCall *AdminApiClient::createProvider(const QString &g, const QString &a, const QJsonObject &provider)
{
    return send(kPost, AdminRequests::providersPath(g, a), AdminRequests::createProviderBody(provider),
                false);
}

AdminCall *AdminApiClient::updateProvider(const QString &g, const QString &a, const QString &id,
                                          const QJsonObject &provider)
{
    // The full object replaces the provider, so sending it twice has the same effect: safe to retry.
    return send(kPatch, AdminRequests::providerPath(g, a, id),
                AdminRequests::updateProviderBody(provider, id), true);
}

AdminCall *AdminApiClient::setProviderEnabled(const QString &g, const QString &a, const QString &id,
                                              bool enabled)
{
    return send(kPut, AdminRequests::providerTogglePath(g, a, id, enabled), {}, true);
}

AdminCall *AdminApiClient::deleteProvider(const QString &g, const QString &a, const QString &id)
{
    return send(kDelete, AdminRequests::providerPath(g, a, id), {}, false);
}

AdminCall *AdminApiClient::listSecrets(const QString &g, const QString &a)
{
    return send(kGet, AdminRequests::secretsPath(g, a), {}, true);
}

AdminCall *AdminApiClient::createSecret(const QString &g, const QString &a, const QString &name,
                                        const QString &value)
{
    return send(kPost, AdminRequests::secretsPath(g, a), AdminRequests::createSecretBody(name, value), false);
}

AdminCall *AdminApiClient::updateSecret(const QString &g, const QString &a, const QString &id,
                                        const QString &name, const QString &value)
{
    return send(kPut, AdminRequests::secretPath(g, a, id), AdminRequests::updateSecretBody(id, name, value),
                true);
}

AdminCall *AdminApiClient::currentDrafts(const QString &g, const QString &a)
{
    return send(kGet, AdminRequests::draftsPath(g, a), {}, true);
}

AdminCall *AdminApiClient::createDraft(const QString &g, const QString &a)
{
    return send(kPost, AdminRequests::draftsPath(g, a), {}, false);
}

AdminCall *AdminApiClient::draftDiff(const QString &g, const QString &a, const QString &id)
{
    return send(kGet, AdminRequests::draftDiffPath(g, a, id), {}, true);
}

AdminCall *AdminApiClient::discardDraft(const QString &g, const QString &a, const QString &id)
{
    return send(kDelete, AdminRequests::draftPath(g, a, id), {}, true);
}

AdminCall *AdminApiClient::deployDraft(const QString &g, const QString &a, const QString &id)
{
    return send(kPost, AdminRequests::draftDeploymentPath(g, a, id), AdminRequests::deployDraftBody(), false);
}

AdminCall *AdminApiClient::getDeployment(const QString &g, const QString &a, const QString &id)
{
    return send(kGet, AdminRequests::deploymentPath(g, a, id), {}, true);
}
