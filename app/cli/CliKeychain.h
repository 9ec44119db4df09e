#pragma once

#include <QString>

#include <functional>

class KeychainStore;
class QObject;

/// The third source of the private API key, after the environment and --private-key-file: the system
/// keychain entry the wizard saved for the public key.
class CliKeychain
{
public:
    /// Reads the entry `key`: calls `found` with it, or `missing` once with the store (its lastStatus() and
    /// lastError() say why there is none). `keychain` is the system's when null (tests pass a double); the
    /// lookup lives as long as `owner`.
    static void readSecret(QObject *owner, KeychainStore *keychain, const QString &key,
                           const std::function<void(const QString &)> &found,
                           const std::function<void(KeychainStore *)> &missing);
    /// The private API key of `publicKey`: calls `found` with it; when there is none, prints the one error
    /// line that names why (no entry, no keychain service, locked, access refused) and its fix, then calls
    /// `missing`.
    static void readPrivateKey(QObject *owner, KeychainStore *keychain, const QString &publicKey,
                               const std::function<void(const QString &)> &found,
                               const std::function<void()> &missing);
};
