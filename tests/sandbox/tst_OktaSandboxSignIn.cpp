#include "SandboxBrowser.h"
#include "core/Base64Url.h"
#include "core/Jwt.h"
#include "sandbox/OktaSandbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

// The sandbox's OAuth endpoints spoken to with plain HTTP, as a browser and a public client would.
class tst_OktaSandboxSignIn : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> sandbox;
    const QString redirect = QStringLiteral("http://127.0.0.1:8484/callback");
    const QByteArray verifier = QByteArray(50, 'v');

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QUrl location;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Reply send(const QUrl &url, const QByteArray &form = QByteArray())
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = form.isNull() ? nam.get(request) : nam.post(request, form);
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        reply->deleteLater();
        return r;
    }
    QUrl authorizeUrl(const QList<QPair<QString, QString>> &overrides = {})
    {
        QUrlQuery q;
        QList<QPair<QString, QString>> items{
            {"client_id", OktaSandbox::demoClientId()},
            {"response_type", "code"},
            {"scope", "openid profile"},
            {"redirect_uri", redirect},
            {"state", "st4te"},
            {"nonce", "n0nce"},
            {"code_challenge", QString::fromLatin1(Base64Url::encode(
                                   QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)))},
            {"code_challenge_method", "S256"}};
        for (const auto &o : overrides) {
            for (auto &i : items) {
                if (i.first == o.first)
                    i.second = o.second;
            }
        }
        for (const auto &i : items) {
            if (!i.second.isNull())
                q.addQueryItem(i.first, QString::fromLatin1(QUrl::toPercentEncoding(i.second)));
        }
        QUrl url(sandbox->issuer() + "/v1/authorize");
        url.setQuery(q);
        return url;
    }
    QUrl signIn(const QUrl &authorize)
    {
        return SandboxBrowser::clickSignIn(&nam, sandbox->domain(), authorize);
    }
    Reply exchange(const QString &code, const QByteArray &codeVerifier)
    {
        QUrlQuery form;
        form.addQueryItem("grant_type", "authorization_code");
        form.addQueryItem("client_id", OktaSandbox::demoClientId());
        form.addQueryItem("redirect_uri", QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        form.addQueryItem("code", code);
        form.addQueryItem("code_verifier", QString::fromLatin1(codeVerifier));
        return send(QUrl(sandbox->issuer() + "/v1/token"), form.toString(QUrl::FullyEncoded).toLatin1());
    }
    Reply poll(const QString &deviceCode)
    {
        const QByteArray form =
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=" +
            OktaSandbox::demoClientId().toLatin1() + "&device_code=" + deviceCode.toLatin1();
        return send(QUrl(sandbox->issuer() + "/v1/token"), form);
    }
    QJsonObject deviceAuthorize()
    {
        return send(QUrl(sandbox->issuer() + "/v1/device/authorize"),
                    "client_id=" + OktaSandbox::demoClientId().toLatin1() + "&scope=openid")
            .json();
    }

private slots:
    void initTestCase()
    {
        sandbox = std::make_unique<OktaSandbox>();
        QVERIFY(sandbox->start());
    }
    void init() { sandbox->resetBehaviour(); }

    void signInPageRedirectsWithCodeAndState()
    {
        const Reply page = send(authorizeUrl());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Sign in as sandbox.user@example.com"));
        const QUrl back = signIn(authorizeUrl());
        QCOMPARE(back.adjusted(QUrl::RemoveQuery).toString(), redirect);
        QCOMPARE(QUrlQuery(back).queryItemValue("state"), QStringLiteral("st4te"));
        const QString code = QUrlQuery(back).queryItemValue("code");
        QVERIFY(code.size() >= 22);

        const Reply tokens = exchange(code, verifier);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.json().value("token_type").toString(), QStringLiteral("Bearer"));
        const Jwt access = Jwt::parse(tokens.json().value("access_token").toString().toLatin1()).value();
        QCOMPARE(access.claims().value("sub").toString(), OktaSandbox::demoUserLogin());
        QCOMPARE(access.claims().value("cid").toString(), OktaSandbox::demoClientId());
        const Jwt id = Jwt::parse(tokens.json().value("id_token").toString().toLatin1()).value();
        QCOMPARE(id.claims().value("nonce").toString(), QStringLiteral("n0nce"));

        // A code works once.
        const Reply replay = exchange(code, verifier);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.json().value("error").toString(), QStringLiteral("invalid_grant"));
    }

    void pkceVerifierIsChecked()
    {
        const QString code = QUrlQuery(signIn(authorizeUrl())).queryItemValue("code");
        const Reply wrong = exchange(code, QByteArray(50, 'w'));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().value("error").toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(sandbox->signIn().pkceFailures(), 1);
        QCOMPARE(exchange(code, verifier).status, 400); // the failed exchange used the code up
    }

    void authorizeRefusals_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("no challenge") << "code_challenge" << QString() << "invalid_request";
        QTest::newRow("plain method") << "code_challenge_method"
                                      << "plain"
                                      << "invalid_request";
        QTest::newRow("no state") << "state" << QString() << "invalid_request";
        QTest::newRow("token response") << "response_type"
                                        << "token"
                                        << "unsupported_response_type";
    }
    void authorizeRefusals()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const Reply r = send(authorizeUrl({{param, value}}));
        QCOMPARE(r.status, 302);
        QCOMPARE(QUrlQuery(r.location).queryItemValue("error"), error);
    }

    void unknownClientAndRedirectStayOnOkta()
    {
        QCOMPARE(send(authorizeUrl({{"client_id", "0oaother"}})).status, 400);
        sandbox->signIn().setRegisteredRedirectUris({"http://localhost:8484/callback"});
        const Reply r = send(authorizeUrl());
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("must be a Login redirect URI"));
        QVERIFY(r.location.isEmpty());
    }

    void accessDeniedByPolicy()
    {
        sandbox->signIn().setAccessDenied(
            "Policy evaluation failed for this request, please check the policy "
            "configurations.");
        const Reply r = send(authorizeUrl());
        QCOMPARE(QUrlQuery(r.location).queryItemValue("error"), QStringLiteral("access_denied"));
        QVERIFY(QUrlQuery(r.location)
                    .queryItemValue("error_description", QUrl::FullyDecoded)
                    .contains("Policy evaluation failed"));
    }

    void deviceFlowPendingSlowDownApproved()
    {
        sandbox->signIn().setDeviceTiming(600, 1);
        const QJsonObject d = deviceAuthorize();
        QCOMPARE(d.value("interval").toInt(), 1);
        QVERIFY(d.value("verification_uri_complete")
                    .toString()
                    .endsWith("user_code=" + d.value("user_code").toString()));
        const QString deviceCode = d.value("device_code").toString();
        QCOMPARE(poll(deviceCode).json().value("error").toString(), QStringLiteral("authorization_pending"));
        QCOMPARE(poll(deviceCode).json().value("error").toString(), QStringLiteral("slow_down")); // too soon
        const Reply page = send(QUrl(d.value("verification_uri_complete").toString()));
        QVERIFY(page.body.contains("Sign in as sandbox.user@example.com"));
        // Opened without the code (verification_uri), the page asks for it; the form sends it to approve.
        const Reply form = send(QUrl(d.value("verification_uri").toString()));
        QVERIFY(form.body.contains("name=\"user_code\""));
        QVERIFY(form.body.contains("action=\"/activate/approve\""));
        const QString typed = d.value("user_code").toString().toLower(); // typed as it comes
        QCOMPARE(send(QUrl(sandbox->domain() + "/activate/approve?user_code=" + typed)).status, 200);
        QTest::qWait(6000); // the interval grew by 5 s
        const Reply ok = poll(deviceCode);
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.json().value("access_token").toString().isEmpty());
        QCOMPARE(poll(deviceCode).json().value("error").toString(), QStringLiteral("invalid_grant"));
    }

    void deviceFlowExpiresAndDenies()
    {
        sandbox->signIn().setDeviceTiming(1, 1);
        const QString expiring = deviceAuthorize().value("device_code").toString();
        QTest::qWait(1100);
        QCOMPARE(poll(expiring).json().value("error").toString(), QStringLiteral("expired_token"));

        sandbox->signIn().setDeviceTiming(600, 1);
        const QJsonObject d = deviceAuthorize();
        send(QUrl(sandbox->domain() + "/activate/deny?user_code=" + d.value("user_code").toString()));
        QCOMPARE(poll(d.value("device_code").toString()).json().value("error").toString(),
                 QStringLiteral("access_denied"));
    }

    void publicClientSendsNoSecret()
    {
        const QString code = QUrlQuery(signIn(authorizeUrl())).queryItemValue("code");
        QUrlQuery form;
        form.addQueryItem("grant_type", "authorization_code");
        form.addQueryItem("client_id", OktaSandbox::demoClientId());
        form.addQueryItem("client_secret", "s");
        form.addQueryItem("code", code);
        const Reply r = send(QUrl(sandbox->issuer() + "/v1/token"), form.toString().toLatin1());
        QCOMPARE(r.json().value("error").toString(), QStringLiteral("invalid_request"));
    }
};

QTEST_GUILESS_MAIN(tst_OktaSandboxSignIn)
#include "tst_OktaSandboxSignIn.moc"
