#include "net/OktaUndoer.h"

#include "core/JournalFile.h"
#include "core/OktaUndoPlan.h"
#include "net/OktaAdminClient.h"
#include "net/OktaAdminError.h"

#include <QDateTime>
#include <QJsonDocument>

OktaUndoer::OktaUndoer(OktaAdminClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void OktaUndoer::start(const JournalEntry &entry, bool dryRun)
{
    m_entry = entry;
    m_outcome = {};
    m_outcome.dryRun = dryRun;
    if (!OktaUndoPlan::needsRemote(entry))
        return planUndo(std::nullopt);
    const QString path = OktaUndoPlan::objectPath(entry);
    m_client->request(QStringLiteral("GET"), path, {},
                      [this, path](const QByteArray &body, const Problem &error) {
                          if (error.code == QLatin1String("okta_not_found"))
                              return planUndo(std::nullopt);
                          if (!error.isNull())
                              return finish(error);
                          const QJsonDocument doc = QJsonDocument::fromJson(body);
                          if (!doc.isObject())
                              return finish(OktaAdminError::badReply(QStringLiteral("GET ") + path,
                                                                     tr("not a JSON object")));
                          planUndo(doc.object());
                      });
}

void OktaUndoer::planUndo(const std::optional<QJsonObject> &current)
{
    m_outcome.plan = OktaUndoPlan::make(m_entry, current);
    if (m_outcome.plan.isRefused() || m_outcome.dryRun)
        return finish();
    remove();
}

void OktaUndoer::remove()
{
    m_undo = {};
    m_undo.id = JournalEntry::newId();
    m_undo.time = QDateTime::currentDateTimeUtc();
    m_undo.service = JournalEntry::okta();
    m_undo.oktaDomain = m_entry.oktaDomain;
    m_undo.serverId = m_entry.serverId;
    m_undo.policyId = m_entry.policyId;
    m_undo.clientAppId = m_entry.clientAppId;
    m_undo.action = QStringLiteral("delete");
    m_undo.objectType = m_entry.objectType;
    m_undo.objectId = m_entry.objectId;
    m_undo.objectName = m_entry.objectName;
    m_undo.before = m_outcome.plan.changes.value(0).before;
    m_undo.undoOf = m_entry.id;
    if (!m_journalPath.isEmpty()) {
        if (const Result<void> journaled = JournalFile(m_journalPath).append(m_undo.beginRecord());
            !journaled) {
            Problem problem = journaled.problem();
            problem.where = QStringLiteral("journal");
            return finish(problem); // nothing was sent
        }
        m_outcome.journalId = m_undo.id;
    }
    m_client->request(
        QStringLiteral("DELETE"), m_outcome.plan.path, {}, [this](const QByteArray &, const Problem &error) {
            m_outcome.alreadyGone = error.code == QLatin1String("okta_not_found");
            const Problem failure = m_outcome.alreadyGone ? Problem() : error;
            m_undo.completedAt = QDateTime::currentDateTimeUtc();
            m_undo.outcome = failure.isNull()                        ? JournalEntry::Outcome::Ok
                             : OktaAdminError::refusedWrite(failure) ? JournalEntry::Outcome::Failed
                                                                     : JournalEntry::Outcome::Unknown;
            m_undo.error =
                failure.isNull() ? QString() : failure.code + QStringLiteral(": ") + failure.message;
            if (!m_journalPath.isEmpty())
                (void)JournalFile(m_journalPath).append(m_undo.endRecord());
            finish(failure);
        });
}

void OktaUndoer::finish(const Problem &error)
{
    m_outcome.error = error;
    emit finished(m_outcome);
}
