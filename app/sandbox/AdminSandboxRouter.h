#pragma once

#include "sandbox/AdminSandboxStore.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

/// Answers Admin API requests from an AdminSandboxStore as openapi-admin-v3.yaml specifies them: status
/// codes, bodies and the `{error, error_code}` envelope. Pure request → reply, no sockets.
class AdminSandboxRouter
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };

    explicit AdminSandboxRouter(AdminSandboxStore *store) : m_store(store) {}

    /// `path` is relative to /api/admin/v3.0 and has no query; `bearer` is the Authorization token (or
    /// empty).
    Reply handle(const QString &method, const QString &path, const QString &query, const QByteArray &bearer,
                 const QByteArray &body);

    /// Answers /groups/{g}/apps/{a}/logs and /users (`rest` starts there) when set: the client API's data.
    std::function<Reply(const AdminSandboxStore::App &app, const QString &method, const QStringList &rest,
                        const QString &query)>
        logsAndUsers;

    static Reply error(int status, const QString &message, const QString &code);
    static Reply json(int status, const QJsonValue &value);

private:
    Reply login(const QByteArray &body);
    Reply refresh(const QByteArray &bearer);
    Reply apps(const QString &method, const QString &query);
    Reply app(AdminSandboxStore::App &app, const QString &method, const QStringList &rest,
              const QByteArray &body);
    Reply providers(AdminSandboxStore::App &app, const QString &method, const QStringList &rest,
                    const QByteArray &body);
    Reply secrets(AdminSandboxStore::App &app, const QString &method, const QStringList &rest,
                  const QByteArray &body);
    void noteChange(AdminSandboxStore::App &app, const QString &line);

    AdminSandboxStore *m_store;
};
