#pragma once

#include "core/AdminApiError.h"
#include "core/AdminReply.h"
#include "core/DeployStep.h"
#include "net/AdminCall.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AdminApiClient;

/// Lists a project's Apps for the App picker: logs in unless the client's session is open, then ONE listing.
/// Reports its steps like the Deployer does, so one progress list shows both.
class AppListLoader : public QObject
{
    Q_OBJECT

public:
    explicit AppListLoader(AdminApiClient *client, QObject *parent = nullptr);

    bool isRunning() const { return !m_call.isNull(); }
    /// An empty `privateKey` reuses the client's open session. finished() always follows, once.
    void start(const QString &publicKey, const QString &privateKey, const QString &groupId);
    /// Aborts the call in flight; finished() follows with the "cancelled" error.
    void cancel();

signals:
    void stepStarted(DeployStep::Id step, const QString &description);
    void stepFinished(DeployStep::Id step, bool ok, const QString &detail);
    void loggedIn();
    /// `error` is null on success.
    void finished(const QList<AdminReply::App> &apps, const AdminApiError &error);

private:
    void listApps();
    void fail(DeployStep::Id step, const AdminApiError &error);

    AdminApiClient *m_client;
    QPointer<AdminCall> m_call;
    QString m_groupId;
};
