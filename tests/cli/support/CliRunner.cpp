#include "CliRunner.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

CliRun runCli(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), args);
    if (!p.waitForStarted(10000))
        qFatal("okta-jwt did not start");
    p.write(stdinData);
    p.closeWriteChannel();
    CliRun r;
    // Spin the event loop while waiting, so servers living in the test process (sandboxes) can answer.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
