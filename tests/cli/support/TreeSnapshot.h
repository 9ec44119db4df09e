#pragma once

#include <QMap>
#include <QString>

/// Every entry below a folder (files with their bytes and mtime, folders, symlinks with their targets,
/// other special files by type), never following a link or reading a FIFO: "nothing changed" assertions.
namespace TreeSnapshot {
QMap<QString, QString> take(const QString &root);
/// The entries that differ between two snapshots, one line each, for a failure message.
QStringList differences(const QMap<QString, QString> &before, const QMap<QString, QString> &after);
} // namespace TreeSnapshot
