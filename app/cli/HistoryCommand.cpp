#include "cli/HistoryCommand.h"

#include "cli/CliJournal.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "core/JournalFile.h"

#include <QJsonArray>

CliOptions HistoryCommand::options() const
{
    using O = CliOption;
    return {O::valued(QStringLiteral("app"), QStringLiteral("ID"),
                      QStringLiteral("Only this App (Client App ID or _id)."), O::Group::Command),
            O::valued(QStringLiteral("okta-domain"), QStringLiteral("D"),
                      QStringLiteral("Only this Okta domain."), O::Group::Command),
            O::json()};
}

void HistoryCommand::start(const CommandArgs &parser, const QStringList &)
{
    Q_EMIT finished(run(parser));
}

int HistoryCommand::run(const CommandArgs &parser)
{
    const QString app = parser.value(QStringLiteral("app"));
    const QString domain = parser.value(QStringLiteral("okta-domain"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.positionalArguments().isEmpty() || (!app.isEmpty() && !domain.isEmpty())) {
        CliOutput::error(
            QStringLiteral("usage"),
            QStringLiteral("history takes no arguments and at most one of --app and --okta-domain"));
        return ExitUsage;
    }
    const QString path = JournalFile::defaultPath();
    Findings warnings;
    const auto history = CliJournal::read(path, json, &warnings);
    if (!history)
        return ExitUsage;
    const QList<JournalEntry> entries = history->newestFirst(app, domain);
    if (json) {
        QJsonArray list;
        for (const JournalEntry &e : entries)
            list.append(e.toJson());
        CliOutput::json({{QStringLiteral("journal"), path},
                         {QStringLiteral("entries"), list},
                         {QStringLiteral("findings"), CliOutput::findingsJson(warnings)}});
        return ExitOk;
    }
    if (entries.isEmpty()) {
        CliOutput::out(
            QStringLiteral("no remote changes journaled%1 (journal: %2)\n")
                .arg(app.isEmpty() && domain.isEmpty() ? QString() : QStringLiteral(" for ") + app + domain,
                     path));
        return ExitOk;
    }
    QString text;
    for (const JournalEntry &e : entries)
        text += CliJournal::entryLine(e);
    CliOutput::out(text);
    return ExitOk;
}
