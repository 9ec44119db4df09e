#include "net/SandboxProcess.h"

#include "core/SandboxDescription.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent), m_process(new QProcess(this)), m_timeout(new QTimer(this)),
      m_program(siblingProgram()), m_arguments{QStringLiteral("sandbox"), QStringLiteral("--json")}
{
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("sandbox_silent"), tr("%1 printed no description within %2 s")
                                                   .arg(QDir::toNativeSeparators(m_program))
                                                   .arg(m_timeout->interval() / 1000.0));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_state == State::Starting)
            fail(QStringLiteral("sandbox_not_started"),
                 tr("%1 did not start: %2")
                     .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readDescription);
    // Once started, the child's warnings go where the wizard's go; before, they wait to explain an exit.
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        if (m_state == State::Started) {
            const QByteArray text = m_process->readAllStandardError();
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        }
    });
    connect(m_process, &QProcess::finished, this, &SandboxProcess::childFinished);
#ifdef Q_OS_LINUX
    // The kernel ends the child when the thread that started it dies, crash or SIGKILL included; the
    // second check covers a parent that died before the first took effect.
    const pid_t parentPid = ::getpid();
    m_process->setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid)
            ::_exit(1);
    });
#endif
}

SandboxProcess::~SandboxProcess()
{
    disconnect(m_process, nullptr, this, nullptr); // its end now says nothing to anybody
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // it keeps nothing worth a graceful stop
        m_process->waitForFinished(3000);
    }
}

QString SandboxProcess::siblingProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("okta-jwt"));
}

void SandboxProcess::setCommand(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

bool SandboxProcess::isRunning() const
{
    return m_process->state() == QProcess::Running;
}

qint64 SandboxProcess::processId() const
{
    return m_process->processId();
}

SandboxConnection SandboxProcess::connection()
{
    SandboxConnection connection = m_connection;
    const QPointer<SandboxProcess> self(this);
    connection.mintDemoToken = [self](const std::function<void(const QByteArray &)> &done) {
        if (self)
            self->mintDemoToken(done);
        else
            done(QByteArray());
    };
    return connection;
}

bool SandboxProcess::isReady() const
{
    return m_state == State::Started && isRunning();
}

void SandboxProcess::start(int timeoutMs)
{
    if (m_state == State::Starting)
        return;
    m_state = State::Starting;
    m_failure = Problem();
    m_connection = SandboxConnection();
    m_timeout->start(timeoutMs);
    m_process->start(m_program, m_arguments, QIODevice::ReadOnly);
}

void SandboxProcess::readDescription()
{
    if (m_state != State::Starting) {
        m_process->readAllStandardOutput(); // nothing more is expected: nothing piles up unread
        return;
    }
    // The child prints its one line only once both servers listen (its keys are made first).
    if (!m_process->canReadLine())
        return;
    const Result<SandboxConnection> described = SandboxDescription::parse(m_process->readLine());
    if (!described)
        return fail(QStringLiteral("sandbox_bad_description"),
                    tr("%1: %2").arg(QDir::toNativeSeparators(m_program), described.problem().message));
    m_connection = described.value();
    m_timeout->stop();
    m_state = State::Started;
    const QByteArray text = m_process->readAllStandardError();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    m_process->readAllStandardOutput();
    emit started(connection());
}

void SandboxProcess::childFinished()
{
    if (m_state == State::Starting) {
        readDescription(); // a line that came with the exit still counts
        if (m_state != State::Starting)
            return;
        const QString name = QDir::toNativeSeparators(m_program);
        const QString why = lastErrorLine();
        fail(QStringLiteral("sandbox_exited"),
             why.isEmpty()
                 ? tr("%1 stopped before it listened (exit code %2)").arg(name).arg(m_process->exitCode())
                 : tr("%1 stopped before it listened: %2").arg(name, why));
        return;
    }
    if (m_state == State::Failed && !m_failure.isNull())
        emit failed(std::exchange(m_failure, Problem()));
}

void SandboxProcess::fail(const QString &code, const QString &message)
{
    m_timeout->stop();
    m_state = State::Failed;
    m_connection = SandboxConnection();
    m_failure = Problem{code, message, QString()};
    if (m_process->state() == QProcess::NotRunning) {
        emit failed(std::exchange(m_failure, Problem()));
        return;
    }
    // It keeps nothing worth a graceful stop; failed() follows from childFinished() once it is gone, so
    // nobody waits here and nobody hears of the failure while the child still runs.
    m_process->kill();
}

QString SandboxProcess::lastErrorLine() const
{
    const QList<QByteArray> lines = m_process->readAllStandardError().trimmed().split('\n');
    return QString::fromUtf8(lines.constLast().trimmed());
}

void SandboxProcess::mintDemoToken(const std::function<void(const QByteArray &)> &done)
{
    if (!isRunning()) {
        QMetaObject::invokeMethod(
            this, [done] { done(QByteArray()); }, Qt::QueuedConnection);
        return;
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setProxy(QNetworkProxy::NoProxy); // the child listens on 127.0.0.1
    }
    QNetworkRequest request{QUrl(m_connection.demoTokenUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(request, QByteArray("{}"));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        done(reply->error() == QNetworkReply::NoError
                 ? answer.value(QLatin1String("access_token")).toString().toLatin1()
                 : QByteArray());
    });
}

SandboxStarter SandboxProcess::starter(QObject *owner, const QString &program)
{
    const QPointer<QObject> guard(owner);
    return [guard, program](const SandboxStarted &done) {
        if (!guard)
            return done(
                Problem{QStringLiteral("sandbox_owner_gone"), tr("The sandbox's owner is gone."), {}});
        auto *sandbox = guard->findChild<SandboxProcess *>(QString(), Qt::FindDirectChildrenOnly);
        if (sandbox && sandbox->isReady())
            return done(sandbox->connection());
        if (sandbox && !sandbox->isStarting()) {
            delete sandbox; // it failed or stopped since: a fresh one
            sandbox = nullptr;
        }
        const bool fresh = !sandbox;
        if (fresh) {
            sandbox = new SandboxProcess(guard);
            sandbox->setCommand(program, {QStringLiteral("sandbox"), QStringLiteral("--json")});
        }
        // One answer per call: whichever signal comes first ends both connections.
        auto *request = new QObject(sandbox);
        connect(sandbox, &SandboxProcess::started, request, [request, done](const SandboxConnection &c) {
            const SandboxStarted answer = done; // outlives the connection it came with
            delete request;
            answer(c);
        });
        connect(sandbox, &SandboxProcess::failed, request, [request, sandbox, done](const Problem &problem) {
            const SandboxStarted answer = done;
            delete request;
            sandbox->deleteLater(); // from inside its own signal: not at once
            answer(problem);
        });
        if (fresh)
            sandbox->start();
    };
}
