#include "CliRunner.h"

#include <QDir>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define OWZ_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define OWZ_SANITIZED 1
#endif
#endif

CliRun runCli(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env,
              int timeoutMs, qint64 memoryLimitBytes)
{
    QProcess p;
    p.setProcessEnvironment(env);
#ifndef OWZ_SANITIZED
    if (memoryLimitBytes > 0)
        p.setChildProcessModifier([memoryLimitBytes] {
            const rlimit limit{rlim_t(memoryLimitBytes), rlim_t(memoryLimitBytes)};
            setrlimit(RLIMIT_AS, &limit);
        });
#else
    Q_UNUSED(memoryLimitBytes)
#endif
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), args);
    if (!p.waitForStarted(10000))
        qFatal("okta-jwt did not start");
    p.write(stdinData);
    p.closeWriteChannel();
    CliRun r;
    // Spin the event loop while waiting, so servers living in the test process (sandboxes) can answer.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    r.elapsedMs = clock.elapsed();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.timedOut = true;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -2 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment isolatedEnvironment(const QString &root)
{
    for (const char *sub : {"home/.config", "home/.cache", "home/.local/share", "home/.local/state", "tmp"})
        QDir(root).mkpath(QLatin1String(sub));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("MONGODB_ATLAS_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/home/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/home/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/home/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/home/.local/state"));
    env.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + root + QStringLiteral("/no-bus"));
    return env;
}

QProcessEnvironment withApiKey(QProcessEnvironment env, const QString &publicKey, const QString &privateKey)
{
    env.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), publicKey);
    env.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), privateKey);
    return env;
}
