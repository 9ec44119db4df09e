#include "net/QtKeychainBackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>
#include <qt6keychain/keychain.h>

namespace {
using Attributes = QMap<QString, QString>;
constexpr int kSearchTimeoutMs = 5000; // a local service answers at once; never hang a command on it

// Never QtKeychain's insecure fallback: it would write the secret in plain text to QSettings.
template <class JobT> JobT *makeJob(QObject *parent, const QString &service, const QString &key)
{
    auto *job = new JobT(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

KeychainBackend::Reply replyOf(const QKeychain::Job *job)
{
    KeychainBackend::Reply reply;
    reply.status = QtKeychainBackend::statusOf(job);
    if (reply.status != KeychainBackend::Status::Ok)
        reply.detail = job->errorString();
    return reply;
}
} // namespace

KeychainBackend::Status QtKeychainBackend::statusOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
        // libsecret: a locked keyring whose unlock failed or was dismissed (SECRET_ERROR_IS_LOCKED);
        // KWallet: a wallet that was not opened.
        return Status::Locked;
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is also what the D-Bus errors of a session without a secret service become.
        return Status::NoService;
    }
    return Status::Failed;
}

void QtKeychainBackend::read(const QString &service, const QString &key, const Callback &done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, service, key);
    connect(job, &QKeychain::Job::finished, this, [this, service, key, done](QKeychain::Job *j) {
        Reply reply = replyOf(j);
        if (reply.status == Status::NotFound)
            return checkLocked(service, key, reply, done);
        if (reply.status == Status::Ok)
            reply.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(reply);
    });
    job->start();
}

void QtKeychainBackend::write(const QString &service, const QString &key, const QString &secret,
                              const Callback &done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(replyOf(j)); });
    job->start();
}

void QtKeychainBackend::remove(const QString &service, const QString &key, const Callback &done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(replyOf(j)); });
    job->start();
}

// libsecret answers a read from a locked keyring whose unlock prompt could not be shown or was dismissed with
// "no such entry". The Secret Service's SearchItems also lists locked matches, and never prompts.
void QtKeychainBackend::checkLocked(const QString &service, const QString &key, const Reply &notFound,
                                    const Callback &done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return done(notFound);
    qDBusRegisterMetaType<Attributes>();
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    // The attributes QtKeychain's libsecret backend stores an entry under.
    call << QVariant::fromValue(
        Attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kSearchTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [notFound, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> items = *w;
        if (items.isError() || items.argumentAt<1>().isEmpty())
            return done(notFound);
        done({Status::Locked, {}, tr("the entry is in a locked keyring")});
    });
}
