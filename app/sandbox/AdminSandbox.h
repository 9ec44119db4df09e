#pragma once

#include "sandbox/AdminSandboxStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class AdminSandboxHttp;
class AppServicesSandbox;
class AdminSandboxRouter;
class QHttpServerRequest;
class QTcpSocket;

/// A local simulator of the Admin API subset this tool uses, on 127.0.0.1 (tests and the product's --sandbox
/// mode): seeded project, Apps and API keys, fault switches and a request log. A second listener plays an
/// "evil" host (the target of the redirect fault) and records every header that reaches it.
class AdminSandbox : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        ServerError,
        TooManyRequests,
        Hang,
        Reset,
        MalformedJson,
        Redirect
    };
    struct FaultRule
    {
        Fault fault = Fault::ServerError;
        QString method;             // empty: any
        QString pathContains;       // empty: any
        int times = 1;              // how many matching requests it hits; -1: all
        int retryAfterSeconds = -1; // TooManyRequests: the Retry-After value, -1 for none
    };
    struct LoggedRequest
    {
        QString method;
        QString path; // below /api/admin/v3.0, with the query
        bool hasAuthorization = false;
        QByteArray body; // the login body with apiKey redacted
    };
    struct EvilRequest
    {
        QString method;
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hasAuthorization = false;
    };

    explicit AdminSandbox(QObject *parent = nullptr);
    ~AdminSandbox() override;

    /// Listens on 127.0.0.1 (`port` 0: any free port) plus the evil host on another free port.
    bool start(quint16 port = 0);
    /// http://127.0.0.1:PORT/api/admin/v3.0
    QString baseUrl() const;
    QUrl evilHostUrl() const;
    QString projectId() const { return m_store.projectId; }
    QString publicKey() const { return QStringLiteral("sandboxpub"); }
    QString privateKey() const { return m_store.apiKeys.value(publicKey()); }
    /// The `_id` of the seeded App with this client_app_id (empty when none).
    QString appId(const QString &clientAppId) const;

    void addFault(const FaultRule &rule) { m_faults.append(rule); }
    void clearFaults() { m_faults.clear(); }
    /// Every access token issued so far now answers 401 InvalidSession "access token expired".
    void expireSessions();
    /// Opens a draft on the App (as if a UI session left it), listing `diffs`.
    void seedDraft(const QString &appId, const QStringList &diffs);
    /// Adds a provider to the App's live config (e.g. an existing custom-token); returns its `_id`.
    QString seedProvider(const QString &appId, const QJsonObject &provider);

    /// The App Services client API served under /api/client/v2.0 on the same port.
    AppServicesSandbox &clientApi() { return *m_clientApi; }
    /// http://127.0.0.1:PORT: the default client API base URL of this sandbox.
    QString origin() const;

    AdminSandboxStore &store() { return m_store; }
    const AdminSandboxStore &store() const { return m_store; }
    /// The live provider of that name on the App (empty when none).
    QJsonObject provider(const QString &appId, const QString &name) const;
    bool hasDraft(const QString &appId) const;

    QList<LoggedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /// "METHOD /path" per request, paths with ids replaced by their shape ({g}, {a}, {id}).
    QStringList requestLines() const;
    /// requestLines() without the reads and the login: what changed (or tried to change) the remote.
    QStringList writeLines() const;
    QList<EvilRequest> evilRequests() const { return m_evilRequests; }

signals:
    /// Emitted after a request was answered (or deliberately not): tests use it to cancel at a precise point.
    void requestHandled(const QString &method, const QString &path);

private:
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleEvil(const QHttpServerRequest &request, QTcpSocket *socket);
    bool applyFault(const QString &method, const QString &path, const QHttpServerRequest &request,
                    QTcpSocket *socket);

    AdminSandboxStore m_store;
    AdminSandboxRouter *m_router;
    AppServicesSandbox *m_clientApi;
    AdminSandboxHttp *m_server;
    AdminSandboxHttp *m_evil;
    quint16 m_port = 0;
    quint16 m_evilPort = 0;
    QList<FaultRule> m_faults;
    QList<LoggedRequest> m_requests;
    QList<EvilRequest> m_evilRequests;
};
