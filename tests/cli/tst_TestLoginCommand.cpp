#include "CliRunner.h"
#include "sandbox/AppServicesSandbox.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// `okta-jwt test-login` against the in-process sandbox: the provider deployed there decides, as on Atlas.
class tst_TestLoginCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> sandbox;
    QTemporaryDir dir;
    QString appId;

    QString tokenFile(const QByteArray &token)
    {
        const QString path = dir.filePath(QStringLiteral("token-%1").arg(qHash(token)));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(token + '\n');
        return path;
    }
    QStringList args(const QByteArray &token, const QStringList &provider)
    {
        return QStringList{"test-login",
                           "--client-app-id",
                           Sandbox::demoClientAppId(),
                           "--token-file",
                           tokenFile(token),
                           "--client-api",
                           sandbox->admin()->origin(),
                           "--admin-api",
                           sandbox->adminApiUrl(),
                           "--timeout",
                           "5",
                           "--json"} +
               provider;
    }
    CliRun run(const QByteArray &token, const QStringList &provider, bool withKey = true)
    {
        const QProcessEnvironment env =
            withKey ? withApiKey(isolatedEnvironment(dir.path()), sandbox->publicKey(), sandbox->privateKey())
                    : isolatedEnvironment(dir.path());
        return runCli(args(token, provider), {}, env, 30000);
    }
    static QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }
    QStringList provider() const
    {
        return {"--okta-domain", sandbox->oktaDomain(), "--require-claim", "email",
                "--claim",       "department=dept"};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        sandbox = std::make_unique<Sandbox>();
        QVERIFY(sandbox->start());
        appId = sandbox->admin()->appId(Sandbox::demoClientAppId());
    }
    void init()
    {
        sandbox->resetBehaviour();
        sandbox->deployDemoProvider({}, {{"email", "", true}, {"department", "dept", false}});
    }

    void successDataEqualsPrediction()
    {
        const QByteArray token = sandbox->mintDemoToken();
        const CliRun r = run(token, provider());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = json(r);
        QCOMPARE(doc.value("ok").toBool(), true);
        QCOMPARE(doc.value("stage").toString(), QStringLiteral("done"));
        QCOMPARE(doc.value("data").toObject(),
                 (QJsonObject{{"email", "ada@example.com"}, {"dept", "Analytical Engines"}}));
        QCOMPARE(doc.value("expected_data"), doc.value("data"));
        QCOMPARE(doc.value("data_matches"), QJsonValue(true));
        QCOMPARE(doc.value("identities").toArray().at(0).toObject().value("id").toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(doc.value("requests").toArray().size(), 4);
        QVERIFY(doc.value("requests")
                    .toArray()
                    .at(3)
                    .toString()
                    .startsWith("DELETE /api/client/v2.0/auth/session → 204"));
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        QVERIFY(!r.out.contains(signature) && !r.err.contains(signature));
    }

    void withoutProviderOptionsNoPrediction()
    {
        const CliRun r = run(sandbox->mintDemoToken(), {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(json(r).value("data_matches").isNull());
        QVERIFY(json(r).value("expected_data").isNull());
    }

    void audienceMismatchWithLogEntry()
    {
        const CliRun r =
            run(sandbox->okta()->mintToken({{"aud", "api://default"}, {"email", "a@b.c"}}), provider());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = json(r).value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("login_refused"));
        QCOMPARE(error.value("error").toString(), QStringLiteral("'myapp-abcde' not found in 'aud' claim"));
        QCOMPARE(error.value("error_code").toString(), QStringLiteral("AuthError"));
        QVERIFY(!error.value("co_id").toString().isEmpty());
        QCOMPARE(json(r).value("log_entry").toObject().value("co_id"), error.value("co_id"));
        QVERIFY(json(r).value("local_check").toArray().at(0).toString().startsWith("audience_mismatch"));
        QVERIFY(r.errText().contains("okta-jwt: login_refused: "));
    }

    void missingRequiredClaim()
    {
        const CliRun r = run(sandbox->okta()->mintToken({}), provider(), false);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json(r).value("error").toObject().value("error").toString(),
                 QStringLiteral("expected field 'email' to be in token metadata"));
        QVERIFY(!json(r).contains("log_entry")); // no API key: no lookup
    }

    void dataMismatch()
    {
        // The deployed provider maps department to "department"; the local options predict "dept".
        sandbox->deployDemoProvider({}, {{"email", "", true}, {"department", "", false}});
        const CliRun r = run(sandbox->mintDemoToken(), provider());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json(r).value("data_matches"), QJsonValue(false));
        QCOMPARE(json(r).value("differences").toArray().size(), 2);
        QVERIFY(r.errText().contains("okta-jwt: data_mismatch: "));
    }

    void endpointGone()
    {
        sandbox->admin()->clientApi().setGone(true);
        const CliRun r = run(sandbox->mintDemoToken(), provider());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r).value("error").toObject().value("code").toString(),
                 QStringLiteral("client_api_unavailable"));
        QVERIFY(r.errText().contains("okta-jwt: client_api_unavailable: "));
        QVERIFY(r.errText().contains("end of life"));
    }

    void serverErrors()
    {
        sandbox->admin()->addFault({AdminSandbox::Fault::ServerError, "POST", "custom-token/login", -1});
        const CliRun r = run(sandbox->mintDemoToken(), provider());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r).value("stage").toString(), QStringLiteral("login"));
        QCOMPARE(json(r).value("requests").toArray().size(), 4); // location + 3 login attempts
    }

    void signInThenTestLogin()
    {
        // The user confirms the device code on "another device" while test-login polls.
        sandbox->okta()->signIn().setDeviceTiming(600, 1);
        QTimer approve;
        connect(&approve, &QTimer::timeout, this, [this] {
            sandbox->okta()->signIn().approveDevice(sandbox->okta()->signIn().lastUserCode());
        });
        approve.start(300);
        const QStringList a{"test-login",
                            "--client-app-id",
                            Sandbox::demoClientAppId(),
                            "--sign-in",
                            "--device",
                            "--client-id",
                            OktaSandbox::demoClientId(),
                            "--okta-domain",
                            sandbox->oktaDomain(),
                            "--client-api",
                            sandbox->admin()->origin(),
                            "--timeout",
                            "5",
                            "--json"};
        // The deployed provider maps uid; sandbox sign-ins carry the default claims.
        sandbox->deployDemoProvider({}, {{"uid", "", true}});
        const CliRun r =
            runCli(a + QStringList{"--require-claim", "uid"}, {}, isolatedEnvironment(dir.path()), 30000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.errText().contains("Code: "));
        QCOMPARE(json(r).value("data").toObject().value("uid").toString(), OktaSandbox::demoUserId());
        QCOMPARE(json(r).value("data_matches"), QJsonValue(true));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({"test-login", "--client-app-id", "myapp-abcde"}).exitCode, 2);
        QCOMPARE(runCli({"test-login", "--token-file", "-"}, "x.y.z").exitCode, 2);
        QCOMPARE(runCli({"test-login", "--client-app-id", "a", "--token-file", "-", "--sign-in"}).exitCode,
                 2);
        QCOMPARE(runCli({"test-login", "--client-app-id", "a", "--sign-in", "--okta-domain", "x.okta.com"})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_TestLoginCommand)
#include "tst_TestLoginCommand.moc"
