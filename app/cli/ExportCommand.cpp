#include "cli/ExportCommand.h"

#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "core/AppDirectory.h"

#include <QJsonArray>

namespace {
QString actionName(ProvidersMerger::Action a)
{
    switch (a) {
    case ProvidersMerger::Action::Unchanged:
        return QStringLiteral("unchanged");
    case ProvidersMerger::Action::Added:
        return QStringLiteral("added");
    case ProvidersMerger::Action::Replaced:
        return QStringLiteral("replaced");
    case ProvidersMerger::Action::NeedsConsent:
        return QStringLiteral("needs_replace");
    case ProvidersMerger::Action::Refused:
        break;
    }
    return QStringLiteral("refused");
}
} // namespace

CliOptions ExportCommand::options() const
{
    using O = CliOption;
    return CliOptions{O::valued(QStringLiteral("app-dir"), QStringLiteral("DIR"),
                                QStringLiteral("The app directory (appservices pull output)."),
                                O::Group::Command, O::Value::Directory),
                      O::flag(QStringLiteral("replace"),
                              QStringLiteral("Replace a different existing custom-token provider."),
                              O::Group::Command),
                      O::flag(QStringLiteral("dry-run"), QStringLiteral("Print the diff and write nothing."),
                              O::Group::Command)} +
           ProviderOptions::options() + CliOptions{O::json()};
}

void ExportCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    Q_EMIT finished(run(parser, rawArgs));
}

int ExportCommand::run(const CommandArgs &parser, const QStringList &rawArgs)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("app-dir"))) {
        CliOutput::error(QStringLiteral("usage"), QStringLiteral("export needs --app-dir DIR"));
        return ExitUsage;
    }
    const ProviderOptions::Parsed options = ProviderOptions::read(parser, rawArgs);
    if (!options.ok) {
        CliOutput::error(options.errorCode, options.error);
        return ExitUsage;
    }
    Findings findings = options.findings;
    if (hasErrors(findings)) { // nothing is touched for an invalid provider
        if (json)
            CliOutput::json({{QStringLiteral("valid"), false},
                             {QStringLiteral("findings"), CliOutput::findingsJson(findings)}});
        CliOutput::fail(findings, {}, json);
        return ExitCheckFailed;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const AppDirectory::Export e =
        AppDirectory::exportTo(parser.value(QStringLiteral("app-dir")), options.settings,
                               parser.isSet(QStringLiteral("replace")), dryRun);
    findings << e.findings;
    const bool needsConsent = e.action == ProvidersMerger::Action::NeedsConsent;
    const int code = !e.ok() ? ExitUsage : needsConsent ? ExitCheckFailed : ExitOk;
    Finding failure;
    if (!e.ok())
        failure = Finding::error(e.problem.code, QString(), e.problem.message);
    else if (needsConsent)
        failure = Finding::error(QStringLiteral("replace_needed"), QString(),
                                 QStringLiteral("%1 already has a different custom-token provider (the diff "
                                                "shows it); pass --replace to overwrite it")
                                     .arg(e.file));
    if (json) {
        QJsonObject report{{QStringLiteral("valid"), true},
                           {QStringLiteral("action"), actionName(e.action)},
                           {QStringLiteral("file"), e.file},
                           {QStringLiteral("written"), e.written},
                           {QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("diff"), e.diff},
                           {QStringLiteral("findings"), CliOutput::findingsJson(findings)}};
        if (!e.ok())
            report.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), e.problem.code},
                                      {QStringLiteral("message"), e.problem.message}});
        CliOutput::json(report);
        if (code != ExitOk)
            CliOutput::fail(findings, failure, true);
        return code;
    }
    if (e.ok() && (needsConsent || dryRun))
        CliOutput::out(e.diff);
    if (code != ExitOk) {
        CliOutput::fail(findings, failure);
        return code;
    }
    CliOutput::warnings(findings);
    if (e.action == ProvidersMerger::Action::Unchanged) {
        CliOutput::out(QStringLiteral("unchanged: %1 already has this provider\n").arg(e.file));
    } else {
        CliOutput::out(
            QStringLiteral("%1: %2 custom-token in %3\n")
                .arg(dryRun ? QStringLiteral("dry run") : QStringLiteral("done"),
                     dryRun ? QStringLiteral("would have ") + actionName(e.action) : actionName(e.action),
                     e.file));
    }
    return code;
}
