#pragma once

#include "net/AdminCall.h"
#include "net/AdminTransport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

/// The App Services Admin API calls this tool uses, asynchronous: each returns an AdminCall.
/// Holds the session: login keeps the tokens, and a call failing with InvalidSession refreshes once and is
/// resent.
class AdminApiClient : public QObject
{
    Q_OBJECT

public:
    explicit AdminApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Base URL, timeout, retries and the request log.
    AdminTransport *transport() const { return m_transport; }
    bool isLoggedIn() const { return !m_accessToken.isEmpty(); }
    /// Forgets the tokens (locally; the server session simply expires).
    void forgetSession();

    /// POST /auth/providers/mongodb-cloud/login. The tokens stay in the client; the call's body stays empty.
    AdminCall *login(const QString &publicKey, const QString &privateKey);
    /// ONE GET /groups/{g}/apps?product=standard,atlas,data-api,device-sync.
    AdminCall *listApps(const QString &groupId);
    AdminCall *listProviders(const QString &groupId, const QString &appId);
    AdminCall *getProvider(const QString &groupId, const QString &appId, const QString &providerId);
    /// POST, 201 with the created provider. Never retried.
    AdminCall *createProvider(const QString &groupId, const QString &appId, const QJsonObject &provider);
    /// PATCH with the full object plus `_id`, 204.
    AdminCall *updateProvider(const QString &groupId, const QString &appId, const QString &providerId,
                              const QJsonObject &provider);
    /// PUT .../enable or .../disable, 204.
    AdminCall *setProviderEnabled(const QString &groupId, const QString &appId, const QString &providerId,
                                  bool enabled);
    /// DELETE, 204. Never retried: a retry after a lost answer would read 404 and hide the success.
    AdminCall *deleteProvider(const QString &groupId, const QString &appId, const QString &providerId);
    AdminCall *listSecrets(const QString &groupId, const QString &appId);
    AdminCall *createSecret(const QString &groupId, const QString &appId, const QString &name,
                            const QString &value);
    AdminCall *updateSecret(const QString &groupId, const QString &appId, const QString &secretId,
                            const QString &name, const QString &value);
    AdminCall *currentDrafts(const QString &groupId, const QString &appId);
    /// POST /drafts: 201, or 409 DraftAlreadyExists (reported, never resolved here).
    AdminCall *createDraft(const QString &groupId, const QString &appId);
    AdminCall *draftDiff(const QString &groupId, const QString &appId, const QString &draftId);
    AdminCall *discardDraft(const QString &groupId, const QString &appId, const QString &draftId);
    /// POST /drafts/{id}/deployment with {"name": ""}, 201 with the Deployment.
    AdminCall *deployDraft(const QString &groupId, const QString &appId, const QString &draftId);
    /// GET /groups/{g}/apps/{a}/logs?{query} (e.g. co_id=...&type=AUTH&errors_only=true).
    AdminCall *getLogs(const QString &groupId, const QString &appId, const QString &query);
    AdminCall *getDeployment(const QString &groupId, const QString &appId, const QString &deploymentId);

signals:
    void sessionRefreshed();

private:
    AdminCall *send(const QString &method, const QString &path, const QByteArray &body, bool idempotent,
                    AdminCall::Auth auth = AdminCall::Auth::Access);
    void onDone(AdminCall *call, const AdminApiError &error);
    void refreshSession();
    void onRefreshed(const AdminApiError &error);

    AdminTransport *m_transport;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    bool m_refreshing = false;
    QList<QPointer<AdminCall>> m_waitingForRefresh;
};
