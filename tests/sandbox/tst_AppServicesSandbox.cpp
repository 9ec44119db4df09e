#include "sandbox/AppServicesSandbox.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

// The client API simulator spoken to with plain HTTP, as an SDK does, and read back through the Admin API.
class tst_AppServicesSandbox : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<Sandbox> sandbox;
    QString appId;

    struct Reply
    {
        int status = 0;
        QByteArray body, contentType, requestId;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };
    Reply send(const QString &method, const QString &url, const QByteArray &body = {},
               const QByteArray &bearer = {})
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *reply = nam.sendCustomRequest(request, method.toLatin1(), body);
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.requestId = reply->rawHeader("X-Appservices-Request-Id");
        reply->deleteLater();
        return r;
    }
    QString client() const { return sandbox->admin()->origin() + "/api/client/v2.0"; }
    Reply login(const QByteArray &token)
    {
        const QJsonObject body{{"token", QString::fromLatin1(token)},
                               {"options", QJsonObject{{"device", QJsonObject{{"sdk", "okta-jwt"}}}}}};
        return send("POST", client() + "/app/myapp-abcde/auth/providers/custom-token/login",
                    QJsonDocument(body).toJson());
    }
    QByteArray adminToken()
    {
        const QJsonObject creds{{"username", sandbox->publicKey()}, {"apiKey", sandbox->privateKey()}};
        return send("POST", sandbox->adminApiUrl() + "/auth/providers/mongodb-cloud/login",
                    QJsonDocument(creds).toJson())
            .json()
            .value("access_token")
            .toString()
            .toLatin1();
    }
    QString adminApp() const
    {
        return sandbox->adminApiUrl() + QStringLiteral("/groups/%1/apps/%2").arg(sandbox->projectId(), appId);
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
        sandbox->deployDemoProvider({}, {{"email", "email", true}, {"name", "", false}});
    }

    void locationNamesThisServer()
    {
        const Reply r = send("GET", client() + "/app/myapp-abcde/location");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("hostname").toString(), sandbox->admin()->origin());
        QCOMPARE(send("GET", client() + "/app/nosuch-app/location").json().value("error_code").toString(),
                 QStringLiteral("AppNotFound"));
    }

    void loginCreatesUserWithMetadata()
    {
        const Reply r = login(sandbox->mintDemoToken());
        QCOMPARE(r.status, 200);
        const QString userId = r.json().value("user_id").toString();
        QVERIFY(!userId.isEmpty());
        const QByteArray access = r.json().value("access_token").toString().toLatin1();
        const QByteArray refresh = r.json().value("refresh_token").toString().toLatin1();

        const Reply profile = send("GET", client() + "/auth/profile", {}, access);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json().value("user_id").toString(), userId);
        QCOMPARE(profile.json().value("data").toObject(),
                 (QJsonObject{{"email", "ada@example.com"}, {"name", "Ada Lovelace"}}));
        const QJsonObject identity = profile.json().value("identities").toArray().at(0).toObject();
        QCOMPARE(identity.value("id").toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(identity.value("provider_type").toString(), QStringLiteral("custom-token"));

        // The same sub logs in to the same user.
        QCOMPARE(login(sandbox->mintDemoToken()).json().value("user_id").toString(), userId);
        QCOMPARE(send("GET", client() + "/auth/profile", {}, refresh).status, 401); // not an access token
        QCOMPARE(send("DELETE", client() + "/auth/session", {}, refresh).status, 204);
        QCOMPARE(send("DELETE", client() + "/auth/session", {}, refresh).status, 401);

        const QByteArray admin = adminToken();
        QCOMPARE(send("GET", adminApp() + "/users", {}, admin).array().size(), 1);
        QCOMPARE(send("DELETE", client() + "/auth/delete", {}, access).status, 204);
        QCOMPARE(send("GET", adminApp() + "/users", {}, admin).array().size(), 0);
        QCOMPARE(send("GET", adminApp() + "/users/" + userId, {}, admin).status, 404);
    }

    void refusalsUseAppServicesTexts_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("error");
        QTest::newRow("aud") << QJsonObject{{"aud", "api://default"}}
                             << "'myapp-abcde' not found in 'aud' claim";
        QTest::newRow("expired") << QJsonObject{{"exp", 1000}} << "token is expired";
        QTest::newRow("missing email")
            << QJsonObject{{"email", QJsonValue::Null}} << "expected field 'email' to be in token metadata";
        QTest::newRow("issuer not checked") << QJsonObject{{"iss", "https://elsewhere.example"}} << QString();
    }
    void refusalsUseAppServicesTexts()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, error);
        QJsonObject c = claims;
        c.insert("email", claims.contains("email") ? claims.value("email") : QJsonValue("ada@example.com"));
        if (claims.value("email").isNull())
            c.remove("email");
        const Reply r = login(sandbox->okta()->mintToken(c));
        if (error.isEmpty()) {
            QCOMPARE(r.status, 200);
            return;
        }
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value("error").toString(), error);
        QCOMPARE(r.json().value("error_code").toString(), QStringLiteral("AuthError"));
        const QUrl link(r.json().value("link").toString());
        const QString coId = QUrlQuery(link).queryItemValue("co_id");
        QCOMPARE(QString::fromLatin1(r.requestId), coId);
        QVERIFY(link.path().endsWith(QStringLiteral("/apps/%1/logs").arg(appId)));
        const Reply logs =
            send("GET", adminApp() + "/logs?co_id=" + coId + "&type=AUTH&errors_only=true", {}, adminToken());
        const QJsonArray entries = logs.json().value("logs").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value("error").toString(), error);
        QCOMPARE(entries.at(0).toObject().value("co_id").toString(), coId);
    }

    void signatureFromAnotherKeyIsRefused()
    {
        sandbox->okta()->rotateKeys(); // still published: verifies
        QCOMPARE(login(sandbox->mintDemoToken()).status, 200);
        const QByteArray token = sandbox->mintDemoToken();
        QByteArray tampered = token.left(token.lastIndexOf('.') + 1) + QByteArray(342, 'A');
        QCOMPARE(login(tampered).json().value("error").toString(),
                 QStringLiteral("crypto/rsa: verification error"));
    }

    void logsLagBehind()
    {
        sandbox->admin()->clientApi().setLogDelayMs(1500);
        const QString coId =
            QUrlQuery(QUrl(login(sandbox->okta()->mintToken({{"aud", "x"}})).json().value("link").toString()))
                .queryItemValue("co_id");
        const QByteArray admin = adminToken();
        const QString url = adminApp() + "/logs?co_id=" + coId + "&errors_only=true";
        QCOMPARE(send("GET", url, {}, admin).json().value("logs").toArray().size(), 0);
        QTest::qWait(1600);
        QCOMPARE(send("GET", url, {}, admin).json().value("logs").toArray().size(), 1);
    }

    void goneAnswersPlainText404()
    {
        sandbox->admin()->clientApi().setGone(true);
        const Reply r = send("GET", client() + "/app/myapp-abcde/location");
        QCOMPARE(r.status, 404);
        QVERIFY(r.contentType.startsWith("text/plain"));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    }

    void disabledProviderIsUnsupported()
    {
        AdminSandboxStore::App *app = sandbox->admin()->store().app(appId);
        app->live.providers.first().insert("disabled", true);
        QCOMPARE(login(sandbox->mintDemoToken()).json().value("error").toString(),
                 QStringLiteral("authentication via 'custom-token' is unsupported"));
    }
};

QTEST_GUILESS_MAIN(tst_AppServicesSandbox)
#include "tst_AppServicesSandbox.moc"
