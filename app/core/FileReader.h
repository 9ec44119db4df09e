#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Reads an input file whole, within a size limit, so a hostile path (/dev/zero, /dev/urandom, a huge
/// file, a FIFO planted in an app directory) fails with a clear error instead of exhausting memory or
/// blocking. Codes: file_missing, file_unreadable, file_too_large.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024; // far beyond any providers.json or profile

    enum class Kind
    {
        Any,        // what the user named: pipes (e.g. <(cmd)) are fine
        RegularOnly // found inside a directory: devices, FIFOs and sockets are refused unopened
    };
    /// The file's bytes, or a Problem (file_missing, file_unreadable, file_too_large) that names the file.
    static Result<QByteArray> read(const QString &path, Kind kind = Kind::Any, qint64 maxBytes = kMaxBytes);
};
