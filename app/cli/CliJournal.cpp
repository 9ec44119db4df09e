#include "cli/CliJournal.h"

#include "cli/CliOutput.h"
#include "core/JournalFile.h"

std::optional<JournalHistory> CliJournal::read(const QString &path, bool quiet, Findings *warnings)
{
    const Result<JournalFile::Contents> r = JournalFile(path).read();
    if (!r) {
        CliOutput::fail({Finding::fromProblem(r.problem(), QStringLiteral("journal"))});
        return std::nullopt;
    }
    for (const JournalHistory::Skipped &s : r->history.skipped)
        warnings->append(Finding::warning(QStringLiteral("journal_line_skipped"), QStringLiteral("journal"),
                                          QStringLiteral("%1:%2: %3; the line was skipped and left as it is")
                                              .arg(path)
                                              .arg(s.line)
                                              .arg(s.reason)));
    if (!quiet)
        CliOutput::warnings(*warnings);
    return r->history;
}

QString CliJournal::entryLine(const JournalEntry &e)
{
    QString line =
        QStringLiteral("%1  %2  %3  %4  %5")
            .arg(e.id, e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")),
                 JournalEntry::outcomeName(e.outcome).leftJustified(7),
                 e.service == JournalEntry::okta() ? e.oktaDomain
                                                   : (e.clientAppId.isEmpty() ? e.appId : e.clientAppId),
                 e.actionText());
    if (!e.undoOf.isEmpty())
        line += QStringLiteral("  (undo of %1)").arg(e.undoOf);
    if (!e.error.isEmpty())
        line += QStringLiteral("\n    %1").arg(e.error);
    return line + QLatin1Char('\n');
}
