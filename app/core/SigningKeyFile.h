#pragma once

#include "core/Finding.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

/// A signing key's value read from a file the way deploy uploads it: read once (a pipe can only be read
/// once, and a file could change in between), size-capped, surrounding whitespace dropped, then checked.
class SigningKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyFile)

public:
    static constexpr qint64 kMaxBytes = 64 * 1024;

    struct Value
    {
        QString value;
        Findings findings; // ProviderValidator::validateSigningKeyValue()
    };

    /// The value and what is wrong with it, or a Problem (signing_key_file, file_too_large) when the file
    /// could not be read.
    static Result<Value> read(const QString &name, const QString &path);
};
