#include "FakeKeychain.h"
#include "GuiTest.h"
#include "net/KeychainStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Where no keychain service runs (CI, and here on purpose), the store says so and writes nothing anywhere.
// Over a keychain double, every other state: each ends in its own status and message.
class tst_KeychainStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
        GuiTest::isolateSettings(m_dir);
    }

    void writeFallsBackToMemoryOnly()
    {
        KeychainStore store;
        QCOMPARE(store.availability(), KeychainStore::Availability::Unknown);
        QSignalSpy unavailable(&store, &KeychainStore::unavailable);
        QSignalSpy written(&store, &KeychainStore::written);
        store.write(QStringLiteral("pub"), QStringLiteral("s3cret-private-value"));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 20000);
        QCOMPARE(unavailable.first().first().toString(), KeychainStore::fallbackMessage());
        QCOMPARE(store.availability(), KeychainStore::Availability::Unavailable);
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(written.size(), 0);
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY(!GuiTest::readFile(it.next()).contains("s3cret-private-value"));
    }

    void readAndRemoveReportTheSame()
    {
        KeychainStore store;
        QSignalSpy unavailable(&store, &KeychainStore::unavailable);
        QSignalSpy read(&store, &KeychainStore::readDone);
        bool called = false;
        store.read(QStringLiteral("pub"), [&called](const QString &) { called = true; });
        store.remove(QStringLiteral("pub"));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 2, 20000);
        QVERIFY(!called);
        QCOMPARE(read.size(), 0);
    }

    void successPathOverADouble()
    {
        auto *fake = new FakeKeychain;
        KeychainStore store(fake);
        QSignalSpy written(&store, &KeychainStore::written);
        QSignalSpy read(&store, &KeychainStore::readDone);
        QSignalSpy removed(&store, &KeychainStore::removed);
        store.write(QStringLiteral("pub"), QStringLiteral("priv"));
        QVERIFY(written.isEmpty()); // answered from the event loop, like the real keychain
        QTRY_COMPARE(written.size(), 1);
        QVERIFY(fake->hasEntry(KeychainStore::serviceName(), QStringLiteral("pub")));
        QCOMPARE(store.availability(), KeychainStore::Availability::Available);
        QString secret;
        store.read(QStringLiteral("pub"), [&secret](const QString &value) { secret = value; });
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(secret, QStringLiteral("priv"));
        QCOMPARE(read.first().at(1).toBool(), true);
        QCOMPARE(store.lastStatus(), KeychainStore::Status::Ok);
        QVERIFY(store.lastError().isEmpty());

        store.remove(QStringLiteral("pub"));
        QTRY_COMPARE(removed.size(), 1);
        store.read(QStringLiteral("pub"), [&secret](const QString &) { secret = QStringLiteral("called"); });
        QTRY_COMPARE(read.size(), 2);
        QCOMPARE(read.last().at(1).toBool(), false);
        QCOMPARE(secret, QStringLiteral("priv"));
        QCOMPARE(store.lastStatus(), KeychainStore::Status::NotFound);
        store.remove(QStringLiteral("pub")); // nothing to delete is no failure
        QTRY_COMPARE(removed.size(), 2);
    }

    void eachFailureHasItsOwnMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("unavailable");
        QTest::addColumn<QString>("message");
        QTest::newRow("no service") << int(KeychainStore::Status::NoService) << true
                                    << KeychainStore::fallbackMessage();
        QTest::newRow("locked")
            << int(KeychainStore::Status::Locked) << false
            << "The system keychain is locked and was not unlocked; the private key stays in "
               "memory for this session only. Unlock your login keyring to remember it.";
        QTest::newRow("denied")
            << int(KeychainStore::Status::Denied) << false
            << "The system keychain refused access (the detail); the private key stays in "
               "memory for this session only.";
        QTest::newRow("other error")
            << int(KeychainStore::Status::Failed) << false
            << "The system keychain could not store the key (the detail); it stays in "
               "memory for this session only.";
    }

    void eachFailureHasItsOwnMessage()
    {
        QFETCH(int, status);
        QFETCH(bool, unavailable);
        QFETCH(QString, message);
        auto *fake = new FakeKeychain;
        fake->setEntry(KeychainStore::serviceName(), QStringLiteral("pub"), QStringLiteral("priv"));
        fake->failWith(KeychainStore::Status(status), QStringLiteral("the detail"));
        KeychainStore store(fake);
        QSignalSpy unavailableSpy(&store, &KeychainStore::unavailable);
        QSignalSpy failedSpy(&store, &KeychainStore::failed);
        QSignalSpy read(&store, &KeychainStore::readDone);
        bool called = false;
        store.read(QStringLiteral("pub"), [&called](const QString &) { called = true; });
        QSignalSpy &spy = unavailable ? unavailableSpy : failedSpy;
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), message);
        QCOMPARE(unavailableSpy.size() + failedSpy.size(), 1);
        QVERIFY(!called);
        QCOMPARE(read.size(), 0);
        QCOMPARE(store.lastStatus(), KeychainStore::Status(status));
        QCOMPARE(store.lastError(), QStringLiteral("the detail"));
        QCOMPARE(store.availability(), unavailable ? KeychainStore::Availability::Unavailable
                                                   : KeychainStore::Availability::Available);
    }
};

QTEST_MAIN(tst_KeychainStore)
#include "tst_KeychainStore.moc"
