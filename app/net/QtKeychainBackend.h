#pragma once

#include "net/KeychainBackend.h"

namespace QKeychain {
class Job;
}

/// KeychainBackend over QtKeychain (Secret Service, KWallet), never with its plain-text fallback. A read that
/// QtKeychain reports as "not found" is checked once more with the Secret Service, which tells a locked entry
/// from a missing one.
class QtKeychainBackend : public KeychainBackend
{
    Q_OBJECT

public:
    using KeychainBackend::KeychainBackend;

    void read(const QString &service, const QString &key, const Callback &done) override;
    void write(const QString &service, const QString &key, const QString &secret,
               const Callback &done) override;
    void remove(const QString &service, const QString &key, const Callback &done) override;

    /// The Status of a finished QtKeychain job.
    static Status statusOf(const QKeychain::Job *job);

private:
    void checkLocked(const QString &service, const QString &key, const Reply &notFound, const Callback &done);
};
