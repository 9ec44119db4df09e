#include "net/OktaUndoer.h"

#include "core/JournalFile.h"
#include "core/OktaUndoPlan.h"
#include "net/OktaAdminClient.h"
#include "net/OktaAdminError.h"

#include <QDateTime>
#include <QJsonDocument>

OktaUndoer::OktaUndoer(OktaAdminClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void OktaUndoer::start(const JournalEntry &entry, bool dryRun, bool force)
{
    m_entry = entry;
    m_force = force;
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
    m_outcome.plan = OktaUndoPlan::make(m_entry, current, m_force);
    if (m_outcome.plan.isRefused() || m_outcome.dryRun)
        return finish();
    const bool putBack = m_outcome.plan.action == UndoPlan::Action::PatchBack;
    m_undo = {};
    m_undo.id = JournalEntry::newId();
    m_undo.time = QDateTime::currentDateTimeUtc();
    m_undo.service = JournalEntry::okta();
    m_undo.oktaDomain = m_entry.oktaDomain;
    m_undo.serverId = m_entry.serverId;
    m_undo.policyId = m_entry.policyId;
    m_undo.clientAppId = m_entry.clientAppId;
    m_undo.action = putBack ? QStringLiteral("replace") : QStringLiteral("delete");
    m_undo.objectType = m_entry.objectType;
    m_undo.objectId = m_entry.objectId;
    m_undo.objectName = m_entry.objectName;
    m_undo.before = current ? QJsonValue(*current) : QJsonValue::Null;
    m_undo.after = putBack ? QJsonValue(m_outcome.plan.restore) : QJsonValue::Null;
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
    const QString path = m_outcome.plan.path;
    if (putBack)
        return send(QStringLiteral("PUT"), path, m_outcome.plan.restore);
    // Okta deletes only an inactive authorization server.
    if (m_entry.objectType == QLatin1String("authorization-server") &&
        current->value(QStringLiteral("status")).toString() != QLatin1String("INACTIVE"))
        return m_client->request(QStringLiteral("POST"), path + QStringLiteral("/lifecycle/deactivate"), {},
                                 [this, path](const QByteArray &, const Problem &error) {
                                     if (!error.isNull() && error.code != QLatin1String("okta_not_found"))
                                         return journalEnd(error);
                                     send(QStringLiteral("DELETE"), path, {});
                                 });
    send(QStringLiteral("DELETE"), path, {});
}

void OktaUndoer::send(const QString &method, const QString &path, const QJsonObject &body)
{
    m_client->request(method, path, body, [this, method](const QByteArray &, const Problem &error) {
        // A DELETE that finds nothing: someone removed the object meanwhile, which is what undo wanted.
        m_outcome.alreadyGone =
            method == QLatin1String("DELETE") && error.code == QLatin1String("okta_not_found");
        journalEnd(m_outcome.alreadyGone ? Problem() : error);
    });
}

void OktaUndoer::journalEnd(const Problem &error)
{
    m_undo.end(error, OktaAdminError::refusedWrite(error));
    if (!m_journalPath.isEmpty())
        (void)JournalFile(m_journalPath).append(m_undo.endRecord());
    finish(error);
}

void OktaUndoer::finish(const Problem &error)
{
    m_outcome.error = error;
    emit finished(m_outcome);
}
