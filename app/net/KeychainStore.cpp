#include "net/KeychainStore.h"

#include "net/QtKeychainBackend.h"

KeychainStore::KeychainStore(QObject *parent) : KeychainStore(new QtKeychainBackend, parent) {}

KeychainStore::KeychainStore(KeychainBackend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    m_backend->setParent(this);
}

QString KeychainStore::serviceName()
{
    return QStringLiteral("okta-jwt-wizard");
}

QString KeychainStore::fallbackMessage()
{
    return tr("No system keychain is available; the private key stays in memory for this session only.");
}

void KeychainStore::read(const QString &publicKey, const SecretCallback &onFound)
{
    m_backend->read(serviceName(), publicKey,
                    [this, publicKey, onFound](const KeychainBackend::Reply &reply) {
                        const bool ok = settle(reply, true);
                        const bool found = ok && reply.status == Status::Ok;
                        if (found && onFound)
                            onFound(reply.secret);
                        if (ok)
                            emit readDone(publicKey, found);
                    });
}

void KeychainStore::write(const QString &publicKey, const QString &privateKey)
{
    m_backend->write(serviceName(), publicKey, privateKey,
                     [this, publicKey](const KeychainBackend::Reply &reply) {
                         if (settle(reply, false))
                             emit written(publicKey);
                     });
}

void KeychainStore::remove(const QString &publicKey)
{
    m_backend->remove(serviceName(), publicKey, [this, publicKey](const KeychainBackend::Reply &reply) {
        if (settle(reply, true))
            emit removed(publicKey);
    });
}

bool KeychainStore::settle(const KeychainBackend::Reply &reply, bool notFoundOk)
{
    m_lastStatus = reply.status;
    m_lastError = reply.detail;
    m_availability = reply.status == Status::NoService ? Availability::Unavailable : Availability::Available;
    switch (reply.status) {
    case Status::Ok:
        m_lastError.clear();
        return true;
    case Status::NotFound:
        if (!notFoundOk)
            break;
        m_lastError.clear();
        return true;
    case Status::NoService:
        emit unavailable(fallbackMessage());
        return false;
    case Status::Locked:
        emit failed(
            tr("The system keychain is locked and was not unlocked; the private key stays in memory for "
               "this session only. Unlock your login keyring to remember it."));
        return false;
    case Status::Denied:
        emit failed(tr("The system keychain refused access (%1); the private key stays in memory for this "
                       "session only.")
                        .arg(m_lastError));
        return false;
    case Status::Failed:
        break;
    }
    emit failed(tr("The system keychain could not store the key (%1); it stays in memory for this session "
                   "only.")
                    .arg(m_lastError));
    return false;
}
