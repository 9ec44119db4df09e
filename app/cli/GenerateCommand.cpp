#include "cli/GenerateCommand.h"

#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "core/AppDirectory.h"
#include "core/ProvidersWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

CliOptions GenerateCommand::options() const
{
    return ProviderOptions::options()
           << CliOption::valued(QStringLiteral("output"), QStringLiteral("FILE"),
                                QStringLiteral("Write to FILE (atomically) instead of stdout; - is stdout."),
                                CliOption::Group::Output, CliOption::Value::File)
                  .withShort(QStringLiteral("o"))
           << CliOption::json();
}

void GenerateCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    Q_EMIT finished(run(parser, rawArgs));
}

int GenerateCommand::run(const CommandArgs &parser, const QStringList &rawArgs)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const ProviderOptions::Parsed options = ProviderOptions::read(parser, rawArgs);
    if (!options.ok) {
        CliOutput::error(options.errorCode, options.error);
        return ExitUsage;
    }
    Findings findings = options.findings;
    const bool valid = !hasErrors(findings);
    const QByteArray text = ProvidersWriter::providersFile(options.settings);
    const QString output = parser.value(QStringLiteral("output"));
    const bool toFile = !output.isEmpty() && output != QLatin1String("-");

    if (valid && toFile) {
        if (const Result<void> written = AppDirectory::writeAtomically(output, text); !written) {
            CliOutput::error(written.problem().code, written.problem().message);
            return ExitUsage;
        }
    }
    if (json) {
        QJsonObject report{{QStringLiteral("valid"), valid},
                           {QStringLiteral("findings"), CliOutput::findingsJson(findings)}};
        if (valid) {
            report.insert(QStringLiteral("providers"), QJsonDocument::fromJson(text).object());
            if (toFile)
                report.insert(QStringLiteral("file"), output);
        }
        CliOutput::json(report);
        if (!valid)
            CliOutput::fail(findings, {}, true);
        return valid ? ExitOk : ExitCheckFailed;
    }
    if (!valid) {
        CliOutput::fail(findings);
        return ExitCheckFailed;
    }
    CliOutput::warnings(findings);
    if (!toFile)
        CliOutput::outBytes(text);
    return ExitOk;
}
