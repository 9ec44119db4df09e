#pragma once

#include <QList>
#include <QString>

class Command;

/// Shell completion scripts made from the commands' option tables: command names, each command's options,
/// files or directories for the options that take them, and the fixed choices (--signing-algorithm).
/// Nothing is looked up at completion time: no network, no program run.
class CompletionScript
{
public:
    static QString bash(const QList<Command *> &commands);
    static QString zsh(const QList<Command *> &commands);
    static QString fish(const QList<Command *> &commands);
};
