#include "CliRunner.h"
#include "SandboxRun.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// What `okta-jwt deploy` and `okta-jwt diff` print, against the sandbox.
class tst_DeployCommandOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dryRunCreateShowsTheProvider();
    void eachWarningOnce_data();
    void eachWarningOnce();
    void englishPluralForms();

private:
    Sandbox m_sandbox;
};

void tst_DeployCommandOutput::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
}

void tst_DeployCommandOutput::init()
{
    m_sandbox.admin()->clearRequests();
}

// A create has no field diff to show: the dry run shows the provider it would POST instead, with the
// signing-key secret's name but never its value.
void tst_DeployCommandOutput::dryRunCreateShowsTheProvider()
{
    QTemporaryDir dir;
    QFile keyFile(dir.filePath(QStringLiteral("signing.key")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    const QByteArray value = "dry_run_signing_key_value-0123456789abcdef";
    keyFile.write(value);
    keyFile.close();
    const QStringList manual{"--dry-run", "--signing-algorithm", "HS256", "--signing-key",
                             "orderKey=" + keyFile.fileName()};
    const QString app = QStringLiteral("sync-pqrst");

    const CliRun text =
        runCli(SandboxRun::args(m_sandbox, "deploy", app) + manual, {}, SandboxRun::env(m_sandbox));
    QVERIFY2(text.exitCode == 0, text.err.constData());
    for (const char *line : {"\"name\": \"custom-token\",", "\"signingAlgorithm\": \"HS256\",",
                             "\"useJWKURI\": false", "\"orderKey\"", "\"name\": \"uid\","})
        QVERIFY2(text.out.contains(line), text.out.constData());
    QVERIFY(!text.out.contains(value) && !text.err.contains(value));

    const CliRun json = runCli(SandboxRun::args(m_sandbox, "deploy", app) + manual + QStringList{"--json"},
                               {}, SandboxRun::env(m_sandbox));
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains(value));
    const QJsonObject plan = QJsonDocument::fromJson(json.out).object()[QStringLiteral("plan")].toObject();
    QCOMPARE(plan[QStringLiteral("action")].toString(), QStringLiteral("create"));
    const QJsonObject provider = plan[QStringLiteral("provider")].toObject();
    QCOMPARE(provider[QStringLiteral("type")].toString(), QStringLiteral("custom-token"));
    QCOMPARE(provider[QStringLiteral("secret_config")].toObject()[QStringLiteral("signingKeys")].toArray(),
             QJsonArray{QStringLiteral("orderKey")});

    // JWK URI mode: the body carries the jwks_uri that discovery found.
    const CliRun jwk = runCli(SandboxRun::args(m_sandbox, "deploy", app) + QStringList{"--dry-run", "--json"},
                              {}, SandboxRun::env(m_sandbox));
    QCOMPARE(jwk.exitCode, 0);
    const QJsonObject jwkProvider = QJsonDocument::fromJson(jwk.out)
                                        .object()[QStringLiteral("plan")][QStringLiteral("provider")]
                                        .toObject();
    QCOMPARE(jwkProvider[QStringLiteral("config")][QStringLiteral("jwkURI")].toString(),
             m_sandbox.okta()->jwksUri());
    QVERIFY(SandboxRun::writes(m_sandbox).isEmpty());
}

void tst_DeployCommandOutput::eachWarningOnce_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("dry run, create") << "deploy"
                                     << "sync-pqrst" << QStringList{"--dry-run"} << 0;
    QTest::newRow("dry run, manual keys")
        << "deploy"
        << "sync-pqrst" << QStringList{"--dry-run", "--signing-algorithm", "HS256", "--signing-key", "k1"}
        << 0;
    QTest::newRow("different provider") << "deploy"
                                        << "myapp-abcde" << QStringList{"--audience", "api://w"} << 1;
    QTest::newRow("diff") << "diff"
                          << "sync-pqrst" << QStringList() << 1;
    QTest::newRow("unknown App") << "deploy"
                                 << "nosuch-abcde" << QStringList() << 2;
    // Seen: one claim in two fields gave the same warning line twice (the line names the claim, not the
    // field, so the second copy said nothing new).
    QTest::newRow("email in two fields")
        << "deploy"
        << "sync-pqrst" << QStringList{"--dry-run", "--claim", "email=mail"} << 0;
}

// Every warning is printed once, whichever way the run ends.
void tst_DeployCommandOutput::eachWarningOnce()
{
    QFETCH(QString, command);
    QFETCH(QString, app);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    if (app == QLatin1String("myapp-abcde"))
        QCOMPARE(runCli(SandboxRun::args(m_sandbox, "deploy", app) + QStringList{"--replace"}, {},
                        SandboxRun::env(m_sandbox))
                     .exitCode,
                 0);
    const CliRun r = runCli(SandboxRun::args(m_sandbox, command, app) +
                                QStringList{"--claim", "email", "--claim", "name"} + extra,
                            {}, SandboxRun::env(m_sandbox));
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    const QStringList warnings =
        r.errText().split(QLatin1Char('\n')).filter(QStringLiteral("okta-jwt: warning: "));
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(
        warnings.at(0).contains(QStringLiteral("claim_not_in_access_token: Okta access tokens do not carry "
                                               "\"email\"")),
        r.err.constData());
    QVERIFY2(warnings.at(1).contains(QStringLiteral("\"name\"")), r.err.constData());
}

// Counts read as English: "1 field differs", never "1 field(s) differ".
void tst_DeployCommandOutput::englishPluralForms()
{
    const QString app = QStringLiteral("myapp-abcde");
    QCOMPARE(runCli(SandboxRun::args(m_sandbox, "deploy", app) + QStringList{"--replace"}, {},
                    SandboxRun::env(m_sandbox))
                 .exitCode,
             0);
    const CliRun one =
        runCli(SandboxRun::args(m_sandbox, "deploy", app) + QStringList{"--audience", "api://w"}, {},
               SandboxRun::env(m_sandbox));
    QCOMPARE(one.exitCode, 1);
    QVERIFY2(one.err.contains("(1 field differs)"), one.err.constData());
    QVERIFY2(!one.err.contains("(s)"), one.err.constData());
    const CliRun two =
        runCli(SandboxRun::args(m_sandbox, "deploy", app) +
                   QStringList{"--audience", "api://w", "--require-any-audience", "--audience", "x"},
               {}, SandboxRun::env(m_sandbox));
    QVERIFY2(two.err.contains("fields differ)"), two.err.constData());
}

QTEST_GUILESS_MAIN(tst_DeployCommandOutput)
#include "tst_DeployCommandOutput.moc"
