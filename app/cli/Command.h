#pragma once

#include "cli/CliOption.h"
#include "cli/CommandArgs.h"

#include <QObject>
#include <QStringList>

/// One `okta-jwt` sub-command. Commands that wait on the network finish later, so the result is a signal.
class Command : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// The options this command reads: the one table its parser, --help, man page and completions use.
    virtual CliOptions options() const = 0;
    /// Its positional arguments (name, valueName as the syntax, description), if any.
    virtual CliOptions arguments() const { return {}; }
    /// options() and --help: everything the parser accepts.
    CliOptions allOptions() const { return options() << CliOption::help(); }
    /// Runs with the parsed arguments; emits finished() exactly once.
    virtual void start(const CommandArgs &args, const QStringList &rawArgs) = 0;

Q_SIGNALS:
    void finished(int exitCode);
};
