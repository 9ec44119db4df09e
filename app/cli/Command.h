#pragma once

#include <QCommandLineParser>
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
    /// Sets up the options and positional arguments of this command.
    virtual void configure(QCommandLineParser &parser) = 0;
    /// Runs with a parser that already holds the parsed arguments; emits finished() exactly once.
    virtual void start(const QCommandLineParser &parser, const QStringList &rawArgs) = 0;

Q_SIGNALS:
    void finished(int exitCode);
};
