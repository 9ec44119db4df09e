#pragma once

#include <QObject>
#include <QString>

#include <functional>

/// The system keychain as KeychainStore sees it: asynchronous read, write and remove of one entry, each
/// answered exactly once with a Reply. QtKeychainBackend is the real one; tests inject a double.
class KeychainBackend : public QObject
{
    Q_OBJECT

public:
    /// How a keychain job ended; the states a user must tell apart, each with its own fix.
    enum class Status
    {
        Ok,
        NotFound,  // the keychain answered: no entry for this key
        NoService, // no keychain service answers (none installed, or no session bus)
        Locked,    // the keychain is locked and was not unlocked (no prompt possible, or it was dismissed)
        Denied,    // the keychain refused this program access
        Failed     // the keychain answered with another error
    };
    struct Reply
    {
        Status status = Status::Ok;
        QString secret; // a read's value, only with Status::Ok
        QString detail; // the keychain's own error text, for tooltips and messages
    };
    using Callback = std::function<void(const Reply &reply)>;

    using QObject::QObject;

    virtual void read(const QString &service, const QString &key, const Callback &done) = 0;
    virtual void write(const QString &service, const QString &key, const QString &secret,
                       const Callback &done) = 0;
    virtual void remove(const QString &service, const QString &key, const Callback &done) = 0;
};
