#pragma once

#include "core/JournalEntry.h"
#include "core/Problem.h"
#include "core/UndoPlan.h"

#include <QObject>
#include <QString>

#include <optional>

class OktaAdminClient;

/// Reverts one Okta journal entry over an OktaAdminClient: reads the object as it is now, plans
/// (OktaUndoPlan), then sends the DELETE (a server deactivated first) or the PUT back, itself journaled as
/// an undo of the entry.
class OktaUndoer : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        UndoPlan plan;
        Problem error;            // null unless a request or the journal failed
        QString journalId;        // the undo's own entry, once written
        bool alreadyGone = false; // the DELETE answered 404: someone removed the object meanwhile
        bool dryRun = false;
    };

    explicit OktaUndoer(OktaAdminClient *client, QObject *parent = nullptr);
    /// Where the undo is journaled; empty: not journaled.
    void setJournalPath(const QString &path) { m_journalPath = path; }
    /// finished() always follows, exactly once.
    /// `force`: put a replaced audience back even when the server changed since the entry.
    void start(const JournalEntry &entry, bool dryRun, bool force);

signals:
    void finished(const OktaUndoer::Outcome &outcome);

private:
    void planUndo(const std::optional<QJsonObject> &current);
    void send(const QString &method, const QString &path, const QJsonObject &body);
    void journalEnd(const Problem &error);
    void finish(const Problem &error = {});

    OktaAdminClient *m_client;
    QString m_journalPath;
    JournalEntry m_entry;
    JournalEntry m_undo;
    bool m_force = false;
    Outcome m_outcome;
};
