#include "HistoryCommand.h"

#include "CliJournal.h"
#include "CliOutput.h"
#include "ExitCode.h"
#include "JournalFile.h"

#include <QJsonArray>

void HistoryCommand::configure(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.")},
        {QStringLiteral("app"), QStringLiteral("Only this App (Client App ID or _id)."),
         QStringLiteral("ID")},
        {QStringLiteral("okta-domain"), QStringLiteral("Only this Okta domain."), QStringLiteral("D")},
    });
}

void HistoryCommand::start(const QCommandLineParser &parser, const QStringList &)
{
    Q_EMIT finished(run(parser));
}

int HistoryCommand::run(const QCommandLineParser &parser)
{
    const QString app = parser.value(QStringLiteral("app"));
    const QString domain = parser.value(QStringLiteral("okta-domain"));
    if (!parser.positionalArguments().isEmpty() || (!app.isEmpty() && !domain.isEmpty())) {
        CliOutput::error(
            QStringLiteral("usage"),
            QStringLiteral("history takes no arguments and at most one of --app and --okta-domain"));
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
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
