#include "ValidateCommand.h"

#include "AppDirectory.h"
#include "CliOutput.h"
#include "ExitCode.h"
#include "FileReader.h"
#include "ProviderValidator.h"
#include "ProvidersReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

CliOptions ValidateCommand::arguments() const
{
    return {
        CliOption::valued(QStringLiteral("path"), QStringLiteral("FILE|APP_DIR"),
                          QStringLiteral("auth/providers.json, auth_providers/custom-token.json or an app "
                                         "directory."),
                          CliOption::Group::Command, CliOption::Value::Path)};
}

CliOptions ValidateCommand::options() const
{
    return {CliOption::json()};
}

void ValidateCommand::start(const CommandArgs &parser, const QStringList &)
{
    Q_EMIT finished(run(parser));
}

int ValidateCommand::run(const CommandArgs &parser)
{
    if (parser.positionalArguments().size() != 1) {
        CliOutput::error(QStringLiteral("usage"),
                         QStringLiteral("validate takes exactly one FILE or APP_DIR"));
        return ExitUsage;
    }
    QString path = parser.positionalArguments().constFirst();
    // A file found in an app directory must be a regular one; a file named by the user may be a pipe.
    FileReader::Kind kind = FileReader::Kind::Any;
    if (QFileInfo(path).isDir()) {
        kind = FileReader::Kind::RegularOnly;
        const AppDirectory::Detection d = AppDirectory::detect(path);
        if (!d.ok) {
            CliOutput::error(d.errorCode, d.error);
            return ExitUsage;
        }
        path = d.providerFile;
    }
    const FileReader::Result file = FileReader::read(path, kind);
    if (!file.ok) {
        CliOutput::error(file.errorCode, file.error);
        return ExitUsage;
    }
    const QByteArray &text = file.data;
    const ProvidersReader::Result read = ProvidersReader::readAny(text);
    if (!read.ok) {
        CliOutput::error(read.errorCode, QStringLiteral("%1 line %2, column %3: %4")
                                             .arg(path)
                                             .arg(read.line)
                                             .arg(read.column)
                                             .arg(read.error));
        return ExitUsage;
    }
    Findings findings = read.findings;
    if (!read.found)
        findings << Finding::error(QStringLiteral("custom_token_missing"), QStringLiteral("custom-token"),
                                   QStringLiteral("%1 has no custom-token provider.").arg(path),
                                   QStringLiteral("Create one with okta-jwt export."));
    else
        findings << ProviderValidator::validate(read.settings);
    const bool valid = !hasErrors(findings);
    if (parser.isSet(QStringLiteral("json"))) {
        CliOutput::json({{QStringLiteral("valid"), valid},
                         {QStringLiteral("file"), path},
                         {QStringLiteral("findings"), CliOutput::findingsJson(findings)}});
    } else {
        for (const Finding &f : findings)
            CliOutput::finding(f);
        CliOutput::out(valid ? QStringLiteral("%1: valid (%2 warnings)\n").arg(path).arg(findings.size())
                             : QStringLiteral("%1: invalid\n").arg(path));
    }
    return valid ? ExitOk : ExitCheckFailed;
}
