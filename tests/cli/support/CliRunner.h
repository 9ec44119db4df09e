#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

/// Runs the built `okta-jwt` binary and keeps what it printed, for CLI tests.
struct CliRun
{
    int exitCode = -1; // -2: crashed (killed by a signal), -1: did not finish in time (then killed)
    bool crashed = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// `memoryLimitBytes` > 0 caps the child's address space, so a runaway allocation fails fast in the child
/// instead of swapping the machine (ignored in sanitizer builds, which reserve huge address ranges).
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 60000, qint64 memoryLimitBytes = 0);

/// runCli as the unprivileged user nobody when the test runs as root (as CI does), so that file permissions
/// bind: the permission-denied paths would otherwise never be taken. Files it is to open must be reachable
/// by nobody (every folder above them searchable). As the calling user otherwise.
CliRun runCliUnprivileged(const QStringList &args, const QByteArray &stdinData = {},
                          QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

/// The system environment with HOME, the XDG folders and TMPDIR created under `root`, no session bus and no
/// MONGODB_ATLAS_* variables: whatever a run writes lands under `root`, where a test can look.
QProcessEnvironment isolatedEnvironment(const QString &root);

/// `env` with an Atlas API key pair in the Atlas CLI's variables.
QProcessEnvironment withApiKey(QProcessEnvironment env, const QString &publicKey, const QString &privateKey);
