#include "net/DeployExecutor.h"

#include "core/AdminReply.h"

DeployExecutor::DeployExecutor(AdminApiClient *client, QObject *parent)
    : DeployStage(client, parent), m_createCheck(new CreateCheck(client, this)),
      m_deployment(new DraftDeployment(client, this))
{
    for (DeployStage *stage :
         {static_cast<DeployStage *>(m_createCheck), static_cast<DeployStage *>(m_deployment)}) {
        connect(stage, &DeployStage::stepStarted, this, &DeployStage::stepStarted);
        connect(stage, &DeployStage::stepFinished, this, &DeployStage::stepFinished);
    }
    connect(m_createCheck, &DeployStage::finished, this, [this](const DeployResult &result) {
        m_result = result;
        if (result.outcome != DeployResult::Outcome::Created)
            return stop(result.outcome); // discards a draft this run created
        m_journal.completeOk(m_pendingCreate, m_result.providerId);
        m_result.writesDone << tr("created the custom-token provider");
        toggleProvider();
    });
    connect(m_deployment, &DeployStage::finished, this, [this](const DeployResult &result) {
        m_result = result;
        finish(result.outcome);
    });
}

void DeployExecutor::run(const QString &groupId, const DeployResult &start,
                         const QMap<QString, QString> &secretValues)
{
    m_groupId = groupId;
    startRun(start);
    m_secretValues = secretValues;
    m_deployPosted = false;
    if (m_result.plan.useDraft)
        createDraft();
    else
        writeSecret(0);
}

void DeployExecutor::cancel()
{
    if (m_createCheck->isRunning())
        m_createCheck->cancel();
    else if (m_deployment->isRunning())
        m_deployment->cancel();
    else
        DeployStage::cancel();
}

void DeployExecutor::stop(DeployResult::Outcome outcome)
{
    m_stopping = true;
    m_secretValues.clear();
    // A draft this run created and did not deploy is discarded, so nothing is left half-done.
    if (m_result.draftId.isEmpty() || m_deployPosted || !m_result.draftDiff.isEmpty()) {
        finish(outcome);
        return;
    }
    begin(DeployStep::DiscardDraft, tr("Discard the draft %1").arg(m_result.draftId));
    AdminCall *call = m_client->discardDraft(m_groupId, m_result.appId, m_result.draftId);
    connect(call, &AdminCall::finished, this, [this, call, outcome] {
        m_result.draftDiscarded = call->ok();
        closeStep(call->ok(), call->ok() ? tr("Discarded.") : call->error().toLine());
        finish(outcome);
    });
}

void DeployExecutor::createDraft()
{
    begin(DeployStep::CreateDraft, tr("Create a deployment draft"));
    expect(
        m_client->createDraft(m_groupId, m_result.appId), {},
        [this](AdminCall *call) {
            const auto draft = AdminReply::draft(call->body());
            if (!draft)
                return failReply(tr("Draft"), draft.problem().message);
            m_result.draftId = draft->id;
            end(tr("Draft %1.").arg(draft->id));
            writeSecret(0);
        },
        [this](const AdminApiError &error) {
            if (!error.isDraftAlreadyExists())
                return false;
            reportDraftConflict(error);
            return true;
        });
}

void DeployExecutor::reportDraftConflict(const AdminApiError &conflict)
{
    // Show what the existing draft holds; it belongs to the user and is never discarded here.
    const auto giveUp = [this, conflict](const AdminApiError &) {
        fail(conflict);
        return true;
    };
    expect(
        m_client->currentDrafts(m_groupId, m_result.appId), {},
        [this, conflict, giveUp](AdminCall *call) {
            const auto drafts = AdminReply::drafts(call->body());
            if (!drafts || drafts->isEmpty())
                return fail(conflict);
            m_result.draftId = drafts->first().id;
            expect(
                m_client->draftDiff(m_groupId, m_result.appId, m_result.draftId), {},
                [this, conflict](AdminCall *diffCall) {
                    m_result.draftDiff = AdminReply::draftDiff(diffCall->body()).valueOr(QStringList());
                    if (m_result.draftDiff.isEmpty())
                        m_result.draftDiff << tr("(the existing draft has no changes listed)");
                    emit draftConflict(m_result.draftId, m_result.draftDiff);
                    fail(conflict);
                },
                giveUp);
        },
        giveUp);
}

void DeployExecutor::writeSecret(int index)
{
    if (index >= m_result.plan.secrets.size())
        return writeProvider();
    const DeployPlan::SecretWrite s = m_result.plan.secrets.at(index);
    const bool create = s.secretId.isEmpty();
    const QString what = (create ? tr("created secret %1") : tr("updated secret %1")).arg(s.name);
    begin(DeployStep::WriteSecret, (create ? tr("Create secret %1") : tr("Update secret %1")).arg(s.name));
    const QString value = m_secretValues.value(s.name);
    JournalEntry entry = journalEntry(
        create ? QStringLiteral("create") : QStringLiteral("update"), JournalEntry::secretType(), s.secretId,
        s.name, create ? QJsonValue() : JournalEntry::secretState(s.name, s.secretId, false),
        JournalEntry::secretState(s.name, s.secretId, true));
    AdminCall *call = journaled(&entry, [&] {
        return create ? m_client->createSecret(m_groupId, m_result.appId, s.name, value)
                      : m_client->updateSecret(m_groupId, m_result.appId, s.secretId, s.name, value);
    });
    if (!call)
        return;
    expect(call, what, [this, index](AdminCall *) {
        end(tr("Done."));
        writeSecret(index + 1);
    });
}

void DeployExecutor::writeProvider()
{
    const DeployPlan &plan = m_result.plan;
    if (plan.action == DeployPlan::ProviderAction::Unchanged)
        return toggleProvider();
    const QString name = plan.provider.value(QStringLiteral("name")).toString(QStringLiteral("custom-token"));
    if (plan.action == DeployPlan::ProviderAction::Update) {
        begin(DeployStep::WriteProvider, tr("Update the custom-token provider (PATCH)"));
        JournalEntry entry = journalEntry(QStringLiteral("update"), JournalEntry::providerType(),
                                          plan.providerId, name, m_result.remoteProvider, providerWithId());
        AdminCall *call = journaled(&entry, [&] {
            return m_client->updateProvider(m_groupId, m_result.appId, plan.providerId, plan.provider);
        });
        if (!call)
            return;
        expect(call, tr("updated the custom-token provider"), [this](AdminCall *) {
            end(tr("Updated."));
            toggleProvider();
        });
        return;
    }
    if (plan.action == DeployPlan::ProviderAction::Delete) {
        begin(DeployStep::WriteProvider, tr("Delete the custom-token provider (DELETE)"));
        JournalEntry entry = journalEntry(QStringLiteral("delete"), JournalEntry::providerType(),
                                          plan.providerId, name, m_result.remoteProvider, QJsonValue());
        AdminCall *call = journaled(
            &entry, [&] { return m_client->deleteProvider(m_groupId, m_result.appId, plan.providerId); });
        if (!call)
            return;
        expect(call, tr("deleted the custom-token provider"), [this](AdminCall *) {
            end(tr("Deleted."));
            deployDraft();
        });
        return;
    }
    begin(DeployStep::WriteProvider, tr("Create the custom-token provider (POST)"));
    JournalEntry entry = journalEntry(QStringLiteral("create"), JournalEntry::providerType(), {}, name,
                                      QJsonValue(), plan.provider);
    AdminCall *call =
        journaled(&entry, [&] { return m_client->createProvider(m_groupId, m_result.appId, plan.provider); });
    if (!call)
        return;
    expect(
        call, tr("created the custom-token provider"),
        [this](AdminCall *call) {
            if (const auto created = AdminReply::provider(call->body()))
                m_result.providerId = created->value(QStringLiteral("_id")).toString();
            end(tr("Created %1.").arg(m_result.providerId));
            toggleProvider();
        },
        [this, entry](const AdminApiError &error) {
            m_pendingCreate = entry;
            return relistAfterFailedCreate(error);
        });
}

bool DeployExecutor::relistAfterFailedCreate(const AdminApiError &postError)
{
    if (postError.kind == AdminApiError::Kind::Cancelled)
        return false;
    closeStep(false, postError.toLine());
    m_createCheck->run(m_groupId, m_result, postError);
    return true;
}

void DeployExecutor::toggleProvider()
{
    const DeployPlan::Toggle toggle = m_result.plan.toggle;
    if (toggle == DeployPlan::Toggle::None)
        return deployDraft();
    const bool enable = toggle == DeployPlan::Toggle::Enable;
    begin(DeployStep::ToggleProvider,
          enable ? tr("Enable the custom-token provider") : tr("Disable the custom-token provider"));
    // The state just before the toggle: what the PATCH sent, or the provider as read, either way with the
    // old `disabled` (whether a PATCH applies it is unconfirmed; this entry covers it).
    QJsonObject before = m_result.plan.action == DeployPlan::ProviderAction::Update ? providerWithId()
                                                                                    : m_result.remoteProvider;
    before.insert(QStringLiteral("disabled"), enable);
    QJsonObject after = before;
    after.insert(QStringLiteral("disabled"), !enable);
    JournalEntry entry = journalEntry(enable ? QStringLiteral("enable") : QStringLiteral("disable"),
                                      JournalEntry::providerType(), m_result.providerId,
                                      before.value(QStringLiteral("name")).toString(), before, after);
    AdminCall *call = journaled(&entry, [&] {
        return m_client->setProviderEnabled(m_groupId, m_result.appId, m_result.providerId, enable);
    });
    if (!call)
        return;
    expect(call, enable ? tr("enabled the custom-token provider") : tr("disabled the custom-token provider"),
           [this](AdminCall *) {
               end(tr("Done."));
               deployDraft();
           });
}

void DeployExecutor::deployDraft()
{
    if (m_result.draftId.isEmpty())
        return succeed();
    m_deployPosted = true; // from here the draft is the server's to deploy; it is no longer discarded
    m_secretValues.clear();
    m_deployment->run(m_groupId, m_result, successOutcome());
}

void DeployExecutor::succeed()
{
    m_secretValues.clear();
    finish(successOutcome());
}

DeployResult::Outcome DeployExecutor::successOutcome() const
{
    const DeployPlan &plan = m_result.plan;
    DeployResult::Outcome outcome = DeployResult::Outcome::Unchanged;
    if (plan.action == DeployPlan::ProviderAction::Create)
        outcome = DeployResult::Outcome::Created;
    else if (plan.action == DeployPlan::ProviderAction::Update ||
             plan.action == DeployPlan::ProviderAction::Delete || plan.toggle != DeployPlan::Toggle::None)
        outcome = DeployResult::Outcome::Updated;
    return outcome;
}

JournalEntry DeployExecutor::journalEntry(const QString &action, const QString &type, const QString &id,
                                          const QString &name, const QJsonValue &before,
                                          const QJsonValue &after) const
{
    JournalEntry e = m_journal.entry(m_client->transport()->baseUrl().toString(), m_groupId, m_result.appId);
    e.action = action;
    e.objectType = type;
    e.objectId = id;
    e.objectName = name;
    e.before = before.isObject() ? before : QJsonValue(QJsonValue::Null);
    e.after = after.isObject() ? after : QJsonValue(QJsonValue::Null);
    e.draftId = m_result.draftId;
    return e;
}

AdminCall *DeployExecutor::journaled(JournalEntry *entry, const std::function<AdminCall *()> &send)
{
    AdminApiError error;
    AdminCall *call = m_journal.send(entry, send, &error);
    if (!call)
        fail(error);
    else
        m_result.journalIds << entry->id;
    return call;
}

QJsonObject DeployExecutor::providerWithId() const
{
    QJsonObject o = m_result.plan.provider;
    o.insert(QStringLiteral("_id"), m_result.plan.providerId);
    return o;
}
