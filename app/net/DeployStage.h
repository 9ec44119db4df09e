#pragma once

#include "core/DeployResult.h"
#include "core/DeployStep.h"
#include "net/AdminApiClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

/// Shared machinery of the deploy state machines: one call in flight, step signals, failure and cancel
/// handling.
class DeployStage : public QObject
{
    Q_OBJECT

public:
    explicit DeployStage(AdminApiClient *client, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    /// Stops after the current call (aborting it); subclasses clean up, then finished(Cancelled) follows.
    virtual void cancel();

signals:
    void stepStarted(DeployStep::Id step, const QString &description);
    void stepFinished(DeployStep::Id step, bool ok, const QString &detail);
    void finished(const DeployResult &result);

protected:
    using Handler = std::function<void(AdminCall *)>;
    /// Returns true when it handled the error itself.
    using ErrorHandler = std::function<bool(const AdminApiError &)>;

    /// A run starts from `start`: running, no cancel asked, nothing stopping.
    void startRun(const DeployResult &start);
    void begin(DeployStep::Id step, const QString &description);
    /// Emits stepFinished for the open step (once; a closed step stays closed).
    void closeStep(bool ok, const QString &detail);
    void end(const QString &detail) { closeStep(true, detail); }
    /// Waits for `call`; on success records `writeDescription` (when not empty) and runs onOk.
    void expect(AdminCall *call, const QString &writeDescription, Handler onOk, ErrorHandler onError = {});
    void fail(const AdminApiError &error);
    void failReply(const QString &what, const QString &parseError);
    /// Ends the run: subclasses may clean up first, then call finish().
    virtual void stop(DeployResult::Outcome outcome) { finish(outcome); }
    void finish(DeployResult::Outcome outcome);
    /// Logs in with the key pair (the private key is cleared once sent), then runs `next`.
    void login(const QString &publicKey, QString *privateKey, const std::function<void()> &next);

    AdminApiClient *m_client;
    DeployResult m_result;
    DeployStep::Id m_step = DeployStep::Login;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_stepOpen = false;
    bool m_stopping = false; // stop() is cleaning up; a late cancel() must not start it again
    QPointer<AdminCall> m_current;
};
