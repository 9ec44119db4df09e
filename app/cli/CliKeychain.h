#pragma once

#include <QString>

#include <functional>

class QObject;

/// The third source of the private API key, after the environment and --private-key-file: the system
/// keychain entry the wizard saved for the public key.
class CliKeychain
{
public:
    /// Calls `found` with the key; when there is none (or no keychain), prints the credentials_missing error
    /// line and calls `missing`. The lookup lives as long as `owner`.
    static void readPrivateKey(QObject *owner, const QString &publicKey,
                               const std::function<void(const QString &)> &found,
                               const std::function<void()> &missing);
};
