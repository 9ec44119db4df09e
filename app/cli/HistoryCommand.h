#pragma once

#include "cli/Command.h"

/// `okta-jwt history`: the journal of remote changes, newest first, for one App or Okta domain or all.
class HistoryCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override { return QStringLiteral("List the journal of remote changes."); }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    int run(const CommandArgs &parser);
};
