#include "FakeKeychain.h"
#include "InProcessRun.h"
#include "cli/DeployCommand.h"
#include "net/KeychainStore.h"
#include "sandbox/Sandbox.h"

#include <QStringList>
#include <QTest>

// `okta-jwt diff` given only the public key looks the private key up in the system keychain. Run in-process
// over a keychain double, so every keychain state (and the success path) is tested without a real Secret
// Service: each state gets its own stderr line, code and fix, never the wizard's in-memory wording.
class tst_DeployCommandKeychain : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;

    InProcessRun diff(FakeKeychain *fake, const QString &publicKey)
    {
        KeychainStore store(fake);
        auto *command = new DeployCommand(DeployCommand::Mode::Diff);
        command->setKeychain(&store);
        return InProcessRun::of(command,
                                {"okta-jwt", "diff", "--okta-domain", m_sandbox.oktaDomain(), "--admin-api",
                                 m_sandbox.adminApiUrl(), "--project-id", m_sandbox.projectId(), "--app",
                                 "myapp-abcde", "--public-key", publicKey, "--timeout", "5"});
    }

    QStringList logins()
    {
        QStringList out;
        for (const QString &line : m_sandbox.admin()->requestLines()) {
            if (line.contains(QLatin1String("/login")))
                out << line;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Only the double may answer: neither the environment nor a real keychain gives the key.
        qunsetenv("MONGODB_ATLAS_PRIVATE_API_KEY");
        qunsetenv("MONGODB_ATLAS_PUBLIC_API_KEY");
        QString error;
        QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
    }

    void init() { m_sandbox.admin()->clearRequests(); }

    void keyFromTheKeychainLogsIn()
    {
        auto *fake = new FakeKeychain;
        fake->setEntry(KeychainStore::serviceName(), m_sandbox.publicKey(), m_sandbox.privateKey());
        const InProcessRun r = diff(fake, m_sandbox.publicKey());
        // diff exits 1 with its one provider_differs line when the App lacks the provider: no keychain error.
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        for (const QString &line : r.err.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("okta-jwt: ")))
                QVERIFY2(line.startsWith(QStringLiteral("okta-jwt: provider_differs: ")), qPrintable(r.err));
        }
        QCOMPARE(logins().size(), 1);
    }

    void wrongKeyFromTheKeychainIsALoginFailure()
    {
        auto *fake = new FakeKeychain;
        fake->setEntry(KeychainStore::serviceName(), m_sandbox.publicKey(), QStringLiteral("not-the-key"));
        const InProcessRun r = diff(fake, m_sandbox.publicKey());
        QCOMPARE(r.exitCode, 3); // the stored key was sent, and refused by the Admin API
        QCOMPARE(logins().size(), 1);
    }

    void eachKeychainStateHasItsOwnMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("line");
        const QString fix =
            QStringLiteral("set MONGODB_ATLAS_PRIVATE_API_KEY or pass --private-key-file F\n");
        QTest::newRow("no entry")
            << int(KeychainBackend::Status::NotFound) << "Entry not found"
            << "okta-jwt: credentials_missing: no private API key: the system keychain has "
               "no entry for public key sandboxpub (service okta-jwt-wizard); " +
                   fix;
        QTest::newRow("no service")
            << int(KeychainBackend::Status::NoService) << "No keychain service available"
            << "okta-jwt: credentials_missing: no private API key: no system keychain "
               "service answers (No keychain service available); " +
                   fix;
        QTest::newRow("locked")
            << int(KeychainBackend::Status::Locked) << "Cannot create an item in a locked collection"
            << "okta-jwt: keychain_locked: the system keychain is locked and was not "
               "unlocked, so the key for public key sandboxpub cannot be read (without a "
               "desktop session no unlock prompt can be shown, or it was dismissed); unlock "
               "the login keyring first, or " +
                   fix;
        QTest::newRow("denied")
            << int(KeychainBackend::Status::Denied) << "Access to keychain denied"
            << "okta-jwt: keychain_denied: the system keychain refused access to the key for "
               "public key sandboxpub (Access to keychain denied); allow okta-jwt access in "
               "the keychain, or " +
                   fix;
        QTest::newRow("other error")
            << int(KeychainBackend::Status::Failed) << "Unknown error"
            << "okta-jwt: keychain_error: the system keychain could not read the key for "
               "public key sandboxpub (Unknown error); " +
                   fix;
    }

    void eachKeychainStateHasItsOwnMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, detail);
        QFETCH(QString, line);
        auto *fake = new FakeKeychain;
        if (status == int(KeychainBackend::Status::NotFound))
            fake->setEntry(KeychainStore::serviceName(), QStringLiteral("otherpub"), QStringLiteral("x"));
        else
            fake->failWith(KeychainBackend::Status(status), detail);
        const InProcessRun r = diff(fake, m_sandbox.publicKey());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, line);
        // A one-shot command keeps nothing "for this session": that is the wizard's wording.
        QVERIFY(!r.err.contains(QStringLiteral("session only")));
        QVERIFY(logins().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeployCommandKeychain)
#include "tst_DeployCommandKeychain.moc"
