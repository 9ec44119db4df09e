#pragma once

#include "cli/Command.h"

/// `okta-jwt generate`: prints (or writes) auth/providers.json for the given options.
class GenerateCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return QStringLiteral("Print auth/providers.json for the given options.");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    int run(const CommandArgs &parser, const QStringList &rawArgs);
};
