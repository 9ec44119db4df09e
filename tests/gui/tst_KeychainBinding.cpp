#include "FakeKeychain.h"
#include "net/KeychainStore.h"
#include "wizard/FindingLabel.h"
#include "wizard/KeychainBinding.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

// The wizard's API key fields bound to a keychain double: the stored key fills the field, and each keychain
// state shows its own message under the fields.
class tst_KeychainBinding : public QObject
{
    Q_OBJECT

    struct Fields
    {
        QLineEdit publicKey;
        QLineEdit privateKey;
        QCheckBox remember;
        FindingLabel status;
        FakeKeychain *fake = new FakeKeychain;
        KeychainStore store{fake};
        KeychainBinding binding{&store, &publicKey, &privateKey, &remember, &status};

        Fields()
        {
            publicKey.setText(QStringLiteral("pub"));
            remember.setChecked(true);
        }
        QString message() const { return status.messageText(); }
        FindingLabel::Kind kind() const { return status.kind(); }
    };

private slots:
    void storedKeyFillsTheField()
    {
        Fields f;
        f.fake->setEntry(KeychainStore::serviceName(), QStringLiteral("pub"), QStringLiteral("priv"));
        f.binding.readStoredKey();
        QTRY_COMPARE(f.privateKey.text(), QStringLiteral("priv"));
        QCOMPARE(f.message(), QStringLiteral("The private key for pub was read from the system keychain."));
        QVERIFY(f.remember.isChecked());
    }

    void loginStoresTheKey()
    {
        Fields f;
        f.privateKey.setText(QStringLiteral("typed"));
        f.binding.loggedIn();
        QTRY_COMPARE(f.message(),
                     QStringLiteral("The private key for pub is stored in the system keychain."));
        QVERIFY(f.fake->hasEntry(KeychainStore::serviceName(), QStringLiteral("pub")));
    }

    void eachStateShowsItsOwnMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("no service") << int(KeychainStore::Status::NoService)
                                    << KeychainStore::fallbackMessage() << false;
        QTest::newRow("locked")
            << int(KeychainStore::Status::Locked)
            << "The system keychain is locked and was not unlocked; the private key stays in "
               "memory for this session only. Unlock your login keyring to remember it."
            << true;
        QTest::newRow("denied")
            << int(KeychainStore::Status::Denied)
            << "The system keychain refused access (why); the private key stays in memory for "
               "this session only."
            << true;
    }

    void eachStateShowsItsOwnMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(bool, enabled);
        Fields f;
        f.fake->setEntry(KeychainStore::serviceName(), QStringLiteral("pub"), QStringLiteral("priv"));
        f.fake->failWith(KeychainStore::Status(status), QStringLiteral("why"));
        f.binding.readStoredKey();
        QTRY_COMPARE(f.message(), message);
        QCOMPARE(f.kind(), FindingLabel::Kind::Warning);
        QVERIFY(f.privateKey.text().isEmpty());
        QVERIFY(!f.remember.isChecked());
        // Only a missing keychain service disables "remember": a locked keyring can be unlocked and tried
        // again.
        QCOMPARE(f.remember.isEnabled(), enabled);
    }
};

QTEST_MAIN(tst_KeychainBinding)
#include "tst_KeychainBinding.moc"
