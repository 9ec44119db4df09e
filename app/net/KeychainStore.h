#pragma once

#include "net/KeychainBackend.h"

#include <QObject>
#include <QString>

#include <functional>

/// Admin API private keys in the system keychain (QtKeychain), asynchronous. Where no keychain service runs
/// it says so and stores nothing: there is no fallback to a file or QSettings.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability
    {
        Unknown, // no job has answered yet
        Available,
        Unavailable
    };
    using Status = KeychainBackend::Status;
    /// Receives a secret read from the keychain; a callback, so the secret is never a signal argument.
    using SecretCallback = std::function<void(const QString &secret)>;

    /// The system keychain (QtKeychainBackend).
    explicit KeychainStore(QObject *parent = nullptr);
    /// Another keychain, e.g. a test double; the store takes ownership of `backend`.
    explicit KeychainStore(KeychainBackend *backend, QObject *parent = nullptr);

    /// "okta-jwt-wizard": the keychain entries' service; the key is the Atlas public key.
    static QString serviceName();
    /// Shown when no keychain service answers.
    static QString fallbackMessage();

    Availability availability() const { return m_availability; }
    /// The last keychain error text (for a tooltip); empty when the last job succeeded.
    QString lastError() const { return m_lastError; }
    /// How the last job ended (NotFound after a read that found no entry).
    Status lastStatus() const { return m_lastStatus; }

    /// Reads the private key stored for `publicKey`; `onFound` runs only when there is one.
    void read(const QString &publicKey, const SecretCallback &onFound);
    void write(const QString &publicKey, const QString &privateKey);
    void remove(const QString &publicKey);

signals:
    /// A read ended: `found` says whether an entry existed (its secret went to the callback).
    void readDone(const QString &publicKey, bool found);
    void written(const QString &publicKey);
    void removed(const QString &publicKey);
    /// No keychain service answered; `message` is fallbackMessage().
    void unavailable(const QString &message);
    /// The keychain answered with an error (locked, access denied, ...); `message` says so in plain words
    /// and how to fix it.
    void failed(const QString &message);

private:
    /// Records the job's outcome; true when it succeeded (or, with `notFoundOk`, found no entry).
    bool settle(const KeychainBackend::Reply &reply, bool notFoundOk);

    KeychainBackend *m_backend;
    Availability m_availability = Availability::Unknown;
    Status m_lastStatus = Status::Ok;
    QString m_lastError;
};
