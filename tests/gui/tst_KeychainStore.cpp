#include "GuiTest.h"
#include "KeychainStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Where no keychain service runs (CI, and here on purpose), the store says so and writes nothing anywhere.
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
};

QTEST_MAIN(tst_KeychainStore)
#include "tst_KeychainStore.moc"
