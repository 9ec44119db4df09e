#include "CliRunner.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt okta-setup` against the in-process Okta sandbox, seeded like a fresh developer org.
class tst_OktaSetupCommand : public QObject
{
    Q_OBJECT

    OktaSandbox m_okta;
    OktaManagementSandbox *m_api = nullptr;
    QTemporaryDir m_home;

    QStringList args(const QStringList &extra = {},
                     const QString &appId = QStringLiteral("myapp-abcde")) const
    {
        return QStringList{"okta-setup",
                           "--okta-domain",
                           m_okta.domain(),
                           "--client-app-id",
                           appId,
                           "--client-id",
                           OktaSandbox::demoClientId(),
                           "--claim",
                           "email",
                           "--claim",
                           "groups",
                           "--timeout",
                           "10"} +
               extra;
    }
    QProcessEnvironment env(bool token = true) const
    {
        QProcessEnvironment e = isolatedEnvironment(m_home.path());
        e.remove(QStringLiteral("OKTA_API_TOKEN"));
        e.remove(QStringLiteral("OKTA_CLIENT_TOKEN"));
        if (token)
            e.insert(QStringLiteral("OKTA_API_TOKEN"), OktaManagementSandbox::demoApiToken());
        return e;
    }
    CliRun run(const QStringList &a, const QProcessEnvironment &e) { return runCli(a, {}, e, 90000); }
    CliRun run(const QStringList &a) { return run(a, env()); }
    QJsonObject claims()
    {
        const QList<QByteArray> parts = m_okta.mintToken().split('.');
        return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_okta.start());
        m_api = OktaManagementSandbox::of(m_okta);
    }
    void init()
    {
        m_api->reset();
        m_okta.resetBehaviour();
        m_okta.setAudience(QStringLiteral("api://default"));
    }

    void dryRunPrintsTheStepsOnly()
    {
        const CliRun r = run(args({"--audience", "api://default", "--dry-run"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains("1. create claim email = user.email in access tokens"),
                 r.out.constData());
        QVERIFY(r.outText().contains("2. create claim groups = groups matching .* in access tokens"));
        QCOMPARE(m_api->writeCount(), 0);
    }
    void applyThenNothingToDo()
    {
        CliRun r = run(args({"--audience", "api://default"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_api->requestCount(), 5 + 2); // the reads, then exactly the two claim creates
        QCOMPARE(m_api->writeCount(), 2);
        QCOMPARE(claims().value("email").toString(), OktaSandbox::demoUserLogin());
        r = run(args({"--audience", "api://default"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains("Nothing to do"));
        QCOMPARE(m_api->writeCount(), 2);
        QCOMPARE(m_api->requestCount(), 7 + 5);
    }
    void jsonDocument()
    {
        const CliRun r = run(args({"--audience", "api://default", "--json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value("ok").toBool(), true);
        QCOMPARE(doc.value("plan").toArray().size(), 2);
        QCOMPARE(doc.value("applied").toArray().size(), 2);
        QCOMPARE(doc.value("plan").toArray().at(0).toObject().value("action").toString(),
                 QStringLiteral("create_claim"));
        QCOMPARE(doc.value("state").toObject().value("server").toObject().value("id").toString(),
                 QStringLiteral("default"));
        QVERIFY(!r.out.contains(OktaManagementSandbox::demoApiToken().toLatin1()));
    }
    void audienceMismatchNamesTheServersAudienceAndWritesNothing()
    {
        const CliRun r = run(args());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: audience_mismatch:"), r.err.constData());
        QVERIFY(r.errText().contains("--audience api://default"));
        QCOMPARE(m_api->writeCount(), 0);
    }
    void replaceAudience()
    {
        const CliRun r = run(args({"--replace-audience"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_api->requestLog().contains("PUT /api/v1/authorizationServers/default 200"));
        QCOMPARE(claims().value("aud").toString(), QStringLiteral("myapp-abcde"));
        QCOMPARE(run(args({"--replace-audience"})).exitCode, 0);
        QCOMPARE(m_api->writeCount(), 3); // PUT and two claims, once
    }
    void createAuthServer()
    {
        CliRun r = run(args({"--create-auth-server", "App Services myapp"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.outText().contains("create authorization server App Services myapp with audience myapp-abcde"));
        QCOMPARE(m_api->writeCount(), 5); // server, policy, rule, two claims
        r = run(args({"--create-auth-server", "App Services myapp"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains("Nothing to do"));
        QCOMPARE(m_api->writeCount(), 5);
    }
    void nestedClaimBlocksEveryWrite()
    {
        const CliRun r = run(args({"--audience", "api://default", "--claim", "profile.department"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains("okta_claim_nested"));
        QVERIFY(r.errText().contains("--claim-value department=user.department"));
        QCOMPARE(m_api->writeCount(), 0);
    }
    void claimValueForAnUnknownClaim()
    {
        QCOMPARE(run(args({"--audience", "api://default", "--claim", "department"})).exitCode, 1);
        const CliRun r = run(args({"--audience", "api://default", "--claim", "department", "--claim-value",
                                   "department=user.department"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(claims().value("department").toString(), QStringLiteral("Engineering"));
    }
    void bothEndsCheckedBeforeAnyWrite()
    {
        // Discovery names another issuer than the server's: refused by discovery itself.
        m_okta.setFault(OktaSandbox::Fault::WrongIssuer, OktaSandbox::Discovery);
        CliRun r = run(args({"--audience", "api://default"}));
        QVERIFY2(r.exitCode == 3 && r.errText().contains("issuer"), r.err.constData());
        QCOMPARE(m_api->writeCount(), 0);
        // The key set cannot be read: a remote error, still nothing written.
        m_okta.resetBehaviour();
        m_okta.setFault(OktaSandbox::Fault::ServerError, OktaSandbox::Keys);
        r = run(args({"--audience", "api://default"}));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(m_api->writeCount(), 0);
    }
    void oktaErrors_data()
    {
        QTest::addColumn<OktaManagementSandbox::Fault>("fault");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("code");
        QTest::newRow("E0000015") << OktaManagementSandbox::Fault::NoApiAccessManagement << ""
                                  << "okta_no_api_access_management";
        QTest::newRow("E0000006 on a write") << OktaManagementSandbox::Fault::NoAdminRights << "POST"
                                             << "okta_admin_rights";
        QTest::newRow("E0000011") << OktaManagementSandbox::Fault::InvalidToken << ""
                                  << "okta_invalid_token";
        QTest::newRow("E0000001") << OktaManagementSandbox::Fault::ValidationFailed << "POST"
                                  << "okta_validation_failed";
        QTest::newRow("5xx on a write") << OktaManagementSandbox::Fault::ServerError << "POST"
                                        << "okta_server_error";
    }
    void oktaErrors()
    {
        QFETCH(OktaManagementSandbox::Fault, fault);
        QFETCH(QString, method);
        QFETCH(QString, code);
        m_api->setFault(fault, -1, method);
        const CliRun r = run(args({"--audience", "api://default"}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains("okta-jwt: " + code + ":"), r.err.constData());
        QVERIFY(r.errText().contains("Fix: "));
        QVERIFY(m_api->writeCount() <= 1);
    }
    void rateLimitIsWaitedOut()
    {
        m_api->setRateLimitReset(1);
        m_api->setFault(OktaManagementSandbox::Fault::RateLimited, 1);
        const CliRun r = run(args({"--audience", "api://default"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.elapsedMs >= 900); // not before the reset
        QCOMPARE(m_api->writeCount(), 2);
    }
    void rateLimitBeyondSixtySeconds()
    {
        m_api->setRateLimitReset(120);
        m_api->setFault(OktaManagementSandbox::Fault::RateLimited);
        const CliRun r = run(args({"--audience", "api://default"}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errText().contains("okta-jwt: okta_rate_limited:"));
        QVERIFY(r.elapsedMs < 30000);
    }
    void tokenNeverAFlag()
    {
        for (const QString &flag :
             {QStringLiteral("--okta-api-token=s3cr3t-value"), QStringLiteral("--okta-api-token")}) {
            QStringList a = args({flag});
            if (!flag.contains('='))
                a << "s3cr3t-value";
            const CliRun r = run(a);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.out.contains("s3cr3t") && !r.err.contains("s3cr3t"));
        }
        QCOMPARE(m_api->requestCount(), 0);
    }
    void tokenFromAFileOrTheSdkVariable()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("token"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(OktaManagementSandbox::demoApiToken().toLatin1() + "\n");
        file.close();
        QCOMPARE(
            run(args({"--audience", "api://default", "--dry-run", "--okta-api-token-file", file.fileName()}),
                env(false))
                .exitCode,
            0);
        QProcessEnvironment e = env(false);
        e.insert("OKTA_CLIENT_TOKEN", OktaManagementSandbox::demoApiToken());
        QCOMPARE(run(args({"--audience", "api://default", "--dry-run"}), e).exitCode, 0);
    }
    void noTokenAnywhere()
    {
        const CliRun r = run(args({"--audience", "api://default"}), env(false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("OKTA_API_TOKEN"), r.err.constData());
        QCOMPARE(m_api->requestCount(), 0);
    }
    void orgServerRefused()
    {
        const CliRun r = run(args({"--audience", "api://default", "--auth-server", "oauth2"}));
        QCOMPARE(r.exitCode, 1);
        // Refused by the provider's own validation before anything is read.
        QVERIFY2(r.errText().contains("okta-jwt: auth_server_org:"), r.err.constData());
        QVERIFY(
            !r.errText().contains("claim_not_in_access_token")); // what okta-setup fixes is no warning here
        QCOMPARE(m_api->requestCount(), 0);
        QCOMPARE(m_api->writeCount(), 0);
    }
    void missingInputsAreUsageErrors()
    {
        QCOMPARE(
            run({"okta-setup", "--okta-domain", m_okta.domain(), "--client-app-id", "myapp-abcde"}).exitCode,
            2);
        QCOMPARE(run(args({"--claim-value", "nodot"})).exitCode, 2);
        QCOMPARE(run(args({"--claim-value", "a.b=user.x"})).exitCode, 2);
    }
};

QTEST_MAIN(tst_OktaSetupCommand)
#include "tst_OktaSetupCommand.moc"
