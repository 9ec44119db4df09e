#include "TreeSnapshot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace TreeSnapshot {
QMap<QString, QString> take(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString state;
        if (info.isSymLink()) {
            state = QStringLiteral("link -> ") + info.symLinkTarget();
        } else if (info.isDir()) {
            state = QStringLiteral("dir");
        } else if (info.isFile()) {
            QFile f(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly))
                hash.addData(&f);
            state = QStringLiteral("file %1 bytes sha256 %2 mtime %3")
                        .arg(info.size())
                        .arg(QString::fromLatin1(hash.result().toHex()))
                        .arg(info.lastModified().toMSecsSinceEpoch());
        } else {
            state = QStringLiteral("special"); // FIFO, socket, device: never opened
        }
        out.insert(QDir(root).relativeFilePath(path), state);
    }
    return out;
}

QStringList differences(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QStringList out;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out << QStringLiteral("removed %1").arg(it.key());
        else if (after.value(it.key()) != it.value())
            out << QStringLiteral("changed %1: %2 -> %3").arg(it.key(), it.value(), after.value(it.key()));
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            out << QStringLiteral("created %1 (%2)").arg(it.key(), it.value());
    }
    return out;
}
} // namespace TreeSnapshot
