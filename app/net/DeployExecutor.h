#pragma once

#include "net/CreateCheck.h"
#include "net/DeployJournal.h"
#include "net/DeployStage.h"
#include "net/DraftDeployment.h"

#include <QMap>

/// Executes a DeployPlan: secrets, then the provider (POST or PATCH), then enable/disable; with a draft it
/// creates the draft first, deploys it last and polls the deployment. A failure or cancel before the deploy
/// discards the draft it created; an existing draft (DraftAlreadyExists) is reported with its diff and left
/// alone.
class DeployExecutor : public DeployStage
{
    Q_OBJECT

public:
    explicit DeployExecutor(AdminApiClient *client, QObject *parent = nullptr);

    /// `start` carries the App `_id` and the plan (and anything already recorded); finished() gives it back
    /// completed. Secret values are only sent, never stored in the result.
    void run(const QString &groupId, const DeployResult &start, const QMap<QString, QString> &secretValues);
    void cancel() override;
    void setPollInterval(int ms) { m_deployment->setPollInterval(ms); }
    void setMaxPolls(int n) { m_deployment->setMaxPolls(n); }
    /// Every write is journaled here before it is sent.
    DeployJournal &journal() { return m_journal; }

signals:
    void draftConflict(const QString &draftId, const QStringList &diff);

protected:
    void stop(DeployResult::Outcome outcome) override;

private:
    void createDraft();
    void reportDraftConflict(const AdminApiError &conflict);
    void writeSecret(int index);
    void writeProvider();
    /// Hands a failed POST to m_createCheck (unless it was cancelled); true when it did.
    bool relistAfterFailedCreate(const AdminApiError &error);
    void toggleProvider();
    /// Hands the run to m_deployment when there is a draft; its finished() ends this run.
    void deployDraft();
    void succeed();
    /// Created, Updated or Unchanged, after the plan.
    DeployResult::Outcome successOutcome() const;
    /// A journal entry for a write to the App; `before`/`after` as the server had it and as it will be.
    JournalEntry journalEntry(const QString &action, const QString &type, const QString &id,
                              const QString &name, const QJsonValue &before, const QJsonValue &after) const;
    /// Writes the begin record, sends the call `send` makes, and writes the end record once it finishes.
    /// Nothing is sent when the journal cannot take the entry (the run fails instead).
    AdminCall *journaled(JournalEntry *entry, const std::function<AdminCall *()> &send);
    QJsonObject providerWithId() const;

    DeployJournal m_journal;
    QString m_groupId;
    JournalEntry m_pendingCreate; // a POST that failed, in case listing again shows it took effect
    QMap<QString, QString> m_secretValues;
    bool m_deployPosted = false;
    CreateCheck *m_createCheck;
    DraftDeployment *m_deployment;
};
