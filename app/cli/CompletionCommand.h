#pragma once

#include "cli/Command.h"

class CommandLine;

/// `okta-jwt completion bash|zsh|fish`: prints the completion script for that shell.
class CompletionCommand : public Command
{
    Q_OBJECT

public:
    explicit CompletionCommand(const CommandLine *commandLine) : m_commandLine(commandLine) {}
    QString name() const override { return QStringLiteral("completion"); }
    QString summary() const override
    {
        return QStringLiteral("Print the shell completion script for bash, zsh or fish.");
    }
    CliOptions options() const override { return {}; }
    CliOptions arguments() const override;
    void start(const CommandArgs &args, const QStringList &rawArgs) override;

private:
    const CommandLine *m_commandLine;
};
