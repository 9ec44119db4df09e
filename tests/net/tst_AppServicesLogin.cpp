#include "net/AdminApiClient.h"
#include "net/AppServicesLogin.h"
#include "sandbox/AppServicesSandbox.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// The test login against the sandbox's client API, Admin API and Okta keys.
class tst_AppServicesLogin : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<Sandbox> sandbox;
    QString appId;

    AppServicesLogin::Config config(AdminApiClient *admin = nullptr)
    {
        AppServicesLogin::Config c;
        c.clientApiUrl = sandbox->admin()->origin();
        c.clientAppId = Sandbox::demoClientAppId();
        c.timeoutMs = 5000;
        c.retryDelayMs = 50;
        c.logRetryDelayMs = 300;
        c.logWindowMs = 4000;
        c.admin = admin;
        return c;
    }
    AppServicesLogin::Result run(const QByteArray &token, const AppServicesLogin::Config &c)
    {
        AppServicesLogin login(&nam);
        QSignalSpy finished(&login, &AppServicesLogin::finished);
        login.start(token, c);
        if (!finished.wait(15000))
            return {};
        return finished.at(0).at(0).value<AppServicesLogin::Result>();
    }
    std::unique_ptr<AdminApiClient> admin()
    {
        auto client = std::make_unique<AdminApiClient>(&nam);
        if (!client->transport()->setBaseUrl(sandbox->adminApiUrl()))
            qFatal("the sandbox URL was refused");
        AdminCall *call = client->login(sandbox->publicKey(), sandbox->privateKey());
        QSignalSpy done(call, &AdminCall::finished);
        done.wait(5000);
        return client;
    }
    static QStringList shapes(const QStringList &requests)
    {
        QStringList out;
        for (const QString &r : requests)
            out << r.section(QLatin1Char(' '), 0, 3);
        return out;
    }

private slots:
    void initTestCase()
    {
        sandbox = std::make_unique<Sandbox>();
        QVERIFY(sandbox->start());
        appId = sandbox->admin()->appId(Sandbox::demoClientAppId());
    }
    void init()
    {
        sandbox->resetBehaviour();
        sandbox->deployDemoProvider({}, {{"email", "", true}, {"department", "dept", false}});
    }

    void successShowsUserAndData()
    {
        const AppServicesLogin::Result r = run(sandbox->mintDemoToken(), config());
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.stage, QStringLiteral("done"));
        QVERIFY(!r.userId.isEmpty());
        QCOMPARE(r.identities.at(0).toObject().value("id").toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(r.data, (QJsonObject{{"email", "ada@example.com"}, {"dept", "Analytical Engines"}}));
        QCOMPARE(shapes(r.requests),
                 (QStringList{"GET /api/client/v2.0/app/myapp-abcde/location → 200",
                              "POST /api/client/v2.0/app/myapp-abcde/auth/providers/custom-token/login → 200",
                              "GET /api/client/v2.0/auth/profile → 200",
                              "DELETE /api/client/v2.0/auth/session → 204"}));
        QCOMPARE(sandbox->admin()->clientApi().users(appId).size(), 1);
        for (const QString &line : r.requests)
            QVERIFY(!line.contains(QString::fromLatin1(sandbox->mintDemoToken().left(20))));
    }

    void deleteUserRemovesIt()
    {
        AppServicesLogin::Config c = config();
        c.deleteUser = true;
        const AppServicesLogin::Result r = run(sandbox->mintDemoToken(), c);
        QVERIFY(r.ok);
        QVERIFY(r.userDeleted);
        QVERIFY(r.requests.last().startsWith("DELETE /api/client/v2.0/auth/delete → 204"));
        QCOMPARE(sandbox->admin()->clientApi().users(appId).size(), 0);
    }

    void audienceMismatchFindsTheLogEntry()
    {
        sandbox->admin()->clientApi().setLogDelayMs(1000); // found on a later query
        auto client = admin();
        const AppServicesLogin::Result r = run(
            sandbox->okta()->mintToken({{"aud", "api://default"}, {"email", "a@b.c"}}), config(client.get()));
        QVERIFY(!r.ok);
        QCOMPARE(r.stage, QStringLiteral("login"));
        QCOMPARE(r.error.code, QStringLiteral("login_refused"));
        QCOMPARE(r.appServicesError, QStringLiteral("'myapp-abcde' not found in 'aud' claim"));
        QCOMPARE(r.errorCode, QStringLiteral("AuthError"));
        QVERIFY(!r.coId.isEmpty());
        QCOMPARE(r.logEntry.value("co_id").toString(), r.coId);
        QCOMPARE(r.logEntry.value("error").toString(), r.appServicesError);
        int logQueries = 0;
        for (const QString &line : r.requests)
            logQueries += line.contains("/logs?co_id=") ? 1 : 0;
        QVERIFY(logQueries >= 2);
    }

    void missingRequiredClaimWithoutAdmin()
    {
        const AppServicesLogin::Result r =
            run(sandbox->okta()->mintToken({{"email", QJsonValue()}}), config());
        QCOMPARE(r.error.code, QStringLiteral("login_refused"));
        QCOMPARE(r.appServicesError, QStringLiteral("expected field 'email' to be in token metadata"));
        QVERIFY(r.logEntry.isEmpty());
    }

    void endpointGone()
    {
        sandbox->admin()->clientApi().setGone(true);
        const AppServicesLogin::Result r = run(sandbox->mintDemoToken(), config());
        QCOMPARE(r.error.code, QStringLiteral("client_api_unavailable"));
        QCOMPARE(r.stage, QStringLiteral("location"));
        QVERIFY(r.error.message.contains("2025-09-30"));
    }

    void serverErrorsRetriedThreeTimes()
    {
        sandbox->admin()->addFault({AdminSandbox::Fault::ServerError, "POST", "custom-token/login", 2});
        AppServicesLogin::Result r = run(sandbox->mintDemoToken(), config());
        QVERIFY(r.ok);
        QCOMPARE(sandbox->admin()->clientApi().loginCount(),
                 1); // two 500s answered by the fault, then one login

        sandbox->admin()->addFault({AdminSandbox::Fault::ServerError, "POST", "custom-token/login", -1});
        r = run(sandbox->mintDemoToken(), config());
        QCOMPARE(r.error.code, QStringLiteral("client_api_error"));
        int attempts = 0;
        for (const QString &line : r.requests)
            attempts += line.startsWith("POST") ? 1 : 0;
        QCOMPARE(attempts, AppServicesLogin::kMaxLoginAttempts);
    }

    void nonJsonLoginAndRedirects()
    {
        sandbox->admin()->addFault({AdminSandbox::Fault::MalformedJson, "POST", "custom-token/login", 1});
        QCOMPARE(run(sandbox->mintDemoToken(), config()).error.code,
                 QStringLiteral("client_api_unavailable"));

        const int evilBefore = sandbox->admin()->evilRequests().size();
        sandbox->admin()->addFault({AdminSandbox::Fault::Redirect, "GET", "auth/profile", 1});
        const AppServicesLogin::Result r = run(sandbox->mintDemoToken(), config());
        QCOMPARE(r.error.code, QStringLiteral("client_api_error"));
        QCOMPARE(r.stage, QStringLiteral("profile"));
        QVERIFY(r.error.message.contains("not followed"));
        QCOMPARE(sandbox->admin()->evilRequests().size(), evilBefore); // the bearer never left the host
    }

    void locationNamingAnInsecureHostIsRefused()
    {
        sandbox->admin()->clientApi().setLocationHostname("http://example.com");
        const AppServicesLogin::Result r = run(sandbox->mintDemoToken(), config());
        QCOMPARE(r.error.code, QStringLiteral("client_api_error"));
        QCOMPARE(sandbox->admin()->clientApi().loginCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AppServicesLogin)
#include "tst_AppServicesLogin.moc"
