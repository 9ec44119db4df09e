#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

/// Small helpers for tests that read fixtures under tests/data and compare file trees.
namespace TestFiles {
QByteArray read(const QString &path);
QString dataPath(const QString &relative);
/// Copies a fixture folder (recursively) into `target`.
bool copyTree(const QString &source, const QString &target);
/// Every file below `root` with its bytes, for "nothing else changed" assertions.
QMap<QString, QByteArray> snapshot(const QString &root);
} // namespace TestFiles
