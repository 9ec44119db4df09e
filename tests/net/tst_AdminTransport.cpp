#include "AdminBench.h"
#include "core/AdminReply.h"
#include "core/AdminRequests.h"
#include "core/ProvidersWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using Fault = AdminSandbox::Fault;

class tst_AdminTransport : public QObject
{
    Q_OBJECT

private slots:
    void serverErrorRetriedOnGet()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::ServerError, "GET", "/auth_providers", 2});
        QSignalSpy retries(b.client.transport(), &AdminTransport::retryScheduled);
        const auto r = AdminBench::wait(b.client.listProviders(b.sandbox.projectId(), b.myApp()));
        QVERIFY(r.ok);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(retries.size(), 2);
    }
    void retriesAreBounded()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::ServerError, "GET", {}, -1});
        const auto r = AdminBench::wait(b.client.listProviders(b.sandbox.projectId(), b.myApp()));
        QCOMPARE(r.error.code, QStringLiteral("server_error"));
        QCOMPARE(b.sandbox.requests().size(), 4); // 1 + 3 retries
        QVERIFY(!r.error.fix.isEmpty());
    }
    void postNeverRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500") << int(Fault::ServerError);
        QTest::newRow("429") << int(Fault::TooManyRequests);
    }
    void postNeverRetried()
    {
        QFETCH(int, fault);
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault(fault), "POST", "/auth_providers", -1, 0});
        const auto r = AdminBench::wait(b.client.createProvider(
            b.sandbox.projectId(), b.myApp(), ProvidersWriter::providerObject(AdminBench::okta())));
        QVERIFY(!r.ok);
        QCOMPARE(b.sandbox.requests().size(), 1);
        QCOMPARE(r.attempts, 1);
    }
    void retryAfterHonoured()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::TooManyRequests, "GET", {}, 1, 1});
        QSignalSpy retries(b.client.transport(), &AdminTransport::retryScheduled);
        QElapsedTimer clock;
        clock.start();
        const auto r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QVERIFY(r.ok);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(3).toInt(), 1000); // Retry-After: 1, not the 1 ms backoff
        QVERIFY(clock.elapsed() >= 900);
    }
    void retryAfterParsing()
    {
        QNetworkAccessManager nam;
        AdminTransport t(&nam);
        t.setRetryDelay(100);
        t.setMaxRetryDelay(5000);
        QCOMPARE(t.retryDelay(1, "2"), 2000);
        QCOMPARE(t.retryDelay(1, "999"), 5000); // capped
        QCOMPARE(t.retryDelay(3, {}), 400);     // exponential backoff
        QCOMPARE(t.retryDelay(1, "garbage"), 100);
        const QByteArray date =
            QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::RFC2822Date).toLatin1();
        QCOMPARE(t.retryDelay(1, date), 0); // a date in the past: no wait
        t.setTimeout(3000);
        QCOMPARE(t.retryDelay(1, "999"), 3000); // never longer than a request may take
    }
    void hangTimesOut()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.client.transport()->setTimeout(300);
        b.sandbox.addFault({Fault::Hang, "GET", {}, 1});
        const auto r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QCOMPARE(r.error.code, QStringLiteral("timeout"));
        QCOMPARE(r.error.kind, AdminApiError::Kind::Timeout);
    }
    void connectionReset()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::Reset, "GET", {}, -1});
        const auto r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QCOMPARE(r.error.code, QStringLiteral("network_error"));
        QVERIFY(!r.error.cause().isEmpty());
    }
    void connectionResetOnPostNotResent()
    {
        // Qt itself resends a request whose connection dropped; a POST must reach the server only once.
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::Reset, "POST", "/auth_providers", -1});
        const auto r = AdminBench::wait(b.client.createProvider(
            b.sandbox.projectId(), b.myApp(), ProvidersWriter::providerObject(AdminBench::okta())));
        QCOMPARE(r.error.code, QStringLiteral("network_error"));
        QCOMPARE(b.sandbox.requests().size(), 1);
    }
    void redirectNotFollowed_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("GET") << "GET";
        QTest::newRow("login POST") << "POST";
    }
    void redirectNotFollowed()
    {
        QFETCH(QString, method);
        AdminBench b;
        if (method == QLatin1String("GET"))
            QVERIFY(b.login());
        b.sandbox.addFault({Fault::Redirect, method, {}, -1});
        const auto r = AdminBench::wait(method == QLatin1String("GET")
                                            ? b.client.listApps(b.sandbox.projectId())
                                            : b.client.login(b.sandbox.publicKey(), b.sandbox.privateKey()));
        QCOMPARE(r.error.code, QStringLiteral("redirect_refused"));
        QVERIFY(r.error.message.contains(b.sandbox.evilHostUrl().host()));
        QVERIFY(b.sandbox.evilRequests().isEmpty()); // nothing, let alone an Authorization header
    }
    void abortCancels()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::Hang, "GET", {}, 1});
        AdminCall *call = b.client.listApps(b.sandbox.projectId());
        QObject::connect(&b.sandbox, &AdminSandbox::requestHandled, call, [call] { call->abort(); });
        const auto r = AdminBench::wait(call);
        QCOMPARE(r.error.code, QStringLiteral("cancelled"));
    }
    void baseUrlChecked()
    {
        AdminBench b;
        const auto set = b.client.transport()->setBaseUrl("http://services.cloud.mongodb.com/api/admin/v3.0");
        QVERIFY(!set);
        QVERIFY(set.problem().message.contains(QLatin1String("https")));
        QCOMPARE(b.client.transport()->baseUrl().toString(), b.sandbox.baseUrl()); // unchanged
        QVERIFY(b.client.transport()->setBaseUrl(AdminRequests::defaultBaseUrl() + "/"));
        QCOMPARE(b.client.transport()->baseUrl().toString(), AdminRequests::defaultBaseUrl());
    }
};

QTEST_GUILESS_MAIN(tst_AdminTransport)
#include "tst_AdminTransport.moc"
