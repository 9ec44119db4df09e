#pragma once

#include "cli/CliOption.h"
#include "cli/CommandArgs.h"
#include "core/Finding.h"
#include "core/ProviderSettings.h"

#include <QMap>

/// The provider options shared by generate, export, verify-token, diff and deploy.
class ProviderOptions
{
public:
    /// Secret files (signing-key values, the private API key) larger than this are refused, not cut.
    static constexpr qint64 kMaxSecretFileBytes = 64 * 1024;
    struct Parsed
    {
        bool ok = false;
        QString errorCode; // usage errors (exit 2): profile_unreadable, signing_key_file, ...
        QString error;
        ProviderSettings settings;
        QMap<QString, QString> signingKeyValues; // secret name -> its value, read once (deploy uploads it)
        Findings findings;                       // the provider's validation, and the key files' values
    };

    /// Write: the provider is written or deployed. Check: only a token is checked against it, so
    /// --disabled and the manual signing keys (which verify-token cannot use) are not options.
    enum class Use
    {
        Write,
        Check
    };

    static CliOptions options(Use use = Use::Write);
    /// Profile first, then the flags on top, then validation. `rawArgs` keeps the order of --claim /
    /// --require-claim.
    static Parsed read(const CommandArgs &parser, const QStringList &rawArgs, Use use = Use::Write);
    /// "PATH=FIELD" or "PATH" → a metadata field.
    static MetadataField parseClaim(const QString &value, bool required);
};
