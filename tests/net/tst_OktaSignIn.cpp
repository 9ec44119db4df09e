#include "SandboxBrowser.h"
#include "TestFiles.h"
#include "net/OktaSignIn.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

// The sign-in against the Okta sandbox, the test playing browser and user.
class tst_OktaSignIn : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> okta;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    OktaSignIn::Config config()
    {
        OktaSignIn::Config c;
        c.oktaDomain = okta->domain();
        c.clientId = OktaSandbox::demoClientId();
        c.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort()));
        c.waitTimeoutMs = 20000;
        c.requestTimeoutMs = 5000;
        return c;
    }
    SandboxBrowser::Page get(const QUrl &url) { return SandboxBrowser::get(&nam, url); }
    QUrl clickSignIn(const QUrl &authorize)
    {
        return SandboxBrowser::clickSignIn(&nam, okta->domain(), authorize);
    }
    static QByteArray rawExchange(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(3000))
            return "no-connect";
        socket.write(request);
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1500 && socket.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(20);
            got += socket.readAll();
            if (got.contains("</html>"))
                break;
        }
        return got + socket.readAll();
    }

private slots:
    void initTestCase()
    {
        okta = std::make_unique<OktaSandbox>();
        QVERIFY(okta->start());
    }
    void init() { okta->resetBehaviour(); }

    void browserFlowSignsIn()
    {
        OktaSignIn signIn(&nam);
        QSignalSpy url(&signIn, &OktaSignIn::authorizeUrlReady);
        QSignalSpy done(&signIn, &OktaSignIn::signedIn);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        const OktaSignIn::Config c = config();
        signIn.startBrowser(c);
        QCOMPARE(url.size(), 1);
        const QUrlQuery q(url.at(0).at(0).toUrl());
        QCOMPARE(q.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
        QVERIFY(q.queryItemValue("state").size() >= 22);
        QVERIFY(q.queryItemValue("nonce").size() >= 22);
        QVERIFY(q.queryItemValue("state") != q.queryItemValue("nonce"));
        QCOMPARE(q.queryItemValue("scope", QUrl::FullyDecoded), QStringLiteral("openid profile email"));

        const QUrl redirect = clickSignIn(url.at(0).at(0).toUrl());
        QCOMPARE(redirect.port(), c.redirectUri.port());
        const SandboxBrowser::Page landing = get(redirect);
        QCOMPARE(landing.status, 200);
        QVERIFY(landing.body.contains("You can close this tab."));
        QVERIFY(done.wait(5000));
        QCOMPARE(failed.size(), 0);
        const auto tokens = done.at(0).at(0).value<OktaSignIn::Tokens>();
        QVERIFY(tokens.accessToken.count('.') == 2);
        QCOMPARE(okta->signIn().codesExchanged(), 1);
        QCOMPARE(okta->signIn().pkceFailures(), 0);
        // The listener is closed: nothing answers on the port any more.
        QCOMPARE(rawExchange(quint16(c.redirectUri.port()), "GET /callback HTTP/1.1\r\n\r\n"),
                 QByteArray("no-connect"));
    }

    void stateMismatchIsRefusedThenGenuineWins()
    {
        OktaSignIn signIn(&nam);
        QSignalSpy url(&signIn, &OktaSignIn::authorizeUrlReady);
        QSignalSpy done(&signIn, &OktaSignIn::signedIn);
        QSignalSpy refused(&signIn, &OktaSignIn::callbackRefused);
        signIn.startBrowser(config());
        const QUrl redirect = clickSignIn(url.at(0).at(0).toUrl());
        QUrl forged = redirect;
        QUrlQuery fq(redirect);
        fq.removeAllQueryItems("state");
        fq.addQueryItem("state", "forged");
        forged.setQuery(fq);
        QCOMPARE(get(forged).status, 400);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(okta->signIn().tokenRequests(), 0); // never exchanged
        QCOMPARE(get(redirect).status, 200);
        QVERIFY(done.wait(5000));
    }

    void hostileCallbacks_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("status");
        const QJsonObject doc =
            QJsonDocument::fromJson(TestFiles::read(OWZ_TEST_DATA "/hostile/callbacks.json")).object();
        for (const QJsonValue &v : doc.value("cases").toArray()) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value("id").toString()))
                << c.value("raw").toString() << c.value("status").toInt();
        }
    }
    void hostileCallbacks()
    {
        QFETCH(QString, raw);
        QFETCH(int, status);
        OktaSignIn signIn(&nam);
        QSignalSpy url(&signIn, &OktaSignIn::authorizeUrlReady);
        QSignalSpy done(&signIn, &OktaSignIn::signedIn);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        const OktaSignIn::Config c = config();
        signIn.startBrowser(c);
        const QString state = QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue("state");
        QString text = raw;
        text.replace("{host}", QStringLiteral("127.0.0.1:%1").arg(c.redirectUri.port()));
        text.replace("{state}", state);
        const QRegularExpression repeat(QStringLiteral("\\{(.)\\*(\\d+)\\}"));
        for (auto m = repeat.match(text); m.hasMatch(); m = repeat.match(text))
            text.replace(m.capturedStart(), m.capturedLength(),
                         QString(m.captured(2).toInt(), m.captured(1).at(0)));
        const QByteArray answer = rawExchange(quint16(c.redirectUri.port()), text.toUtf8());
        if (status > 0)
            QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)),
                     answer.left(80).constData());
        if (status == 0)
            QVERIFY2(!answer.startsWith("HTTP/1.1 2"), answer.left(80).constData());
        QCOMPARE(okta->signIn().tokenRequests(), 0);
        QCOMPARE(done.size(), 0);
        QCOMPARE(failed.size(), 0);
        // Still waiting, and the genuine redirect still works.
        QCOMPARE(get(clickSignIn(url.at(0).at(0).toUrl())).status, 200);
        QVERIFY(done.wait(5000));
    }

    void oauthErrorOnRedirectIsExplained()
    {
        okta->signIn().setAccessDenied("Policy evaluation failed for this request, please check the policy "
                                       "configurations.");
        OktaSignIn signIn(&nam);
        QSignalSpy url(&signIn, &OktaSignIn::authorizeUrlReady);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        signIn.startBrowser(config());
        QCOMPARE(get(get(url.at(0).at(0).toUrl()).location).status, 200);
        QTRY_COMPARE(failed.size(), 1);
        const Problem f = failed.at(0).at(0).value<Problem>();
        QCOMPARE(f.code, QStringLiteral("access_denied"));
        QCOMPARE(f.where, QStringLiteral("authorize"));
        QVERIFY(f.message.contains("policy"));
        QVERIFY(f.fix.contains("rule"));
        QCOMPARE(okta->signIn().tokenRequests(), 0);
    }

    void busyPortAndCancel()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        OktaSignIn::Config c = config();
        c.redirectUri.setPort(squatter.serverPort());
        OktaSignIn signIn(&nam);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        signIn.startBrowser(c);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Problem>().code, QStringLiteral("redirect_listener"));

        signIn.startBrowser(config());
        QVERIFY(signIn.isRunning());
        signIn.cancel();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<Problem>().code, QStringLiteral("sign_in_cancelled"));
    }

    void browserWaitTimesOut()
    {
        OktaSignIn::Config c = config();
        c.waitTimeoutMs = 1500;
        OktaSignIn signIn(&nam);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        QSignalSpy countdown(&signIn, &OktaSignIn::countdown);
        signIn.startBrowser(c);
        QVERIFY(failed.wait(4000));
        QCOMPARE(failed.at(0).at(0).value<Problem>().code, QStringLiteral("sign_in_timeout"));
        QVERIFY(countdown.size() >= 1);
    }

    void deviceFlowPendingSlowDownSuccess()
    {
        okta->signIn().setDeviceTiming(600, 1);
        okta->signIn().forceSlowDown(1);
        OktaSignIn signIn(&nam);
        QSignalSpy code(&signIn, &OktaSignIn::deviceCodeReady);
        QSignalSpy done(&signIn, &OktaSignIn::signedIn);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        QElapsedTimer t;
        t.start();
        signIn.startDevice(config());
        QVERIFY(code.wait(5000));
        const auto d = code.at(0).at(0).value<OktaSignIn::DeviceCode>();
        QVERIFY(d.verificationUriComplete.endsWith("user_code=" + d.userCode));
        QCOMPARE(d.interval, 1);
        // First poll after 1 s: forced slow_down; the next must wait 6 s, or the sandbox answers slow_down
        // again.
        QTest::qWait(1500);
        QVERIFY(okta->signIn().approveDevice(d.userCode));
        QVERIFY(done.wait(10000));
        QVERIFY(t.elapsed() >= 7000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(okta->signIn().tokenRequests(), 2); // slow_down, then the tokens: no extra poll
    }

    void deviceFlowExpiresAndDenied()
    {
        okta->signIn().setDeviceTiming(2, 1);
        OktaSignIn signIn(&nam);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        signIn.startDevice(config());
        QVERIFY(failed.wait(6000));
        QCOMPARE(failed.at(0).at(0).value<Problem>().code, QStringLiteral("expired_token"));

        okta->signIn().setDeviceTiming(600, 1);
        QSignalSpy code(&signIn, &OktaSignIn::deviceCodeReady);
        signIn.startDevice(config());
        QVERIFY(code.wait(5000));
        get(QUrl(okta->domain() +
                 "/activate/deny?user_code=" + code.at(0).at(0).value<OktaSignIn::DeviceCode>().userCode));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(1).at(0).value<Problem>().code, QStringLiteral("access_denied"));
    }

    void unknownClientIsExplained()
    {
        OktaSignIn::Config c = config();
        c.clientId = "0oanotthere";
        OktaSignIn signIn(&nam);
        QSignalSpy failed(&signIn, &OktaSignIn::failed);
        signIn.startDevice(c);
        QVERIFY(failed.wait(5000));
        const Problem f = failed.at(0).at(0).value<Problem>();
        QCOMPARE(f.code, QStringLiteral("invalid_client"));
        QVERIFY(f.fix.contains("native"));
    }
};

QTEST_GUILESS_MAIN(tst_OktaSignIn)
#include "tst_OktaSignIn.moc"
