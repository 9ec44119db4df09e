#pragma once

#include "cli/Command.h"

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
    /// Registers every `okta-jwt` command, in the order the overview lists them.
    void addAll();
    const QList<Command *> &commands() const { return m_commands; }
    /// Starts handling `args` (argv, program name first). Emits finished() once, possibly before returning.
    void start(const QStringList &args);
    /// The options the last command read while it started (sorted): what its option table must hold.
    QStringList optionsRead() const { return m_optionsRead; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString overview() const;
    Command *find(const QString &name) const;
    void run(Command *command, const QStringList &args);
    void usageError(const QString &message);
    QList<Command *> m_commands;
    QStringList m_optionsRead;
};
