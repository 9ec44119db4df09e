#pragma once

#include "sandbox/AdminSandboxRouter.h"
#include "sandbox/AdminSandboxStore.h"
#include "sandbox/AppServicesLoginCheck.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

/// The App Services client API (location, custom-token login, profile, session, self-delete) on the Admin
/// sandbox's server. A login applies the custom-token provider currently live in the sandbox's Admin API
/// with App Services' rules (no issuer check) and error texts, writes an AUTH log entry under a `co_id`,
/// and creates or refreshes a user; the Admin API's /logs and /users read them back. Whether a token passes
/// is AppServicesLoginCheck's.
class AppServicesSandbox
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QByteArray requestId; // X-Appservices-Request-Id
    };
    using JwksSource = AppServicesLoginCheck::JwksSource;

    explicit AppServicesSandbox(AdminSandboxStore *store);

    /// `origin` is "http://127.0.0.1:PORT": what /location returns as hostname and `link`s point at.
    void setOrigin(const QString &origin) { m_origin = origin; }
    void setJwksSource(JwksSource source) { m_jwks = std::move(source); }
    /// The client API answers every request 404 with a plain-text body, as a host that no longer serves
    /// it does (App Services authentication for Device SDKs reached end of life).
    void setGone(bool gone) { m_gone = gone; }
    /// /location returns this hostname instead of the sandbox's own origin.
    void setLocationHostname(const QString &hostname) { m_hostnameOverride = hostname; }
    /// Log entries become visible to GET /logs this long after the request (real logs lag a few seconds).
    void setLogDelayMs(int ms) { m_logDelayMs = ms; }
    void reset();

    /// `path` starts with /api/client/v2.0; `bearer` is the Authorization token (or empty).
    Reply handle(const QString &method, const QString &path, const QByteArray &bearer,
                 const QByteArray &body);
    /// Admin API /groups/{g}/apps/{a}/logs and /users[/{id}] for `app`; `rest` starts with "logs" or "users".
    AdminSandboxRouter::Reply admin(const AdminSandboxStore::App &app, const QString &method,
                                    const QStringList &rest, const QString &query);

    int loginCount() const { return m_logins; }
    QList<QJsonObject> users(const QString &appId) const;

private:
    struct Session
    {
        QString appId;
        QString userId;
    };

    Reply location(const AdminSandboxStore::App *app);
    Reply login(AdminSandboxStore::App *app, const QByteArray &body);
    Reply authError(const AdminSandboxStore::App &app, const QString &coId, const QString &message,
                    const QString &code, int status = 401);
    void log(const AdminSandboxStore::App &app, const QString &coId, const QString &userId,
             const QString &error, const QString &errorCode, int status, const QJsonObject &device);
    QJsonObject *findUser(const QString &appId, const QString &userId);

    AdminSandboxStore *m_store;
    QString m_origin;
    JwksSource m_jwks;
    bool m_gone = false;
    QString m_hostnameOverride;
    int m_logDelayMs = 0;
    int m_logins = 0;
    QHash<QString, QList<QJsonObject>> m_users; // by App _id, each the Admin API's User object
    QList<QPair<qint64, QJsonObject>> m_logs;   // (visible from ms, entry)
    QHash<QString, Session> m_access;
    QHash<QString, Session> m_refresh;
    QElapsedTimer m_clock;
};
