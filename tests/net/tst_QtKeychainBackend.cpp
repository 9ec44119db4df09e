#include "net/QtKeychainBackend.h"

#include <QTest>
#include <qt6keychain/keychain.h>

// What each QtKeychain error means for the user. On Linux, QtKeychain 0.13 reports a locked keyring whose
// unlock failed as AccessDenied (libsecret's IS_LOCKED, KWallet's unopened wallet), a missing service as
// NoBackendAvailable or as the D-Bus failure OtherError.
class tst_QtKeychainBackend : public QObject
{
    Q_OBJECT

private slots:
    void statusOfEachError_data()
    {
        using Status = KeychainBackend::Status;
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << int(QKeychain::NoError) << int(Status::Ok);
        QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << int(Status::NotFound);
        QTest::newRow("access denied (locked)") << int(QKeychain::AccessDenied) << int(Status::Locked);
        QTest::newRow("access denied by user") << int(QKeychain::AccessDeniedByUser) << int(Status::Denied);
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << int(Status::NoService);
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << int(Status::NoService);
        QTest::newRow("other (D-Bus)") << int(QKeychain::OtherError) << int(Status::NoService);
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << int(Status::Failed);
    }

    void statusOfEachError()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QKeychain::ReadPasswordJob job(QStringLiteral("okta-jwt-wizard-test"));
        job.setAutoDelete(false);
        if (error == QKeychain::NoError)
            job.emitFinished();
        else
            job.emitFinishedWithError(QKeychain::Error(error), QStringLiteral("detail"));
        QCOMPARE(int(QtKeychainBackend::statusOf(&job)), status);
    }

    // Without a session bus the real backend answers "no service", asynchronously, and never with a secret.
    void noSessionBusIsNoService()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
        QtKeychainBackend backend;
        bool answered = false;
        KeychainBackend::Reply reply;
        backend.read(QStringLiteral("okta-jwt-wizard-test"), QStringLiteral("pub"),
                     [&](const KeychainBackend::Reply &r) {
                         answered = true;
                         reply = r;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(int(reply.status), int(KeychainBackend::Status::NoService));
        QVERIFY(reply.secret.isEmpty());
        QVERIFY(!reply.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_QtKeychainBackend)
#include "tst_QtKeychainBackend.moc"
