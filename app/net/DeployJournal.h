#pragma once

#include "core/AdminApiError.h"
#include "core/JournalEntry.h"
#include "core/JournalFile.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class AdminCall;

/// Journals the App Services writes of a deploy or undo run: a begin record before each request is sent, an
/// end record once its answer is known, so a run that dies mid-write leaves an "outcome unknown" entry.
class DeployJournal
{
    Q_DECLARE_TR_FUNCTIONS(DeployJournal)

public:
    explicit DeployJournal(const QString &path = JournalFile::defaultPath()) : m_file(path) {}

    QString path() const { return m_file.path(); }
    void setPath(const QString &path) { m_file = JournalFile(path); }
    /// Context of the next run's entries (the Client App ID is informative; the `_id` is the target).
    void setClientAppId(const QString &clientAppId) { m_clientAppId = clientAppId; }
    /// The entry the next run's writes revert (empty: a plain deploy).
    void setUndoOf(const QString &entryId) { m_undoOf = entryId; }

    /// A new entry for `adminApi`, project and App, with the context set above.
    JournalEntry entry(const QString &adminApi, const QString &projectId, const QString &appId) const;
    /// Writes the begin record, then makes the call with `send` and writes the end record when it finishes
    /// (a create's new `_id` from its reply). nullptr and *error, with nothing sent, when the journal cannot
    /// take the entry.
    AdminCall *send(JournalEntry *entry, const std::function<AdminCall *()> &send,
                    AdminApiError *error) const;
    /// Records that the write took effect after all (a create found by listing again).
    void completeOk(JournalEntry entry, const QString &objectId) const;

private:
    static void complete(const JournalFile &file, JournalEntry entry, const AdminCall *call);

    JournalFile m_file;
    QString m_clientAppId;
    QString m_undoOf;
};
