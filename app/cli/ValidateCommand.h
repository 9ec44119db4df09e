#pragma once

#include "cli/Command.h"

/// `okta-jwt validate FILE|APP_DIR`: offline check of an existing custom-token provider, all findings listed.
class ValidateCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return QStringLiteral("Check a providers.json file or an app directory.");
    }
    CliOptions options() const override;
    CliOptions arguments() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    int run(const CommandArgs &parser);
};
