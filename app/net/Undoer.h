#pragma once

#include "core/JournalEntry.h"
#include "core/UndoPlan.h"
#include "net/DeployExecutor.h"
#include "net/DeployStage.h"

#include <QJsonObject>

#include <optional>

/// Reverts one journal entry over an AdminApiClient: login, read the object as it is now, plan (UndoPlan:
/// an object changed since is left alone unless forced), then a DeployExecutor sends the restoring write,
/// itself journaled as an undo of the entry (so it can be undone in turn).
class Undoer : public DeployStage
{
    Q_OBJECT

public:
    struct Request
    {
        QString publicKey;
        QString privateKey; // empty: reuse the client's session
        JournalEntry entry;
        bool force = false;  // undo even when the object changed since the entry
        bool dryRun = false; // stop after the plan: reads only
        bool useDraft = false;
    };

    explicit Undoer(AdminApiClient *client, QObject *parent = nullptr);

    /// False when the plan is decided by the entry alone (a Secret, a failed write, an unknown id): then no
    /// request is sent and no credentials are needed.
    static bool needsRemote(const JournalEntry &entry);

    /// Ignored while running. finished() always follows, exactly once: Blocked when the plan is refused,
    /// Planned after a dry run.
    void start(const Request &request);
    void cancel() override;
    DeployJournal &journal() { return m_executor->journal(); }
    UndoPlan plan() const { return m_plan; }
    void setPollInterval(int ms) { m_executor->setPollInterval(ms); }

signals:
    /// The plan, with the drift and the changes, before any write.
    void planReady(const UndoPlan &plan);

private:
    void readCurrent();
    void planUndo(const std::optional<QJsonObject> &current);

    DeployExecutor *m_executor;
    Request m_request;
    UndoPlan m_plan;
};
