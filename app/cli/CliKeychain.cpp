#include "cli/CliKeychain.h"

#include "cli/AdminOptions.h"
#include "cli/CliOutput.h"
#include "net/KeychainStore.h"

#include <memory>
#include <utility>

void CliKeychain::readSecret(QObject *owner, KeychainStore *keychain, const QString &key,
                             const std::function<void(const QString &)> &found,
                             const std::function<void(KeychainStore *)> &missing)
{
    if (!keychain)
        keychain = new KeychainStore(owner);
    auto reported = std::make_shared<bool>(false); // a miss may be signalled twice (no service, then done)
    const auto fail = [keychain, missing, reported] {
        if (!std::exchange(*reported, true))
            missing(keychain);
    };
    QObject::connect(keychain, &KeychainStore::unavailable, owner, fail);
    QObject::connect(keychain, &KeychainStore::failed, owner, fail);
    QObject::connect(keychain, &KeychainStore::readDone, owner, [fail](const QString &, bool ok) {
        if (!ok)
            fail();
    });
    keychain->read(key, found);
}

void CliKeychain::readPrivateKey(QObject *owner, KeychainStore *keychain, const QString &publicKey,
                                 const std::function<void(const QString &)> &found,
                                 const std::function<void()> &missing)
{
    readSecret(owner, keychain, publicKey, found, [publicKey, missing](KeychainStore *store) {
        AdminOptions::Parsed miss;
        miss.publicKey = publicKey;
        AdminOptions::keychainMiss(store->lastStatus(), store->lastError(), &miss);
        CliOutput::error(miss.errorCode, miss.error);
        missing();
    });
}
