#pragma once

#include "cli/Command.h"
#include "core/Finding.h"
#include "core/JournalEntry.h"

#include "net/OktaUndoer.h"
#include "net/Undoer.h"

/// `okta-jwt undo [ENTRY]`: reverts one journaled remote change (default: the newest), after checking that
/// the remote object is still as the entry left it.
class UndoCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("undo"); }
    QString summary() const override
    {
        return QStringLiteral("Revert one journaled remote change (default: the newest).");
    }
    CliOptions options() const override;
    CliOptions arguments() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    void launch(const Undoer::Request &request, int timeout);
    void report(const DeployResult &result);
    static void printLines(const QString &heading, const QList<ProviderDiff::Entry> &lines);
    void startOkta(const std::optional<QString> &tokenFile, const Undoer::Request &request, int timeout);
    void reportOkta(const OktaUndoer::Outcome &outcome);

    bool m_json = false;
    JournalEntry m_entry;
    Undoer *m_undoer = nullptr;
    Findings m_warnings;
    QStringList m_steps;
};
