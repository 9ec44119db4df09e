#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

/// Runs the built `okta-jwt` binary and keeps what it printed, for CLI tests.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
