#pragma once

#include "core/Problem.h"
#include "core/SandboxConnection.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QProcess;
class QTimer;

/// The wizard's --sandbox mode without linking the simulators: runs `okta-jwt sandbox --json` as a child
/// process, reads the connection from the line it prints once it listens (never waiting for it: started() or
/// failed() tells), mints demo tokens over HTTP, and ends the child with itself (on Linux also when this
/// process dies without cleaning up).
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    /// `okta-jwt` in this executable's own directory, as the packages install both.
    static QString siblingProgram();
    /// What start() runs (default: siblingProgram() with `sandbox --json`).
    void setCommand(const QString &program, const QStringList &arguments);
    /// Starts the child and returns at once. started() follows once it described itself; failed() when it
    /// cannot start, exits first, prints something else or stays silent for `timeoutMs` (the child is then
    /// ended before failed() is emitted).
    void start(int timeoutMs = 30000);
    /// Between start() and started() or failed().
    bool isStarting() const { return m_state == State::Starting; }
    /// Started, and the child still runs.
    bool isReady() const;
    bool isRunning() const;
    qint64 processId() const;
    /// What the child described; its mintDemoToken asks the child while this object lives.
    SandboxConnection connection();
    /// Asks the running child for a fresh demo token; `done` gets it from the event loop (empty on failure).
    void mintDemoToken(const std::function<void(const QByteArray &token)> &done);

    /// What okta-jwt-wizard gives its SetupWizard: the first call starts `program sandbox --json` as a child
    /// owned by `owner` and answers once it listens; calls while it starts share it, later calls get the
    /// running child at once; a failed or stopped child is replaced by a fresh one.
    static SandboxStarter starter(QObject *owner, const QString &program = siblingProgram());

signals:
    void started(const SandboxConnection &connection);
    void failed(const Problem &problem);

private:
    enum class State
    {
        Idle,
        Starting,
        Started,
        Failed
    };

    void readDescription();
    void childFinished();
    void fail(const QString &code, const QString &message);
    QString lastErrorLine() const;

    QProcess *m_process;
    QTimer *m_timeout;
    State m_state = State::Idle;
    Problem m_failure;                      // said by failed() once the ended child is reaped
    QNetworkAccessManager *m_nam = nullptr; // made by the first demo token
    QString m_program;
    QStringList m_arguments;
    SandboxConnection m_connection;
};
