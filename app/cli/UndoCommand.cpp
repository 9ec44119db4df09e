#include "cli/UndoCommand.h"

#include "cli/AdminOptions.h"
#include "cli/CliJournal.h"
#include "cli/CliKeychain.h"
#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/OktaTokenSource.h"
#include "core/JournalFile.h"
#include "core/OktaUndoPlan.h"
#include "net/AdminApiClient.h"
#include "net/OktaAdminClient.h"
#include "net/Undoer.h"

#include <QJsonArray>

CliOptions UndoCommand::arguments() const
{
    return {CliOption::valued(
        QStringLiteral("entry"), QStringLiteral("[ENTRY]"),
        QStringLiteral("The journal entry id (or a unique start of it); default: the newest "
                       "entry (of --app / --app-id and --project-id when given)."),
        CliOption::Group::Command)};
}

CliOptions UndoCommand::options() const
{
    using O = CliOption;
    return CliOptions{O::flag(QStringLiteral("dry-run"),
                              QStringLiteral("Read the remote and show what undo would send; send nothing."),
                              O::Group::Command),
                      O::flag(QStringLiteral("force"),
                              QStringLiteral("Undo even when the remote object changed since the entry."),
                              O::Group::Command),
                      O::flag(QStringLiteral("draft"),
                              QStringLiteral("Make the write in a draft, deploy it and wait."),
                              O::Group::Command)} +
           AdminOptions::options() + OktaTokenSource::options() + CliNetwork::options() +
           CliOptions{O::json()};
}

void UndoCommand::start(const CommandArgs &parser, const QStringList &)
{
    // Every option is read before the journal is: what the command reads does not depend on the journal.
    m_json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    const QString app = parser.isSet(QStringLiteral("app-id")) ? parser.value(QStringLiteral("app-id"))
                                                               : parser.value(QStringLiteral("app"));
    const QString projectId = parser.value(QStringLiteral("project-id"));
    const bool adminApiGiven = parser.isSet(QStringLiteral("admin-api"));
    const AdminOptions::Parsed admin = AdminOptions::readCredentials(parser);
    const std::optional<QString> oktaTokenFile = OktaTokenSource::tokenFile(parser); // Okta entries only
    Undoer::Request request;
    request.force = parser.isSet(QStringLiteral("force"));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.useDraft = parser.isSet(QStringLiteral("draft"));
    const int timeout = CliNetwork::timeoutMs(parser);
    QString error;
    if (timeout == 0 || !CliNetwork::configure(parser, &error)) {
        CliOutput::error(QStringLiteral("usage"),
                         timeout == 0 ? QStringLiteral("--timeout takes a positive number") : error);
        return Q_EMIT finished(ExitUsage);
    }
    if (positional.size() > 1) {
        CliOutput::error(QStringLiteral("usage"), QStringLiteral("undo takes at most one ENTRY"));
        return Q_EMIT finished(ExitUsage);
    }
    const auto history = CliJournal::read(JournalFile::defaultPath(), m_json, &m_warnings);
    if (!history)
        return Q_EMIT finished(ExitUsage);
    if (!positional.isEmpty()) {
        const auto found = history->find(positional.constFirst());
        if (!found) {
            CliOutput::error(found.problem().code,
                             found.problem().message + QStringLiteral(" (see okta-jwt history)"));
            return Q_EMIT finished(ExitUsage);
        }
        m_entry = *found;
    } else {
        // A write the server refused changed nothing, so the newest one that may have changed something.
        const QList<JournalEntry> entries = history->newestFirst(app);
        const auto it = std::find_if(entries.begin(), entries.end(), [&projectId](const JournalEntry &e) {
            return e.outcome != JournalEntry::Outcome::Failed &&
                   (projectId.isEmpty() || e.projectId == projectId);
        });
        if (it == entries.end()) {
            CliOutput::error(QStringLiteral("no_entry"),
                             QStringLiteral("the journal %1 has no change to undo%2")
                                 .arg(JournalFile::defaultPath(),
                                      app.isEmpty() ? QString() : QStringLiteral(" for App ") + app));
            return Q_EMIT finished(ExitUsage);
        }
        m_entry = *it;
    }
    if (m_entry.service == JournalEntry::okta())
        return startOkta(oktaTokenFile, request, timeout);
    request.entry = m_entry;
    if (Undoer::needsRemote(m_entry)) {
        if (!admin.ok) {
            CliOutput::error(admin.errorCode, admin.error);
            return Q_EMIT finished(ExitUsage);
        }
        // The entry names the Admin API it was made against; a different --admin-api is a mistake.
        if (adminApiGiven && admin.baseUrl != m_entry.adminApi) {
            CliOutput::error(QStringLiteral("usage"),
                             QStringLiteral("entry %1 was made against %2, not --admin-api %3")
                                 .arg(m_entry.id, m_entry.adminApi, admin.baseUrl));
            return Q_EMIT finished(ExitUsage);
        }
        request.publicKey = admin.publicKey;
        request.privateKey = admin.privateKey;
    }
    if (request.privateKey.isEmpty() && Undoer::needsRemote(m_entry))
        return CliKeychain::readPrivateKey(
            this, nullptr, request.publicKey,
            [this, request, timeout](const QString &privateKey) mutable {
                request.privateKey = privateKey;
                launch(request, timeout);
            },
            [this] { Q_EMIT finished(ExitUsage); });
    launch(request, timeout);
}

void UndoCommand::launch(const Undoer::Request &request, int timeout)
{
    auto *client = new AdminApiClient(CliNetwork::createManager(this), this);
    client->transport()->setTimeout(timeout);
    m_undoer = new Undoer(client, this);
    connect(m_undoer, &Undoer::stepFinished, this, [this](DeployStep::Id, bool ok, const QString &detail) {
        m_steps << detail;
        if (!m_json)
            CliOutput::out(
                QStringLiteral("%1 %2\n").arg(ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), detail));
    });
    connect(m_undoer, &Undoer::finished, this, &UndoCommand::report);
    m_undoer->start(request);
}

void UndoCommand::report(const DeployResult &result)
{
    const UndoPlan plan = m_undoer->plan();
    int code = result.exitCode();
    if (result.outcome == DeployResult::Outcome::Planned)
        code = ExitOk;
    if (m_json) {
        QJsonObject doc{{QStringLiteral("entry"), m_entry.toJson()},
                        {QStringLiteral("undo"), plan.toJson()},
                        {QStringLiteral("outcome"), result.outcomeName()},
                        {QStringLiteral("journal_ids"), QJsonArray::fromStringList(result.journalIds)},
                        {QStringLiteral("steps"), QJsonArray::fromStringList(m_steps)},
                        {QStringLiteral("findings"), CliOutput::findingsJson(m_warnings)}};
        if (!result.error.isNull())
            doc.insert(QStringLiteral("error"), result.error.toJson());
        if (!result.deploymentId.isEmpty())
            doc.insert(QStringLiteral("deployment_id"), result.deploymentId);
        CliOutput::json(doc);
        return Q_EMIT finished(code);
    }
    CliOutput::out(QStringLiteral("entry: ") + CliJournal::entryLine(m_entry));
    printLines(QStringLiteral("changed since the entry (recorded → now):\n"), plan.drift);
    if (plan.isRefused()) {
        CliOutput::error(plan.refusal.code,
                         plan.refusal.message + (plan.refusal.code == QLatin1String("remote_changed")
                                                     ? QStringLiteral(" Use --force to undo anyway.")
                                                     : QString()));
        return Q_EMIT finished(ExitCheckFailed);
    }
    if (!result.error.isNull())
        CliOutput::error(result.error.code, result.error.toLine().remove(0, result.error.code.size() + 2));
    if (result.hasPlan) {
        const bool done = result.ok() && result.outcome != DeployResult::Outcome::Planned;
        CliOutput::out((done ? QStringLiteral("undone: ") : QStringLiteral("undo would: ")) +
                       plan.describe() + QLatin1Char('\n'));
        printLines({}, plan.changes);
        if (!result.journalIds.isEmpty())
            CliOutput::out(QStringLiteral("journaled as %1 (undo it with: okta-jwt undo %1)\n")
                               .arg(result.journalIds.constLast()));
    }
    Q_EMIT finished(code);
}

void UndoCommand::printLines(const QString &heading, const QList<ProviderDiff::Entry> &lines)
{
    if (lines.isEmpty())
        return;
    CliOutput::out(heading);
    for (const ProviderDiff::Entry &line : lines)
        CliOutput::out(QStringLiteral("  ") + line.toLine() + QLatin1Char('\n'));
}

void UndoCommand::startOkta(const std::optional<QString> &tokenFile, const Undoer::Request &request,
                            int timeout)
{
    auto *client = new OktaAdminClient(CliNetwork::createManager(this), this);
    client->setTimeout(timeout);
    if (const Result<void> aimed = client->setOktaDomain(m_entry.oktaDomain); !aimed) {
        CliOutput::error(QStringLiteral("journal_entry"), aimed.problem().message);
        return Q_EMIT finished(ExitUsage);
    }
    auto *undoer = new OktaUndoer(client, this);
    undoer->setJournalPath(JournalFile::defaultPath());
    connect(undoer, &OktaUndoer::finished, this, &UndoCommand::reportOkta);
    if (!OktaUndoPlan::needsRemote(m_entry))
        return undoer->start(m_entry, request.dryRun,
                             request.force); // refused from the entry alone: no token needed
    OktaTokenSource::read(
        this, nullptr, tokenFile, m_entry.oktaDomain,
        [this, client, undoer, request](const QByteArray &token) {
            client->setToken(token);
            undoer->start(m_entry, request.dryRun, request.force);
        },
        [this] { Q_EMIT finished(ExitUsage); });
}

void UndoCommand::reportOkta(const OktaUndoer::Outcome &o)
{
    const bool failed = !o.error.isNull();
    // The journal is local: failing to write it is not a remote error, and nothing was sent then.
    const int code = o.plan.isRefused()                      ? ExitCheckFailed
                     : failed && o.error.where == u"journal" ? ExitUsage
                     : failed                                ? ExitRemote
                                                             : ExitOk;
    const QString outcome = o.plan.isRefused() ? QStringLiteral("blocked")
                            : failed           ? QStringLiteral("failed")
                            : o.dryRun         ? QStringLiteral("planned")
                            : o.alreadyGone    ? QStringLiteral("already_gone")
                                               : QStringLiteral("done");
    if (m_json) {
        QJsonObject doc{
            {QStringLiteral("entry"), m_entry.toJson()},
            {QStringLiteral("undo"), o.plan.toJson()},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("journal_ids"),
             QJsonArray::fromStringList(o.journalId.isEmpty() ? QStringList() : QStringList{o.journalId})},
            {QStringLiteral("findings"), CliOutput::findingsJson(m_warnings)}};
        if (failed)
            doc.insert(QStringLiteral("error"), o.error.toJson());
        CliOutput::json(doc);
        return Q_EMIT finished(code);
    }
    CliOutput::out(QStringLiteral("entry: ") + CliJournal::entryLine(m_entry));
    printLines(QStringLiteral("changed since the entry (recorded → now):\n"), o.plan.drift);
    if (o.plan.isRefused()) {
        CliOutput::error(o.plan.refusal.code,
                         o.plan.refusal.message + (o.plan.refusal.code == QLatin1String("remote_changed")
                                                       ? QStringLiteral(" Use --force to undo anyway.")
                                                       : QString()));
        return Q_EMIT finished(code);
    }
    if (failed) {
        const QString method =
            o.plan.action == UndoPlan::Action::PatchBack ? QStringLiteral("PUT ") : QStringLiteral("DELETE ");
        const QString step = o.error.where.isEmpty() ? method + o.plan.path : o.error.where;
        CliOutput::error(o.error.code, QStringLiteral("undo step %1 failed: %2").arg(step, o.error.message));
        return Q_EMIT finished(code);
    }
    if (o.alreadyGone)
        CliOutput::out(QStringLiteral("already gone: DELETE %1 answered 404; nothing was left to undo.\n")
                           .arg(o.plan.path));
    else
        CliOutput::out((o.dryRun ? QStringLiteral("undo would: ") : QStringLiteral("undone: ")) +
                       o.plan.describe() + QLatin1Char('\n'));
    printLines({}, o.plan.changes);
    if (!o.journalId.isEmpty())
        CliOutput::out(QStringLiteral("journaled as %1\n").arg(o.journalId));
    Q_EMIT finished(code);
}
