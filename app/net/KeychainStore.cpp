#include "KeychainStore.h"

#include <qt6keychain/keychain.h>

namespace {
// Never QtKeychain's insecure fallback: it would write the secret in plain text to QSettings.
template <class JobT> JobT *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobT(KeychainStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainStore::KeychainStore(QObject *parent) : QObject(parent) {}

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
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, publicKey);
    connect(job, &QKeychain::Job::finished, this, [this, publicKey, onFound](QKeychain::Job *j) {
        const bool ok = settle(j, true);
        const bool found = ok && j->error() == QKeychain::NoError;
        if (found && onFound)
            onFound(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        if (ok)
            emit readDone(publicKey, found);
    });
    job->start();
}

void KeychainStore::write(const QString &publicKey, const QString &privateKey)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, publicKey);
    job->setTextData(privateKey);
    connect(job, &QKeychain::Job::finished, this, [this, publicKey](QKeychain::Job *j) {
        if (settle(j, false))
            emit written(publicKey);
    });
    job->start();
}

void KeychainStore::remove(const QString &publicKey)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, publicKey);
    connect(job, &QKeychain::Job::finished, this, [this, publicKey](QKeychain::Job *j) {
        if (settle(j, true))
            emit removed(publicKey);
    });
    job->start();
}

bool KeychainStore::settle(QKeychain::Job *job, bool notFoundOk)
{
    switch (job->error()) {
    case QKeychain::NoError:
        m_availability = Availability::Available;
        m_lastError.clear();
        return true;
    case QKeychain::EntryNotFound:
        m_availability = Availability::Available;
        m_lastError.clear();
        if (notFoundOk)
            return true;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        m_availability = Availability::Available;
        m_lastError = job->errorString();
        emit failed(tr("The system keychain refused access (%1); the private key stays in memory for this "
                       "session only.")
                        .arg(m_lastError));
        return false;
    default:
        // NoBackendAvailable, NotImplemented, and the D-Bus errors (OtherError) of a session without a
        // secret service: all mean there is no keychain to use.
        m_availability = Availability::Unavailable;
        m_lastError = job->errorString();
        emit unavailable(fallbackMessage());
        return false;
    }
    m_lastError = job->errorString();
    emit failed(tr("The system keychain could not store the key (%1); it stays in memory for this session "
                   "only.")
                    .arg(m_lastError));
    return false;
}
