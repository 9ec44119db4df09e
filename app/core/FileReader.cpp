#include "core/FileReader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

Result<QByteArray> FileReader::read(const QString &path, Kind kind, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Problem{QStringLiteral("file_missing"),
                       info.isSymLink() ? tr("%1 is a symbolic link to a missing file").arg(path)
                                        : tr("%1 does not exist").arg(path),
                       {}};
    }
    // QFileInfo follows symbolic links: a link to /dev/zero is not a regular file.
    if (kind == Kind::RegularOnly && !info.isFile()) {
        return Problem{
            QStringLiteral("file_unreadable"), tr("cannot read %1: not a regular file").arg(path), {}};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Problem{
            QStringLiteral("file_unreadable"), tr("cannot read %1: %2").arg(path, f.errorString()), {}};
    }
    const QByteArray data = f.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Problem{QStringLiteral("file_too_large"),
                       tr("%1 is larger than %2; this is not the file you meant")
                           .arg(path, QLocale::c().formattedDataSize(maxBytes)),
                       {}};
    if (f.error() != QFileDevice::NoError) {
        return Problem{
            QStringLiteral("file_unreadable"), tr("cannot read %1: %2").arg(path, f.errorString()), {}};
    }
    return data;
}
