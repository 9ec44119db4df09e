#pragma once

#include "Command.h"

#include <QList>
#include <QObject>

/// Picks the sub-command from argv, parses its options and runs it; finished() carries the exit code.
class CommandLine : public QObject
{
    Q_OBJECT

public:
    explicit CommandLine(QObject *parent = nullptr);
    /// Registers a command; CommandLine takes ownership.
    void add(Command *command);
    /// Starts handling `args` (argv, program name first). Emits finished() once, possibly before returning.
    void start(const QStringList &args);

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString overview() const;
    QList<Command *> m_commands;
};
