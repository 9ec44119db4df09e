#pragma once

#include "Command.h"
#include "Finding.h"
#include "JournalEntry.h"

struct DeployResult;
class Undoer;

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
    void configure(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser, const QStringList &rawArgs) override;

private:
    void report(const DeployResult &result);

    bool m_json = false;
    JournalEntry m_entry;
    Undoer *m_undoer = nullptr;
    Findings m_warnings;
    QStringList m_steps;
};
