#pragma once

#include "net/KeychainBackend.h"

#include <QHash>
#include <QStringList>

/// A KeychainBackend in memory, for tests: entries by service and key, answered asynchronously like the real
/// keychain. failWith() makes every later job end in one state (locked, no service, ...) instead.
class FakeKeychain : public KeychainBackend
{
    Q_OBJECT

public:
    using KeychainBackend::KeychainBackend;

    void setEntry(const QString &service, const QString &key, const QString &secret);
    bool hasEntry(const QString &service, const QString &key) const;
    /// Every later job answers `status` with `detail`; Status::Ok goes back to the entries.
    void failWith(Status status, const QString &detail = {});
    /// "read KEY", "write KEY", "remove KEY" in the order the jobs started.
    QStringList calls() const { return m_calls; }

    void read(const QString &service, const QString &key, const Callback &done) override;
    void write(const QString &service, const QString &key, const QString &secret,
               const Callback &done) override;
    void remove(const QString &service, const QString &key, const Callback &done) override;

private:
    void answer(const Callback &done, const Reply &reply);
    bool failing(const Callback &done);

    QHash<QString, QString> m_entries; // "service\nkey" -> secret
    Status m_fail = Status::Ok;
    QString m_detail;
    QStringList m_calls;
};
