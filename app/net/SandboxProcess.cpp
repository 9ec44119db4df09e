#include "net/SandboxProcess.h"

#include "core/SandboxDescription.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent), m_process(new QProcess(this)),
      m_program(siblingProgram()), m_arguments{QStringLiteral("sandbox"), QStringLiteral("--json")}
{
    m_process->setStandardInputFile(QProcess::nullDevice());
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

bool SandboxProcess::start(QString *error, int timeoutMs)
{
    const QString name = QDir::toNativeSeparators(m_program);
    m_process->start(m_program, m_arguments, QIODevice::ReadOnly);
    if (!m_process->waitForStarted(timeoutMs))
        return fail(error, tr("%1 did not start: %2").arg(name, m_process->errorString()));
    // The child prints its one line only once both servers listen (its keys are made first).
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running && !deadline.hasExpired())
        m_process->waitForReadyRead(int(deadline.remainingTime()));
    if (!m_process->canReadLine()) {
        if (m_process->state() == QProcess::Running)
            return fail(error, tr("%1 printed no description within %2 s").arg(name).arg(timeoutMs / 1000.0));
        const QString why = lastErrorLine();
        return fail(
            error,
            why.isEmpty()
                ? tr("%1 stopped before it listened (exit code %2)").arg(name).arg(m_process->exitCode())
                : tr("%1 stopped before it listened: %2").arg(name, why));
    }
    const Result<SandboxConnection> described = SandboxDescription::parse(m_process->readLine());
    if (!described)
        return fail(error, tr("%1: %2").arg(name, described.problem().message));
    m_connection = described.value();
    // From here on the child's warnings go where the wizard's go, and nothing piles up unread.
    const auto forward = [process = m_process] {
        const QByteArray text = process->readAllStandardError();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    };
    forward();
    connect(m_process, &QProcess::readyReadStandardError, this, forward);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [process = m_process] { process->readAll(); });
    return true;
}

bool SandboxProcess::fail(QString *error, const QString &message)
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    m_connection = SandboxConnection();
    if (error)
        *error = message;
    return false;
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
    return [guard, program](SandboxConnection *connection, QString *error) {
        if (!guard) {
            if (error)
                *error = tr("The sandbox's owner is gone.");
            return false;
        }
        auto *sandbox = guard->findChild<SandboxProcess *>(QString(), Qt::FindDirectChildrenOnly);
        if (sandbox && !sandbox->isRunning()) {
            delete sandbox; // it stopped since: a fresh one
            sandbox = nullptr;
        }
        if (!sandbox) {
            sandbox = new SandboxProcess(guard);
            sandbox->setCommand(program, {QStringLiteral("sandbox"), QStringLiteral("--json")});
            if (!sandbox->start(error)) {
                delete sandbox;
                return false;
            }
        }
        *connection = sandbox->connection();
        return true;
    };
}
