#include "CliRunner.h"

#include <QProcess>

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
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
