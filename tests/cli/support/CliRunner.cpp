#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

#include <functional>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define OWZ_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define OWZ_SANITIZED 1
#endif
#endif

namespace {
CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData,
                  const QProcessEnvironment &env, int timeoutMs, const std::function<void()> &inChild)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (inChild)
        p.setChildProcessModifier(inChild);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
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
} // namespace

CliRun runCli(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env,
              int timeoutMs, qint64 memoryLimitBytes)
{
    std::function<void()> limitMemory;
#ifndef OWZ_SANITIZED
    if (memoryLimitBytes > 0)
        limitMemory = [memoryLimitBytes] {
            const rlimit limit{rlim_t(memoryLimitBytes), rlim_t(memoryLimitBytes)};
            setrlimit(RLIMIT_AS, &limit);
        };
#else
    Q_UNUSED(memoryLimitBytes)
#endif
    return runProgram(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), args, stdinData, env, timeoutMs, limitMemory);
}

CliRun runCliUnprivileged(const QStringList &args, const QByteArray &stdinData, QProcessEnvironment env)
{
    if (geteuid() != 0)
        return runCli(args, stdinData, env);
    const passwd *nobody = getpwnam("nobody");
    const uid_t uid = nobody ? nobody->pw_uid : 65534;
    const gid_t gid = nobody ? nobody->pw_gid : 65534;
    // The build tree may sit where nobody cannot reach it (e.g. under /root): run a copy from a folder
    // everybody may enter.
    QTemporaryDir dir;
    const QString program = dir.filePath(QStringLiteral("okta-jwt"));
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    if (!dir.isValid() || !QFile::setPermissions(dir.path(), open) ||
        !QFile::copy(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), program) ||
        !QFile::setPermissions(program, open))
        qFatal("runCliUnprivileged: cannot copy okta-jwt to %s", qPrintable(dir.path()));
    // A leak report needs the suppressions file, which nobody may not be able to read; leaks are the other
    // runs' business.
    env.remove(QStringLiteral("LSAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    return runProgram(program, args, stdinData, env, 60000, [uid, gid] {
        // Never go on as root: the test would silently check something else.
        if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
            _exit(126);
    });
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
