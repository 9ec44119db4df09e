#include "CliRunner.h"
#include "DiscoveryHold.h"
#include "SandboxRun.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt deploy` and `okta-jwt diff` against the sandbox (Okta and the Admin API on 127.0.0.1).
class tst_DeployCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void createThenUnchangedThenDiff();
    void differentProviderNeedsReplace();
    void dryRunSendsNoWrite();
    void draftDeploy();
    void privateKeyNeverPrinted();
    void credentialsAndUsage_data();
    void credentialsAndUsage();
    void remoteFaultsAreExit3();
    void oktaFailureStopsBeforeAnyWrite();
    void loginAndAppListingDoNotWaitForDiscovery();
    void signingKeyFromAPipeIsUploaded();

private:
    QStringList args(const QString &command, const QString &app = QStringLiteral("myapp-abcde")) const;
    QProcessEnvironment env() const;
    QStringList writes();

    Sandbox m_sandbox;
};

void tst_DeployCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
}

void tst_DeployCommand::init()
{
    m_sandbox.admin()->clearFaults();
    m_sandbox.admin()->clearRequests();
    m_sandbox.okta()->resetBehaviour();
}

QStringList tst_DeployCommand::args(const QString &command, const QString &app) const
{
    return SandboxRun::args(m_sandbox, command, app);
}

QProcessEnvironment tst_DeployCommand::env() const
{
    return SandboxRun::env(m_sandbox);
}

QStringList tst_DeployCommand::writes()
{
    return SandboxRun::writes(m_sandbox);
}

void tst_DeployCommand::createThenUnchangedThenDiff()
{
    const CliRun created = runCli(args("deploy"), {}, env());
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(created.outText().contains(QStringLiteral("Created the custom-token provider.")));
    QCOMPARE(m_sandbox.admin()
                 ->provider(m_sandbox.admin()->appId(QStringLiteral("myapp-abcde")),
                            QStringLiteral("custom-token"))
                 .value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("jwkURI"))
                 .toString(),
             m_sandbox.okta()->jwksUri());

    m_sandbox.admin()->clearRequests();
    const CliRun again = runCli(args("deploy"), {}, env());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outText().contains(QStringLiteral("No change")));
    QVERIFY(writes().isEmpty());

    const CliRun same = runCli(args("diff"), {}, env());
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.outText().contains(QStringLiteral("no differences")));
    const CliRun other = runCli(args("diff") + QStringList{"--audience", "api://x"}, {}, env());
    QCOMPARE(other.exitCode, 1);
    QVERIFY(other.outText().contains(QStringLiteral("config.audience: [] → [\"api://x\"]")));
}

void tst_DeployCommand::differentProviderNeedsReplace()
{
    const QString app = QStringLiteral("dataapi-klmno");
    QCOMPARE(runCli(args("deploy", app), {}, env()).exitCode, 0);
    m_sandbox.admin()->clearRequests();
    const CliRun blocked = runCli(args("deploy", app) + QStringList{"--audience", "api://orders"}, {}, env());
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY(blocked.outText().contains(QStringLiteral("--replace")));
    QVERIFY(writes().isEmpty());
    const CliRun replaced =
        runCli(args("deploy", app) + QStringList{"--audience", "api://orders", "--replace"}, {}, env());
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(writes().filter(QStringLiteral("PATCH ")).size() == 1);
}

void tst_DeployCommand::dryRunSendsNoWrite()
{
    const CliRun r =
        runCli(args("deploy", QStringLiteral("sync-pqrst")) + QStringList{"--dry-run"}, {}, env());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(writes().isEmpty());
    QVERIFY(
        m_sandbox.admin()
            ->provider(m_sandbox.admin()->appId(QStringLiteral("sync-pqrst")), QStringLiteral("custom-token"))
            .isEmpty());
}

void tst_DeployCommand::draftDeploy()
{
    const CliRun r = runCli(
        args("deploy", QStringLiteral("triggers-fghij")) + QStringList{"--draft", "--json"}, {}, env());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("outcome")].toString(), QStringLiteral("created"));
    QVERIFY(!doc[QStringLiteral("deployment_id")].toString().isEmpty());
    QVERIFY(!m_sandbox.admin()->hasDraft(m_sandbox.admin()->appId(QStringLiteral("triggers-fghij"))));
}

void tst_DeployCommand::privateKeyNeverPrinted()
{
    QTemporaryDir dir;
    QFile keyFile(dir.filePath(QStringLiteral("private-key")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(m_sandbox.privateKey().toUtf8() + "\n");
    keyFile.close();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"));
    const QStringList extra{"--public-key", m_sandbox.publicKey(), "--private-key-file", keyFile.fileName()};
    const QByteArray key = m_sandbox.privateKey().toUtf8();
    for (const QStringList &a :
         {args("deploy") + extra + QStringList{"--json"}, args("diff") + extra,
          args("deploy") + extra + QStringList{"--audience", "z", "--dry-run", "--json"}}) {
        const CliRun r = runCli(a, {}, e);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(!r.out.contains(key) && !r.err.contains(key));
    }
    m_sandbox.admin()->addFault({AdminSandbox::Fault::ServerError, QStringLiteral("GET"), {}, -1, -1});
    const CliRun failed = runCli(args("deploy") + extra, {}, e);
    QCOMPARE(failed.exitCode, 3);
    QVERIFY(!failed.out.contains(key) && !failed.err.contains(key));
}

void tst_DeployCommand::credentialsAndUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("withKeys");
    QTest::addColumn<QString>("code");
    QTest::newRow("no keys") << QStringList() << false << "credentials_missing";
    QTest::newRow("public key only, no keychain")
        << QStringList{"--public-key", "sandboxpub"} << false << "credentials_missing";
    QTest::newRow("key file missing")
        << QStringList{"--public-key", "p", "--private-key-file", "/nonexistent"} << false
        << "private_key_file";
    QTest::newRow("no project") << QStringList{"--project-id", ""} << true << "usage";
    QTest::newRow("bad admin url") << QStringList{"--admin-api", "ftp://x"} << true << "usage";
}

void tst_DeployCommand::credentialsAndUsage()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, withKeys);
    QFETCH(QString, code);
    QProcessEnvironment e = withKeys ? env() : QProcessEnvironment::systemEnvironment();
    if (!withKeys) {
        e.remove(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"));
        e.remove(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"));
        // No keychain service, as on CI: the keychain lookup must say so, not hang or guess.
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    }
    const CliRun r = runCli(args("deploy") + extra, {}, e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
    QVERIFY(writes().isEmpty());
}

void tst_DeployCommand::remoteFaultsAreExit3()
{
    QProcessEnvironment wrongKey = env();
    wrongKey.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), QStringLiteral("not-the-key"));
    const CliRun login = runCli(args("deploy"), {}, wrongKey);
    QCOMPARE(login.exitCode, 3);
    QVERIFY(!login.err.isEmpty());
    m_sandbox.admin()->addFault(
        {AdminSandbox::Fault::MalformedJson, QStringLiteral("GET"), QStringLiteral("/apps"), -1, -1});
    const CliRun malformed = runCli(args("deploy"), {}, env());
    QCOMPARE(malformed.exitCode, 3);
    QVERIFY(writes().isEmpty());
}

void tst_DeployCommand::oktaFailureStopsBeforeAnyWrite()
{
    m_sandbox.okta()->setFault(OktaSandbox::Fault::NotFound);
    const CliRun r = runCli(args("deploy", QStringLiteral("sync-pqrst")), {}, env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(QStringLiteral("auth_server_not_found")), r.err.constData());
    QVERIFY(writes().isEmpty());
}

// Okta holds the discovery answer until the Admin API login and the App listing have arrived, and only then
// answers it: the deploy succeeds only if those two requests do not wait for discovery. Mutation caught:
// start the Deployer from the discovered() handler instead of beside discovery (discovery then stays held,
// the run times out); as does waiting out a discovery timeout first (discovery then failed, exit 3).
void tst_DeployCommand::loginAndAppListingDoNotWaitForDiscovery()
{
    const QString app = QStringLiteral("sync-pqrst");
    for (AdminSandboxStore::App &a : m_sandbox.admin()->store().apps) {
        if (a.info.value(QStringLiteral("_id")).toString() == m_sandbox.admin()->appId(app))
            a.live.providers.clear();
    }
    const DiscoveryHold hold(&m_sandbox);
    const CliRun r = runCli(args("deploy", app), {}, env(), 20000);
    QVERIFY2(hold.discoveryHeld(), qPrintable(r.errText()));
    QVERIFY2(hold.overlapped(), qPrintable(hold.whileHeld().join(QStringLiteral(", ")) +
                                           QStringLiteral("; answered %1").arg(hold.answered())));
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText() + r.outText()));
    QCOMPARE(m_sandbox.admin()
                 ->provider(m_sandbox.admin()->appId(app), QStringLiteral("custom-token"))
                 .value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("jwkURI"))
                 .toString(),
             m_sandbox.okta()->jwksUri());
}

// `--signing-key NAME=<(pass show k)`: a pipe gives its bytes once, so the value that was checked must be the
// value uploaded (the key used to be read a second time for the upload, which waited for a writer forever).
void tst_DeployCommand::signingKeyFromAPipeIsUploaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("signing.key"));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    const QString value = QStringLiteral("piped_signing_key_value-0123456789abcdef");
    QProcess writer; // blocks on open until okta-jwt opens the pipe for reading, then writes once
    writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf %s \"$1\" > \"$2\""),
                                        QStringLiteral("sh"), value, fifo});
    QVERIFY(writer.waitForStarted());
    const CliRun run = runCli(
        args("deploy", QStringLiteral("myapp-abcde")) +
            QStringList{"--replace", "--signing-algorithm", "HS256", "--signing-key", "pipedKey=" + fifo},
        {}, env());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    writer.waitForFinished(); // false when it has already been reaped
    QCOMPARE(writer.exitCode(), 0);
    const AdminSandboxStore::App *app =
        m_sandbox.admin()->store().app(m_sandbox.admin()->appId(QStringLiteral("myapp-abcde")));
    QVERIFY(app);
    QStringList uploaded;
    for (const AdminSandboxStore::Secret &secret : app->live.secrets) {
        if (secret.name == QLatin1String("pipedKey"))
            uploaded << secret.value;
    }
    QCOMPARE(uploaded, QStringList{value});
}

QTEST_GUILESS_MAIN(tst_DeployCommand)
#include "tst_DeployCommand.moc"
