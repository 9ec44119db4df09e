#include "core/SigningKeyFile.h"

#include "core/FileReader.h"
#include "core/ProviderValidator.h"

SigningKeyFile::Result SigningKeyFile::read(const QString &name, const QString &path)
{
    Result r;
    const FileReader::Result file = FileReader::read(path, FileReader::Kind::Any, kMaxBytes);
    if (!file.ok) {
        r.errorCode = file.errorCode == QLatin1String("file_too_large") ? file.errorCode
                                                                        : QStringLiteral("signing_key_file");
        r.error = tr("cannot read the value of signing key %1: %2").arg(name, file.error);
        return r;
    }
    r.ok = true;
    r.value = QString::fromUtf8(file.data).trimmed();
    r.findings = ProviderValidator::validateSigningKeyValue(name, r.value);
    return r;
}
