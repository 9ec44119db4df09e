#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

// Starts `okta-jwt sandbox` and walks the whole CLI flow against it: generate → verify-token → deploy → diff.
class tst_SandboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void endToEnd();
    void textModeSaysItIsASimulator();
    void badPort();

private:
    QProcess m_sandbox;
    QJsonObject m_info;
};

void tst_SandboxCommand::initTestCase()
{
    m_sandbox.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"),
                    {QStringLiteral("sandbox"), QStringLiteral("--json")});
    QVERIFY(m_sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 15000);
    m_info = QJsonDocument::fromJson(m_sandbox.readLine()).object();
    QVERIFY(m_info.value(QStringLiteral("okta_domain"))
                .toString()
                .startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(
        m_info.value(QStringLiteral("admin_api")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
}

void tst_SandboxCommand::cleanupTestCase()
{
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
}

void tst_SandboxCommand::endToEnd()
{
    const auto v = [this](const char *key) {
        return m_info.value(QLatin1String(key)).toString();
    };
    const QStringList provider{"--okta-domain", v("okta_domain"), "--require-claim",
                               "sub=oktaId",    "--claim",        "email"};

    const CliRun generated = runCli(QStringList{"generate"} + provider);
    QCOMPARE(generated.exitCode, 0);
    QVERIFY(generated.outText().contains(v("jwks_uri")));

    const CliRun verified =
        runCli(QStringList{"verify-token", "--client-app-id", v("client_app_id"), "--json"} + provider,
               v("demo_token").toLatin1());
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const QJsonObject userData =
        QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("user_data")).toObject();
    QCOMPARE(userData.value(QStringLiteral("oktaId")).toString(), QStringLiteral("ada@example.com"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), v("public_key"));
    env.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), v("private_key"));
    const QStringList admin{"--admin-api",   v("admin_api"), "--project-id",
                            v("project_id"), "--app",        v("client_app_id")};
    const CliRun before = runCli(QStringList{"diff"} + provider + admin, {}, env);
    QCOMPARE(before.exitCode, 1);
    const CliRun deployed = runCli(QStringList{"deploy"} + provider + admin, {}, env);
    QVERIFY2(deployed.exitCode == 0, deployed.err.constData());
    const CliRun after = runCli(QStringList{"diff"} + provider + admin, {}, env);
    QCOMPARE(after.exitCode, 0);
    QVERIFY(after.outText().contains(QStringLiteral("no differences")));
}

void tst_SandboxCommand::textModeSaysItIsASimulator()
{
    QProcess p;
    p.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), {QStringLiteral("sandbox")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += p.readAllStandardOutput()).contains("Nothing here touches Okta or MongoDB"), 15000);
    QVERIFY(out.contains("Stop with Ctrl+C."));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
}

void tst_SandboxCommand::badPort()
{
    const CliRun r = runCli({"sandbox", "--port", "70000"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().startsWith(QStringLiteral("okta-jwt: usage: ")));
}

QTEST_GUILESS_MAIN(tst_SandboxCommand)
#include "tst_SandboxCommand.moc"
