#include "core/SigningKeyFile.h"

#include "core/FileReader.h"
#include "core/ProviderValidator.h"

Result<SigningKeyFile::Value> SigningKeyFile::read(const QString &name, const QString &path)
{
    const Result<QByteArray> file = FileReader::read(path, FileReader::Kind::Any, kMaxBytes);
    if (!file)
        return Problem{file.problem().code == QLatin1String("file_too_large")
                           ? file.problem().code
                           : QStringLiteral("signing_key_file"),
                       tr("cannot read the value of signing key %1: %2").arg(name, file.problem().message),
                       {}};
    Value v;
    v.value = QString::fromUtf8(*file).trimmed();
    v.findings = ProviderValidator::validateSigningKeyValue(name, v.value);
    return v;
}
