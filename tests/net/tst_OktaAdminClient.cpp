#include "ScriptedHttpServer.h"
#include "net/OktaAdminClient.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

namespace {
const QByteArray kDate = "Sun, 06 Dec 2026 10:00:00 GMT";
QByteArray resetAfter(int seconds)
{
    return QByteArray::number(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC).toSecsSinceEpoch() +
                              seconds);
}
ScriptedHttpServer::Reply json(int status, const QByteArray &body,
                               QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return {status, headers, body};
}
} // namespace

class tst_OktaAdminClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> sandbox;
    OktaManagementSandbox *api = nullptr;
    std::unique_ptr<OktaAdminClient> client;
    QList<int> waits;

    struct Reply
    {
        bool done = false;
        QByteArray body;
        QJsonArray items;
        Problem error;
    };
    Reply call(const QString &method, const QString &path, const QJsonObject &body = {})
    {
        auto r = std::make_shared<Reply>();
        client->request(method, path, body, [r](const QByteArray &b, const Problem &e) {
            r->body = b;
            r->error = e;
            r->done = true;
        });
        [&] {
            QVERIFY(QTest::qWaitFor([r] { return r->done; }, 20000));
        }();
        return *r;
    }
    Reply all(const QString &path)
    {
        auto r = std::make_shared<Reply>();
        client->getAll(path, [r](const QJsonArray &items, const Problem &e) {
            r->items = items;
            r->error = e;
            r->done = true;
        });
        [&] {
            QVERIFY(QTest::qWaitFor([r] { return r->done; }, 20000));
        }();
        return *r;
    }
    void aimAt(const QString &origin) { QVERIFY(client->setOktaDomain(origin)); }

private slots:
    void initTestCase()
    {
        sandbox = std::make_unique<OktaSandbox>();
        QVERIFY(sandbox->start());
        api = OktaManagementSandbox::of(*sandbox);
    }
    void init()
    {
        api->reset();
        waits.clear();
        client = std::make_unique<OktaAdminClient>(&nam);
        client->setToken(OktaManagementSandbox::demoApiToken().toLatin1());
        client->setTimeout(10000);
        client->setJitter([] { return 250; });
        client->setWaiter([this](int ms, std::function<void()> then) {
            waits << ms;
            QTimer::singleShot(0, client.get(), std::move(then));
        });
        aimAt(sandbox->domain());
    }

    void readsEveryPage()
    {
        for (const char *name : {"second", "third"})
            QVERIFY(call("POST", "/api/v1/authorizationServers",
                         {{"name", name}, {"description", "d"}, {"audiences", QJsonArray{"x"}}})
                        .error.code.isEmpty());
        api->setPageSize(1);
        const Reply r = all("/api/v1/authorizationServers");
        QVERIFY2(r.error.code.isEmpty(), qPrintable(r.error.message));
        QCOMPARE(r.items.size(), 3);
        QCOMPARE(client->requestCount(), 2 + 3);
        QCOMPARE(client->log().constLast().toLine(),
                 QStringLiteral("GET /api/v1/authorizationServers → 200"));
    }
    void rejectsADomainThatIsNone()
    {
        const Result<void> aimed = client->setOktaDomain(QStringLiteral("not a domain"));
        QVERIFY(!aimed);
        QCOMPARE(aimed.problem().where, QStringLiteral("oktaDomain"));
        QVERIFY(!aimed.problem().message.isEmpty());
    }
    void redirectsAreNotFollowed()
    {
        ScriptedHttpServer org, other;
        org.script({{302, {{"Location", (other.origin() + "/api/v1/authorizationServers").toLatin1()}}, {}}});
        aimAt(org.origin());
        const Reply r = call("GET", "/api/v1/authorizationServers");
        QCOMPARE(r.error.code, QStringLiteral("okta_redirect_refused"));
        QCOMPARE(org.requests().size(), 1);
        QCOMPARE(org.requests().at(0).authorization,
                 "SSWS " + OktaManagementSandbox::demoApiToken().toLatin1());
        QVERIFY(other.requests().isEmpty());
    }
    void nextPageOnAnotherHostRefused()
    {
        ScriptedHttpServer org, other;
        org.script({json(200, "[]",
                         {{"Link", "<" + other.origin().toLatin1() + "/api/v1/x?after=1>; rel=\"next\""}})});
        aimAt(org.origin());
        const Reply r = all("/api/v1/authorizationServers");
        QCOMPARE(r.error.code, QStringLiteral("okta_bad_reply"));
        QVERIFY(r.error.message.contains("127.0.0.1"));
        QVERIFY(other.requests().isEmpty());
    }
    void hostileReplies_data()
    {
        QTest::addColumn<OktaManagementSandbox::Fault>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << OktaManagementSandbox::Fault::NotJson << "okta_bad_reply";
        QTest::newRow("20 MiB") << OktaManagementSandbox::Fault::Oversized << "okta_bad_reply";
        QTest::newRow("endless paging") << OktaManagementSandbox::Fault::EndlessPaging << "okta_bad_reply";
        QTest::newRow("Link to another host")
            << OktaManagementSandbox::Fault::ForeignLink << "okta_bad_reply";
        QTest::newRow("E0000015") << OktaManagementSandbox::Fault::NoApiAccessManagement
                                  << "okta_no_api_access_management";
        QTest::newRow("E0000006") << OktaManagementSandbox::Fault::NoAdminRights << "okta_admin_rights";
        QTest::newRow("E0000011") << OktaManagementSandbox::Fault::InvalidToken << "okta_invalid_token";
        QTest::newRow("E0000001") << OktaManagementSandbox::Fault::ValidationFailed
                                  << "okta_validation_failed";
    }
    void hostileReplies()
    {
        QFETCH(OktaManagementSandbox::Fault, fault);
        QFETCH(QString, code);
        api->setFault(fault);
        QElapsedTimer clock;
        clock.start();
        const Reply r = all("/api/v1/authorizationServers");
        QCOMPARE(r.error.code, code);
        QVERIFY(!r.error.fix.isEmpty());
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY(client->requestCount() <= OktaAdminClient::kMaxPages);
        QVERIFY(!r.error.message.contains(OktaManagementSandbox::demoApiToken()));
    }
    void validationCausesShown()
    {
        api->setFault(OktaManagementSandbox::Fault::ValidationFailed, 1);
        const Reply r = call("POST", "/api/v1/authorizationServers/default/claims", {{"name", ""}});
        QVERIFY(r.error.message.contains("The field cannot be left blank"));
    }
    void rateLimitWaitsForTheResetByTheServersClock()
    {
        ScriptedHttpServer org;
        org.script({json(429, R"({"errorCode":"E0000047","errorSummary":"API call exceeded rate limit"})",
                         {{"Date", kDate}, {"X-Rate-Limit-Reset", resetAfter(5)}}),
                    json(200, "[]")});
        aimAt(org.origin());
        const Reply r = all("/api/v1/authorizationServers");
        QVERIFY(r.error.code.isEmpty());
        QCOMPARE(waits, QList<int>{5000 + 250}); // the local clock (a year off, maybe) plays no part
        QCOMPARE(org.requests().size(), 2);
    }
    void rateLimitGivesUpAfterSixtySeconds()
    {
        ScriptedHttpServer org;
        org.script({json(429, R"({"errorCode":"E0000047","errorSummary":"API call exceeded rate limit"})",
                         {{"Date", kDate}, {"X-Rate-Limit-Reset", resetAfter(40)}})});
        aimAt(org.origin());
        const Reply r = call("POST", "/api/v1/authorizationServers/default/claims", {{"name", "email"}});
        QCOMPARE(r.error.code, QStringLiteral("okta_rate_limited"));
        QCOMPARE(waits, QList<int>{40250});
        QCOMPARE(org.requests().size(), 2);
    }
    void serverErrorsRetriedForGetsOnly()
    {
        api->setFault(OktaManagementSandbox::Fault::ServerError, 2);
        QVERIFY(all("/api/v1/authorizationServers").error.code.isEmpty());
        QCOMPARE(client->requestCount(), 3);
        QCOMPARE(waits.size(), 2);
        api->setFault(OktaManagementSandbox::Fault::ServerError, 1);
        const Reply post = call("POST", "/api/v1/authorizationServers/default/claims", {{"name", "email"}});
        QCOMPARE(post.error.code, QStringLiteral("okta_server_error"));
        QCOMPARE(client->requestCount(), 4);
        api->setFault(OktaManagementSandbox::Fault::ServerError);
        QCOMPARE(all("/api/v1/authorizationServers").error.code, QStringLiteral("okta_server_error"));
        QCOMPARE(client->requestCount(), 4 + OktaAdminClient::kGetAttempts);
    }
};

QTEST_MAIN(tst_OktaAdminClient)
#include "tst_OktaAdminClient.moc"
