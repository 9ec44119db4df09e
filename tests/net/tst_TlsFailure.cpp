#include "TestPki.h"
#include "TlsTestServer.h"
#include "net/AdminApiClient.h"
#include "net/OktaClient.h"
#include "net/TrustAnchors.h"
#include "sandbox/OktaSandboxKeys.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// The Admin API client and OktaClient over TLS: certificate errors fail with the host and the reason
// (never ignored), https never falls back to plain http through a redirect, and plain http is refused
// for any host but loopback.
class tst_TlsFailure : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    TestCert ca;
    QString caFile;
    std::unique_ptr<TlsTestServer> server;
    QTcpServer plain; // an http target that must never be contacted
    int plainConnections = 0;

    struct Result
    {
        bool finished = false;
        AdminApiError error;
    };
    static Result wait(AdminCall *call)
    {
        QSignalSpy spy(call, &AdminCall::finished);
        Result r;
        r.finished = spy.wait(10000);
        r.error = call->error();
        return r;
    }
    AdminApiClient *adminClient(QNetworkAccessManager *nam)
    {
        auto *client = new AdminApiClient(nam, nam);
        const auto set = client->transport()->setBaseUrl(server->url() + QStringLiteral("/api/admin/v3.0"));
        if (!set)
            qFatal("%s", qPrintable(set.problem().message));
        client->transport()->setMaxRetries(0);
        return client;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        ca = TestPki::makeCa(QStringLiteral("OWZ Admin Test CA"));
        QFile f(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(ca.certPem) > 0);
        caFile = f.fileName();
        server = std::make_unique<TlsTestServer>(
            TestPki::makeServer(ca, {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}));
        QVERIFY(server->start());
        server->setReply(QStringLiteral("/api/admin/v3.0/auth/providers/mongodb-cloud/login"),
                         {200, R"({"access_token":"A","refresh_token":"R"})", {}});
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [this] {
            ++plainConnections;
            delete plain.nextPendingConnection();
        });
    }
    void cleanup() { QVERIFY(TrustAnchors::use(QString())); }

    void adminUntrustedFailsNamingHostAndReason()
    {
        QNetworkAccessManager nam;
        const Result r = wait(adminClient(&nam)->login(QStringLiteral("pub"), QStringLiteral("priv")));
        QVERIFY(r.finished);
        QCOMPARE(r.error.code, QStringLiteral("tls_error"));
        QVERIFY2(r.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QStringLiteral("issuer certificate")), qPrintable(r.error.message));
        QVERIFY(r.error.fix.contains(QStringLiteral("--ca-file")));
        QVERIFY(r.error.toLine().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!server->requests().join(QLatin1Char('\n')).contains(QStringLiteral("login")));
    }

    void adminTrustedCaLogsIn()
    {
        const auto trusted = TrustAnchors::use(caFile);
        QVERIFY2(trusted, qPrintable(trusted.problem().message));
        QNetworkAccessManager nam;
        AdminApiClient *client = adminClient(&nam);
        const Result r = wait(client->login(QStringLiteral("pub"), QStringLiteral("priv")));
        QVERIFY(r.finished);
        QVERIFY2(r.error.isNull(), qPrintable(r.error.toLine()));
        QVERIFY(client->isLoggedIn());
    }

    void adminNeverFollowsHttpsToHttp()
    {
        const QByteArray target = QStringLiteral("http://127.0.0.1:%1/api/admin/v3.0/groups/g/apps")
                                      .arg(plain.serverPort())
                                      .toUtf8();
        server->setReply(QStringLiteral("/api/admin/v3.0/groups/g/apps"), {302, {}, target});
        const auto trusted = TrustAnchors::use(caFile);
        QVERIFY2(trusted, qPrintable(trusted.problem().message));
        QNetworkAccessManager nam;
        AdminApiClient *client = adminClient(&nam);
        QVERIFY(wait(client->login(QStringLiteral("pub"), QStringLiteral("priv"))).error.isNull());
        const Result r = wait(client->listApps(QStringLiteral("g")));
        QVERIFY(r.finished);
        QCOMPARE(r.error.code, QStringLiteral("redirect_refused"));
        QTest::qWait(100);
        QCOMPARE(plainConnections, 0);
    }

    void adminRefusesPlainHttpButLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("http remote") << "http://services.cloud.mongodb.com/api/admin/v3.0" << false;
        QTest::newRow("http remote ip") << "http://10.0.0.1/api/admin/v3.0" << false;
        QTest::newRow("http localhost.evil") << "http://localhost.example.com/api" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/api" << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/api/admin/v3.0" << true;
        QTest::newRow("https remote") << "https://services.cloud.mongodb.com/api/admin/v3.0" << true;
    }
    void adminRefusesPlainHttpButLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QNetworkAccessManager nam;
        AdminApiClient client(&nam);
        const QUrl before = client.transport()->baseUrl();
        const auto set = client.transport()->setBaseUrl(url);
        QCOMPARE(set.ok(), accepted);
        if (!accepted) {
            QVERIFY2(set.problem().message.contains(QStringLiteral("https")),
                     qPrintable(set.problem().message));
            QCOMPARE(client.transport()->baseUrl(), before);
        }
    }

    void oktaNeverFollowsHttpsToHttp()
    {
        const QByteArray target = QStringLiteral("http://127.0.0.1:%1/oauth2/default/.well-known/x")
                                      .arg(plain.serverPort())
                                      .toUtf8();
        server->setReply(QStringLiteral("/oauth2/default/.well-known/openid-configuration"),
                         {302, {}, target});
        const auto trusted = TrustAnchors::use(caFile);
        QVERIFY2(trusted, qPrintable(trusted.problem().message));
        QNetworkAccessManager nam;
        OktaClient client(&nam);
        QSignalSpy failed(&client, &OktaClient::failed);
        client.discover(server->url(), QStringLiteral("default"));
        QVERIFY(failed.wait(10000));
        const Problem f = failed.first().first().value<Problem>();
        QCOMPARE(f.code, QStringLiteral("okta_insecure_redirect"));
        QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1")), qPrintable(f.message));
        QTest::qWait(100);
        QCOMPARE(plainConnections, 0);
    }

    void oktaRefusesPlainHttpButLoopback()
    {
        QNetworkAccessManager nam;
        OktaClient client(&nam);
        QSignalSpy failed(&client, &OktaClient::failed);
        client.fetchJwks(QStringLiteral("http://dev-1.okta.example/oauth2/default/v1/keys"));
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().value<Problem>().isNull());
        QCOMPARE(client.requestCount(), 0);
    }
};

QTEST_MAIN(tst_TlsFailure)
#include "tst_TlsFailure.moc"
