#include "core/FileReader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

FileReader::Result FileReader::read(const QString &path, Kind kind, qint64 maxBytes)
{
    Result r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.errorCode = QStringLiteral("file_missing");
        r.error = info.isSymLink() ? tr("%1 is a symbolic link to a missing file").arg(path)
                                   : tr("%1 does not exist").arg(path);
        return r;
    }
    // QFileInfo follows symbolic links: a link to /dev/zero is not a regular file.
    if (kind == Kind::RegularOnly && !info.isFile()) {
        r.errorCode = QStringLiteral("file_unreadable");
        r.error = tr("cannot read %1: not a regular file").arg(path);
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.errorCode = QStringLiteral("file_unreadable");
        r.error = tr("cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    r.data = f.read(maxBytes + 1);
    if (r.data.size() > maxBytes) {
        r.data.clear();
        r.errorCode = QStringLiteral("file_too_large");
        r.error = tr("%1 is larger than %2; this is not the file you meant")
                      .arg(path, QLocale::c().formattedDataSize(maxBytes));
        return r;
    }
    if (f.error() != QFileDevice::NoError) {
        r.data.clear();
        r.errorCode = QStringLiteral("file_unreadable");
        r.error = tr("cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    r.ok = true;
    return r;
}
