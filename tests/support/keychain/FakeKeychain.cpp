#include "FakeKeychain.h"

#include <QTimer>

namespace {
QString id(const QString &service, const QString &key)
{
    return service + QLatin1Char('\n') + key;
}
} // namespace

void FakeKeychain::setEntry(const QString &service, const QString &key, const QString &secret)
{
    m_entries.insert(id(service, key), secret);
}

bool FakeKeychain::hasEntry(const QString &service, const QString &key) const
{
    return m_entries.contains(id(service, key));
}

void FakeKeychain::failWith(Status status, const QString &detail)
{
    m_fail = status;
    m_detail = detail;
}

void FakeKeychain::read(const QString &service, const QString &key, const Callback &done)
{
    m_calls << QStringLiteral("read ") + key;
    if (failing(done))
        return;
    const auto it = m_entries.constFind(id(service, key));
    answer(done, it == m_entries.cend() ? Reply{Status::NotFound, {}, QStringLiteral("Entry not found")}
                                        : Reply{Status::Ok, *it, {}});
}

void FakeKeychain::write(const QString &service, const QString &key, const QString &secret,
                         const Callback &done)
{
    m_calls << QStringLiteral("write ") + key;
    if (failing(done))
        return;
    setEntry(service, key, secret);
    answer(done, {});
}

void FakeKeychain::remove(const QString &service, const QString &key, const Callback &done)
{
    m_calls << QStringLiteral("remove ") + key;
    if (failing(done))
        return;
    answer(done, m_entries.remove(id(service, key))
                     ? Reply{}
                     : Reply{Status::NotFound, {}, QStringLiteral("Entry not found")});
}

// The real keychain answers from the event loop, never inside the call.
void FakeKeychain::answer(const Callback &done, const Reply &reply)
{
    QTimer::singleShot(0, this, [done, reply] { done(reply); });
}

bool FakeKeychain::failing(const Callback &done)
{
    if (m_fail == Status::Ok)
        return false;
    answer(done, {m_fail, {}, m_detail});
    return true;
}
