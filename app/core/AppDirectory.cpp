#include "core/AppDirectory.h"

#include "core/FileReader.h"
#include "core/JsonScanner.h"
#include "core/TextDiff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
// realm-cli config versions: 20210101 and later use auth/providers.json; earlier ones one file per provider.
constexpr qint64 kFirstCurrentVersion = 20210101;

// Files inside an app directory come from wherever the directory came from: only regular files, capped.
Result<QByteArray> readFile(const QString &path)
{
    return FileReader::read(path, FileReader::Kind::RegularOnly);
}

Problem detectionProblem(const char *code, const QString &message)
{
    return Problem{QString::fromLatin1(code), message, {}};
}

JsonStyle legacyNeighbourStyle(const QString &folder)
{
    JsonStyle style;
    style.keyOrder = JsonStyle::KeyOrder::Classic; // realm-cli v1 wrote the classic order
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("custom-token.json"))
            continue;
        const Result<QByteArray> text = readFile(QDir(folder).filePath(name));
        JsonScanner::ParseError pe;
        if (!text || !JsonScanner::parse(*text, &pe))
            continue;
        const JsonStyle own = ProvidersMerger::detectStyle(*text);
        style.indentUnit = own.indentUnit;
        style.newline = own.newline;
        if (ProvidersMerger::keyOrderOf(*text, JsonScanner::rootBegin(*text), &style.keyOrder))
            break;
    }
    return style;
}
} // namespace

Result<AppDirectory::Detection> AppDirectory::detect(const QString &dirPath)
{
    Detection d;
    const QDir dir(dirPath);
    if (dirPath.isEmpty() || !QFileInfo(dirPath).isDir())
        return detectionProblem("app_dir_missing", tr("the app directory %1 does not exist").arg(dirPath));
    const QStringList roots{QStringLiteral("root_config.json"), QStringLiteral("realm_config.json"),
                            QStringLiteral("config.json"), QStringLiteral("stitch.json")};
    for (const QString &name : roots) {
        if (!dir.exists(name))
            continue;
        const Result<QByteArray> text = readFile(dir.filePath(name));
        if (!text)
            return detectionProblem("root_config_unreadable", text.problem().message);
        JsonScanner::ParseError pe;
        if (!JsonScanner::parse(*text, &pe)) {
            return detectionProblem("root_config_malformed", tr("%1 line %2, column %3: %4")
                                                                 .arg(dir.filePath(name))
                                                                 .arg(pe.line)
                                                                 .arg(pe.column)
                                                                 .arg(pe.message));
        }
        const qint64 version = QJsonDocument::fromJson(text->mid(JsonScanner::bomSize(*text)))
                                   .object()
                                   .value(QStringLiteral("config_version"))
                                   .toInteger(kFirstCurrentVersion);
        d.rootConfig = name;
        d.layout = version >= kFirstCurrentVersion ? Layout::Current : Layout::Legacy;
        break;
    }
    if (d.rootConfig.isEmpty()) {
        if (QFileInfo(dir.filePath(QStringLiteral("auth"))).isDir())
            d.layout = Layout::Current;
        else if (QFileInfo(dir.filePath(QStringLiteral("auth_providers"))).isDir())
            d.layout = Layout::Legacy;
        else
            return detectionProblem(
                "app_dir_unrecognized",
                tr("%1 is not an App Services app directory (no root_config.json, realm_config.json, "
                   "config.json, stitch.json, auth/ or auth_providers/)")
                    .arg(dirPath));
    }
    d.providerFile = QDir::cleanPath(dir.absoluteFilePath(
        d.layout == Layout::Current ? QStringLiteral("auth/providers.json")
                                    : QStringLiteral("auth_providers/custom-token.json")));
    return d;
}

Result<void> AppDirectory::writeAtomically(const QString &path, const QByteArray &data)
{
    const auto failed = [](const QString &message) {
        return Problem{QStringLiteral("write_failed"), message, {}};
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(tr("cannot create the folder %1").arg(info.absolutePath()));
    QSaveFile file(path);
    // A short write (disk full, file size limit) is not always reported by write(); comparing the size on
    // disk before commit() keeps a truncated file from replacing the original.
    const bool written = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.flush() &&
                         file.size() == data.size();
    if (!written) {
        const QString reason = file.error() == QFileDevice::NoError ? tr("the data could not all be written")
                                                                    : file.errorString();
        file.cancelWriting();
        return failed(tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return failed(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

AppDirectory::Export AppDirectory::exportTo(const QString &dir, const ProviderSettings &settings,
                                            bool replace, bool dryRun)
{
    Export e;
    const Result<Detection> d = detect(dir);
    if (!d) {
        e.problem = d.problem();
        return e;
    }
    e.file = d->providerFile;
    QByteArray before;
    // A dangling symbolic link counts as present: writing through it would create a file elsewhere.
    if (QFileInfo::exists(e.file) || QFileInfo(e.file).isSymLink()) {
        const Result<QByteArray> read = readFile(e.file);
        if (!read) {
            e.problem = read.problem();
            return e;
        }
        before = *read;
    }
    const ProvidersMerger::Merge merged =
        d->layout == Layout::Current
            ? ProvidersMerger::mergeProvidersFile(before, settings, replace)
            : ProvidersMerger::mergeLegacyFile(before, legacyNeighbourStyle(QFileInfo(e.file).absolutePath()),
                                               settings, replace);
    e.action = merged.action;
    e.findings = merged.findings;
    if (merged.action == ProvidersMerger::Action::Refused) {
        e.problem = merged.problem;
        e.problem.message = merged.line > 0 ? tr("%1 line %2, column %3: %4")
                                                  .arg(e.file)
                                                  .arg(merged.line)
                                                  .arg(merged.column)
                                                  .arg(merged.problem.message)
                                            : QStringLiteral("%1: %2").arg(e.file, merged.problem.message);
        return e;
    }
    e.diff = TextDiff::unified(QString::fromUtf8(before), QString::fromUtf8(merged.text), e.file, e.file);
    // NeedsConsent: the diff shows what replacing would do, so the user can consent knowingly.
    if (merged.action == ProvidersMerger::Action::Unchanged ||
        merged.action == ProvidersMerger::Action::NeedsConsent || dryRun)
        return e;
    if (const Result<void> written = writeAtomically(e.file, merged.text); !written) {
        e.problem = written.problem();
        return e;
    }
    e.written = true;
    return e;
}
