#include "CliKeychain.h"

#include "CliOutput.h"
#include "KeychainStore.h"

void CliKeychain::readPrivateKey(QObject *owner, const QString &publicKey,
                                 const std::function<void(const QString &)> &found,
                                 const std::function<void()> &missing)
{
    auto *keychain = new KeychainStore(owner);
    const auto fail = [missing](const QString &why) {
        CliOutput::error(
            QStringLiteral("credentials_missing"),
            QStringLiteral("no private API key: set MONGODB_ATLAS_PRIVATE_API_KEY or pass --private-key-file "
                           "(%1)")
                .arg(why));
        missing();
    };
    QObject::connect(keychain, &KeychainStore::unavailable, owner, fail);
    QObject::connect(keychain, &KeychainStore::failed, owner, fail);
    QObject::connect(keychain, &KeychainStore::readDone, owner, [fail](const QString &, bool ok) {
        if (!ok)
            fail(QStringLiteral("the system keychain has no key for this public key"));
    });
    keychain->read(publicKey, found);
}
