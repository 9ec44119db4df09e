#include "cli/ValidateCommand.h"

#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "core/AppDirectory.h"
#include "core/FileReader.h"
#include "core/ProviderValidator.h"
#include "core/ProvidersReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <optional>

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
    std::optional<ProvidersReader::Form> expected; // what the app directory's layout requires
    if (QFileInfo(path).isDir()) {
        kind = FileReader::Kind::RegularOnly;
        const Result<AppDirectory::Detection> d = AppDirectory::detect(path);
        if (!d) {
            CliOutput::error(d.problem().code, d.problem().message);
            return ExitUsage;
        }
        path = d->providerFile;
        expected = d->layout == AppDirectory::Layout::Current ? ProvidersReader::Form::ProvidersFile
                                                              : ProvidersReader::Form::OneProvider;
    }
    const Result<QByteArray> file = FileReader::read(path, kind);
    if (!file) {
        CliOutput::error(file.problem().code, file.problem().message);
        return ExitUsage;
    }
    // FILE and APP_DIR alike: the file is read in the form its shape shows, and the output says which.
    const ProvidersReader::Reading read = ProvidersReader::readAny(*file);
    if (!read.ok()) {
        CliOutput::error(read.problem.code, QStringLiteral("%1 line %2, column %3: %4")
                                                .arg(path)
                                                .arg(read.line)
                                                .arg(read.column)
                                                .arg(read.problem.message));
        return ExitUsage;
    }
    const bool oneProvider = read.form == ProvidersReader::Form::OneProvider;
    Findings findings = read.findings;
    if (expected && *expected != read.form)
        findings.prepend(Finding::error(
            QStringLiteral("value_type"), path,
            oneProvider ? QStringLiteral("%1 holds one provider object, but in this app it must map each "
                                         "provider's name to its object.")
                              .arg(path)
                        : QStringLiteral("%1 maps provider names to objects, but in this app it must be the "
                                         "custom-token provider object itself.")
                              .arg(path),
            oneProvider ? QStringLiteral("Put the object under \"custom-token\": {...}.")
                        : QStringLiteral("Keep only the custom-token provider's object in the file.")));
    if (!read.found)
        findings << Finding::error(QStringLiteral("custom_token_missing"), QStringLiteral("custom-token"),
                                   QStringLiteral("%1 has no custom-token provider.").arg(path),
                                   QStringLiteral("Create one with okta-jwt export."));
    else
        findings << ProviderValidator::validate(read.settings);
    const bool valid = !hasErrors(findings);
    const QString readAs = oneProvider
                               ? QStringLiteral("one provider object")
                               : QStringLiteral("a providers file (provider name -> provider object)");
    if (parser.isSet(QStringLiteral("json"))) {
        CliOutput::json({{QStringLiteral("valid"), valid},
                         {QStringLiteral("file"), path},
                         {QStringLiteral("read_as"),
                          oneProvider ? QStringLiteral("provider") : QStringLiteral("providers")},
                         {QStringLiteral("findings"), CliOutput::findingsJson(findings)}});
        if (!valid)
            CliOutput::fail(findings, {}, true);
    } else {
        if (valid)
            CliOutput::warnings(findings);
        else
            CliOutput::fail(findings);
        CliOutput::out(valid ? QStringLiteral("%1: valid (%2 warnings), read as %3\n")
                                   .arg(path)
                                   .arg(findings.size())
                                   .arg(readAs)
                             : QStringLiteral("%1: invalid, read as %2\n").arg(path, readAs));
    }
    return valid ? ExitOk : ExitCheckFailed;
}
