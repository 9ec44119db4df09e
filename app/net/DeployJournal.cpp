#include "net/DeployJournal.h"

#include "net/AdminCall.h"

#include <QJsonDocument>

JournalEntry DeployJournal::entry(const QString &adminApi, const QString &projectId,
                                  const QString &appId) const
{
    JournalEntry e;
    e.adminApi = adminApi;
    e.projectId = projectId;
    e.appId = appId;
    e.clientAppId = m_clientAppId;
    e.undoOf = m_undoOf;
    return e;
}

AdminCall *DeployJournal::send(JournalEntry *entry, const std::function<AdminCall *()> &send,
                               AdminApiError *error) const
{
    entry->id = JournalEntry::newId();
    entry->time = QDateTime::currentDateTimeUtc();
    entry->outcome = JournalEntry::Outcome::Unknown;
    if (const Result<void> journaled = m_file.append(entry->beginRecord()); !journaled) {
        const Problem &problem = journaled.problem();
        *error = AdminApiError::make(AdminApiError::Kind::Usage, problem.code,
                                     problem.message + QLatin1Char(' ') + problem.fix);
        error->context = tr("nothing was sent: every write is journaled first");
        return nullptr;
    }
    AdminCall *call = send();
    // Connected before the caller's own slot, so the end record is written before the run moves on. The
    // file is copied: the call may outlive the run that sent it.
    QObject::connect(call, &AdminCall::finished, call,
                     [file = m_file, call, done = *entry] { complete(file, done, call); });
    return call;
}

void DeployJournal::complete(const JournalFile &file, JournalEntry entry, const AdminCall *call)
{
    const AdminApiError error = call->error();
    if (call->ok() && entry.action == QLatin1String("create"))
        entry.objectId =
            QJsonDocument::fromJson(call->body()).object().value(QStringLiteral("_id")).toString();
    // A 4xx or a refused redirect is an answer: nothing changed. Anything else (a timeout, a cut connection,
    // a cancel, a 5xx) may have reached the server, so the outcome stays unknown.
    const bool answered = (error.kind == AdminApiError::Kind::Http && error.httpStatus < 500) ||
                          error.kind == AdminApiError::Kind::Redirect ||
                          error.kind == AdminApiError::Kind::Usage;
    entry.end(call->ok() ? Problem() : Problem(error), answered);
    // The write is done either way; an entry left without its end reads as unknown.
    (void)file.append(entry.endRecord());
}

void DeployJournal::completeOk(JournalEntry entry, const QString &objectId) const
{
    entry.end({}, false);
    entry.objectId = objectId;
    // The begin record is on disk already: an entry without its end reads as "unknown", never as lost.
    (void)m_file.append(entry.endRecord());
}
