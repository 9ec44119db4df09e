#include "cli/CliKeychain.h"

#include "cli/AdminOptions.h"
#include "cli/CliOutput.h"
#include "net/KeychainStore.h"

void CliKeychain::readPrivateKey(QObject *owner, KeychainStore *keychain, const QString &publicKey,
                                 const std::function<void(const QString &)> &found,
                                 const std::function<void()> &missing)
{
    if (!keychain)
        keychain = new KeychainStore(owner);
    const auto fail = [keychain, publicKey, missing] {
        AdminOptions::Parsed miss;
        miss.publicKey = publicKey;
        AdminOptions::keychainMiss(keychain->lastStatus(), keychain->lastError(), &miss);
        CliOutput::error(miss.errorCode, miss.error);
        missing();
    };
    QObject::connect(keychain, &KeychainStore::unavailable, owner, fail);
    QObject::connect(keychain, &KeychainStore::failed, owner, fail);
    QObject::connect(keychain, &KeychainStore::readDone, owner, [fail](const QString &, bool ok) {
        if (!ok)
            fail();
    });
    keychain->read(publicKey, found);
}
