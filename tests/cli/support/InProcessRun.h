#pragma once

#include <QString>
#include <QStringList>

class Command;

/// One `okta-jwt` command run in this process, so that a test can hand it doubles (a keychain, say): its
/// exit code (-1 when it did not finish within the time) and what it printed on stderr.
struct InProcessRun
{
    int exitCode = -1;
    QString err;

    /// Runs `args` ("okta-jwt", the command's name, its options) with `command` as the only command.
    static InProcessRun of(Command *command, const QStringList &args, int timeoutMs = 20000);
};
