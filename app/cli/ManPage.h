#pragma once

#include <QList>
#include <QString>

class Command;

/// okta-jwt(1) in roff, made from the same option tables as --help (the build installs this output), so the
/// man page cannot list an option the program does not take or miss one it does.
class ManPage
{
public:
    static QString render(const QList<Command *> &commands, const QString &version);
};
