#include "FakeKeychain.h"
#include "InProcessRun.h"
#include "cli/TestLoginCommand.h"
#include "net/KeychainStore.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt test-login` given only the public key takes the private key for its log lookup from the system
// keychain, as deploy does. Run in-process over a keychain double; a miss costs only the lookup (a note).
class tst_TestLoginCommandKeychain : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QTemporaryDir m_dir;

    InProcessRun testLogin(FakeKeychain *fake)
    {
        const QString token = m_dir.filePath(QStringLiteral("token"));
        QFile f(token);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(m_sandbox.okta()->mintToken({{"aud", "api://default"}})) < 0) // refused: a log entry
            qFatal("cannot write the token file");
        f.close();
        KeychainStore store(fake);
        auto *command = new TestLoginCommand;
        command->setKeychain(&store);
        return InProcessRun::of(command, {"okta-jwt", "test-login", "--client-app-id",
                                          Sandbox::demoClientAppId(), "--token-file", token, "--client-api",
                                          m_sandbox.admin()->origin(), "--admin-api", m_sandbox.adminApiUrl(),
                                          "--project-id", m_sandbox.projectId(), "--public-key",
                                          m_sandbox.publicKey(), "--timeout", "5"});
    }

    int adminLogins()
    {
        int n = 0;
        for (const QString &line : m_sandbox.admin()->requestLines())
            n += line.contains(QLatin1String("/auth/providers/mongodb-cloud/login")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("MONGODB_ATLAS_PRIVATE_API_KEY");
        qunsetenv("MONGODB_ATLAS_PUBLIC_API_KEY");
        QString error;
        QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
        m_sandbox.deployDemoProvider({}, {});
    }

    void init() { m_sandbox.admin()->clearRequests(); }

    void keyFromTheKeychainLooksUpTheLog()
    {
        auto *fake = new FakeKeychain;
        fake->setEntry(KeychainStore::serviceName(), m_sandbox.publicKey(), m_sandbox.privateKey());
        const InProcessRun r = testLogin(fake);
        QCOMPARE(r.exitCode, 1); // the refused login
        QVERIFY2(r.err.contains(QStringLiteral("okta-jwt: login_refused: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("no_log_lookup")), qPrintable(r.err));
        QCOMPARE(adminLogins(), 1);
    }

    void noKeyInTheKeychainIsANote()
    {
        auto *fake = new FakeKeychain;
        fake->setEntry(KeychainStore::serviceName(), QStringLiteral("otherpub"), QStringLiteral("x"));
        const InProcessRun r = testLogin(fake);
        QCOMPARE(r.exitCode, 1); // still the login's own verdict
        QVERIFY2(r.err.contains(QStringLiteral("no_log_lookup")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("okta-jwt: login_refused: ")), qPrintable(r.err));
        QCOMPARE(adminLogins(), 0);
    }
};

QTEST_MAIN(tst_TestLoginCommandKeychain)
#include "tst_TestLoginCommandKeychain.moc"
