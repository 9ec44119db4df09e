#pragma once

#include "cli/CliOption.h"
#include "cli/CommandArgs.h"

#include <QString>

#include <functional>
#include <optional>

class KeychainStore;
class QObject;

/// Where `okta-setup` takes the Okta API token from: OKTA_API_TOKEN (or the Okta SDKs' OKTA_CLIENT_TOKEN),
/// --okta-api-token-file, else the system keychain entry for the Okta domain. Never a flag value.
class OktaTokenSource
{
public:
    static CliOptions options();
    /// Calls `found` with the token, or prints the one error line (code credentials_missing, keychain_*,
    /// okta_api_token_file) and calls `missing`. `keychain` is the system's when null.
    static void read(QObject *owner, KeychainStore *keychain, const CommandArgs &parser,
                     const QString &oktaDomain, const std::function<void(const QByteArray &)> &found,
                     const std::function<void()> &missing);
    /// The same, with --okta-api-token-file read earlier (nullopt: not given).
    static void read(QObject *owner, KeychainStore *keychain, const std::optional<QString> &tokenFile,
                     const QString &oktaDomain, const std::function<void(const QByteArray &)> &found,
                     const std::function<void()> &missing);
    /// The --okta-api-token-file given, or nullopt.
    static std::optional<QString> tokenFile(const CommandArgs &parser);
};
