#pragma once

#include "cli/Command.h"

/// `okta-jwt export`: merges the provider into an app directory, changing only the custom-token entry.
class ExportCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Merge the provider into an App Services app directory.");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    int run(const CommandArgs &parser, const QStringList &rawArgs);
};
