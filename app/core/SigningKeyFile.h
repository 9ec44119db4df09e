#pragma once

#include "core/Finding.h"

#include <QCoreApplication>
#include <QString>

/// A signing key's value read from a file the way deploy uploads it: read once (a pipe can only be read
/// once, and a file could change in between), size-capped, surrounding whitespace dropped, then checked.
class SigningKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyFile)

public:
    static constexpr qint64 kMaxBytes = 64 * 1024;

    struct Result
    {
        bool ok = false;   // the file was read (the value may still have findings)
        QString errorCode; // signing_key_file, file_too_large
        QString error;
        QString value;
        Findings findings; // ProviderValidator::validateSigningKeyValue()
    };

    static Result read(const QString &name, const QString &path);
};
