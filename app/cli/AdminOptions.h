#pragma once

#include "cli/CliOption.h"
#include "cli/CommandArgs.h"
#include "net/KeychainBackend.h"

#include <QMap>
#include <QString>

/// The Admin API options of `diff` and `deploy` and where the API key comes from.
/// The private key is read from the environment or a file, never from a flag value (it would show in `ps`).
class AdminOptions
{
public:
    struct Parsed
    {
        bool ok = false;
        QString errorCode; // usage errors (exit 2)
        QString error;
        QString projectId;
        QString clientAppId;
        QString appId;
        QString baseUrl;
        QString publicKey;
        QString privateKey; // in memory only, for the login request; empty: ask the system keychain
    };

    static constexpr const char *kDefaultBaseUrl = "https://services.cloud.mongodb.com/api/admin/v3.0";

    static CliOptions options();
    static Parsed read(const CommandArgs &parser);
    /// Why the system keychain gave no private key for `admin->publicKey` (`status` is not Ok): sets the
    /// error code and a message that names the state and its fix. `detail` is the keychain's own text.
    static void keychainMiss(KeychainBackend::Status status, const QString &detail, Parsed *admin);
    /// Only the API key and base URL, for commands whose target comes from elsewhere (`undo`).
    static Parsed readCredentials(const CommandArgs &parser);
};
