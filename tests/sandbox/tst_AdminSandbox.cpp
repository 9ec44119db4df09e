#include "sandbox/AdminSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace {
struct Http
{
    int status = 0;
    QJsonDocument json;
    QByteArray raw;
    QByteArray location;
    QByteArray retryAfter;
};
} // namespace

// Talks to the sandbox with plain HTTP (no AdminApiClient), so the sandbox is checked against the spec alone.
class tst_AdminSandbox : public QObject
{
    Q_OBJECT

    AdminSandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_token;

    Http send(const QString &method, const QString &path, const QByteArray &body = {},
              const QByteArray &token = {})
    {
        QNetworkRequest request(QUrl(m_sandbox->baseUrl() + path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_nam->sendCustomRequest(request, method.toLatin1(), body);
        Http out;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.raw = reply->readAll();
        out.json = QJsonDocument::fromJson(out.raw);
        out.location = reply->rawHeader("Location");
        out.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return out;
    }
    Http call(const QString &method, const QString &path, const QByteArray &body = {})
    {
        return send(method, path, body, m_token);
    }
    QString app() const
    {
        return QStringLiteral("/groups/%1/apps/%2")
            .arg(m_sandbox->projectId(), m_sandbox->appId("myapp-abcde"));
    }
    static bool isEnvelope(const Http &h, const QString &code)
    {
        return h.json.object().value("error").isString() &&
               h.json.object().value("error_code").toString() == code;
    }

private slots:
    void init()
    {
        m_sandbox = new AdminSandbox(this);
        QVERIFY(m_sandbox->start());
        QVERIFY(m_sandbox->baseUrl().startsWith("http://127.0.0.1:"));
        m_nam = new QNetworkAccessManager(this);
        const QByteArray login = QJsonDocument(QJsonObject{{"username", m_sandbox->publicKey()},
                                                           {"apiKey", m_sandbox->privateKey()}})
                                     .toJson();
        const Http h = send("POST", "/auth/providers/mongodb-cloud/login", login);
        QCOMPARE(h.status, 200);
        for (const char *key : {"access_token", "refresh_token", "user_id", "device_id"})
            QVERIFY2(h.json.object().value(key).isString(), key);
        m_token = h.json.object().value("access_token").toString().toUtf8();
    }
    void cleanup()
    {
        delete m_nam;
        delete m_sandbox;
    }
    void seeded()
    {
        QCOMPARE(m_sandbox->projectId().size(), 24);
        QVERIFY(QRegularExpression("^[0-9a-f]{24}$").match(m_sandbox->appId("myapp-abcde")).hasMatch());
    }
    void loginRejectsWrongKeyWithEmptyCode()
    {
        const Http h = send("POST", "/auth/providers/mongodb-cloud/login",
                            "{\"username\":\"sandboxpub\",\"apiKey\":\"x\"}");
        QCOMPARE(h.status, 401);
        QVERIFY(isEnvelope(h, QString()));
        QCOMPARE(send("POST", "/auth/providers/mongodb-cloud/login", "{}").status, 400);
    }
    void refreshNeedsTheRefreshToken()
    {
        QCOMPARE(send("POST", "/auth/session", {}, m_token).json.object().value("error").toString(),
                 QStringLiteral("invalid refresh token: incorrect token type"));
        QVERIFY(isEnvelope(send("POST", "/auth/session", {}, "unknown"), "InvalidSession"));
    }
    void everyOtherCallNeedsAToken()
    {
        const Http h = send("GET", "/groups/" + m_sandbox->projectId() + "/apps");
        QCOMPARE(h.status, 401);
        QVERIFY(isEnvelope(h, "InvalidSession"));
        m_sandbox->expireSessions();
        const Http expired = call("GET", "/groups/" + m_sandbox->projectId() + "/apps");
        QVERIFY(expired.json.object().value("error").toString().contains("access token expired"));
    }
    void appsByProduct()
    {
        const QString apps = "/groups/" + m_sandbox->projectId() + "/apps";
        QCOMPARE(call("GET", apps).json.array().size(), 1); // standard only by default
        QCOMPARE(call("GET", apps + "?product=atlas,data-api").json.array().size(), 2);
        QCOMPARE(call("GET", apps + "?product=standard,atlas,data-api,device-sync").json.array().size(), 4);
        QCOMPARE(call("GET", apps + "?product=bogus").status, 400);
        QVERIFY(isEnvelope(call("GET", "/groups/000000000000000000000000/apps"), "GroupNotFound"));
        QCOMPARE(call("GET", app()).json.object().value("client_app_id").toString(),
                 QStringLiteral("myapp-abcde"));
        QCOMPARE(call("GET", "/groups/" + m_sandbox->projectId() + "/apps/nope/auth_providers").status, 404);
    }
    void providerRules()
    {
        const QString list = app() + "/auth_providers";
        QCOMPARE(call("POST", list, "{\"name\":\"custom-token\",\"type\":\"anon-user\"}").status, 400);
        QCOMPARE(call("POST", list,
                      "{\"name\":\"custom-token\",\"type\":\"custom-token\",\"config\":{\"useJWKURI\":true}}")
                     .status,
                 400);
        QVERIFY(isEnvelope(
            call("POST", list,
                 "{\"name\":\"custom-token\",\"type\":\"custom-token\",\"config\":{\"useJWKURI\":false,"
                 "\"signingAlgorithm\":\"HS256\"},\"secret_config\":{\"signingKeys\":[\"missing\"]}}"),
            "InvalidParameter"));
        const QByteArray ok =
            "{\"name\":\"custom-token\",\"type\":\"custom-token\",\"disabled\":false,\"config\":{"
            "\"audience\":[],"
            "\"jwkURI\":\"https://dev-1.okta.com/oauth2/default/v1/keys\",\"useJWKURI\":true},"
            "\"secret_config\":{\"signingKeys\":[]},\"metadata_fields\":[]}";
        const Http created = call("POST", list, ok);
        QCOMPARE(created.status, 201);
        const QString id = created.json.object().value("_id").toString();
        QVERIFY(isEnvelope(call("POST", list, ok), "AuthProviderAlreadyExists"));
        QCOMPARE(call("PATCH", list + "/" + id,
                      "{\"_id\":\"other\",\"name\":\"custom-token\",\"type\":\"custom-token\",\"config\":{"
                      "\"useJWKURI\":true,"
                      "\"jwkURI\":\"https://x.test/keys\"}}")
                     .status,
                 400);
        QCOMPARE(call("PATCH", list + "/" + id, ok).status, 204);
        QCOMPARE(call("PUT", list + "/" + id + "/disable").status, 204);
        const QJsonArray summaries = call("GET", list).json.array();
        QCOMPARE(summaries.size(), 2);
        QVERIFY(summaries.at(1).toObject().value("disabled").toBool());
        QVERIFY(!summaries.at(1).toObject().contains("config")); // the list carries summaries only
        QCOMPARE(call("DELETE", list + "/" + id).status, 204);
        QVERIFY(isEnvelope(call("GET", list + "/" + id), "AuthProviderNotFound"));
    }
    void secretRules()
    {
        const QString secrets = app() + "/secrets";
        QCOMPARE(call("POST", secrets, "{\"name\":\"_bad\",\"value\":\"v\"}").status, 400);
        QCOMPARE(call("POST", secrets,
                      QJsonDocument(QJsonObject{{"name", "k"}, {"value", QString(501, 'v')}}).toJson())
                     .status,
                 400);
        const Http created = call("POST", secrets, "{\"name\":\"k\",\"value\":\"v\"}");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.object().keys(), QStringList({"_id", "name"})); // never the value
        QCOMPARE(call("GET", secrets).raw.contains("\"v\""), false);
        QCOMPARE(call("PUT", secrets + "/" + created.json.object().value("_id").toString(),
                      "{\"name\":\"k\",\"value\":\"w\"}")
                     .status,
                 204);
    }
    void draftShapesAndDeployBody()
    {
        const QString drafts = app() + "/drafts";
        QCOMPARE(call("GET", drafts).json.array().size(), 0);
        m_sandbox->store().draftsAsArray = false;
        QCOMPARE(call("GET", drafts).raw, QByteArray("null"));
        const Http created = call("POST", drafts);
        QCOMPARE(created.status, 201);
        const QString id = created.json.object().value("_id").toString();
        QCOMPARE(call("GET", drafts).json.object().value("_id").toString(), id);
        QVERIFY(isEnvelope(call("POST", drafts), "DraftAlreadyExists"));
        QCOMPARE(call("POST", drafts + "/" + id + "/deployment", "").status, 400); // the spec requires {name}
        const Http deployed = call("POST", drafts + "/" + id + "/deployment", "{\"name\":\"\"}");
        QCOMPARE(deployed.status, 201);
        QCOMPARE(deployed.json.object().value("status").toString(), QStringLiteral("created"));
        QVERIFY(
            isEnvelope(call("GET", app() + "/deployments/000000000000000000000000"), "DeploymentNotFound"));
        QVERIFY(isEnvelope(call("DELETE", drafts + "/" + id), "DraftNotFound")); // deployed, so gone
    }
    void faults()
    {
        const QString apps = "/groups/" + m_sandbox->projectId() + "/apps";
        m_sandbox->addFault({AdminSandbox::Fault::TooManyRequests, "GET", {}, 1, 7});
        const Http limited = call("GET", apps);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("7"));
        m_sandbox->addFault({AdminSandbox::Fault::ServerError, {}, "/apps", 1});
        QCOMPARE(call("GET", apps).status, 500);
        QCOMPARE(call("GET", apps).status, 200); // `times` ran out
        m_sandbox->addFault({AdminSandbox::Fault::MalformedJson, "GET", {}, 1});
        const Http bad = call("GET", apps);
        QCOMPARE(bad.status, 200);
        QVERIFY(bad.json.isNull());
        m_sandbox->addFault({AdminSandbox::Fault::Redirect, "GET", {}, 1});
        const Http redirect = call("GET", apps);
        QCOMPARE(redirect.status, 307);
        QVERIFY(redirect.location.startsWith(m_sandbox->evilHostUrl().toEncoded()));
    }
    void evilHostRecordsHeaders()
    {
        QNetworkRequest request(m_sandbox->evilHostUrl().resolved(QUrl("/api/admin/v3.0/x")));
        request.setRawHeader("Authorization", "Bearer leaked");
        QNetworkReply *reply = m_nam->get(request);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        reply->deleteLater();
        QCOMPARE(m_sandbox->evilRequests().size(), 1);
        QVERIFY(m_sandbox->evilRequests().first().hasAuthorization);
    }
    void requestLog()
    {
        const auto log = m_sandbox->requests();
        QCOMPARE(log.size(), 1);
        QVERIFY(!log.first().hasAuthorization);
        QVERIFY(!log.first().body.contains(m_sandbox->privateKey().toUtf8())); // redacted
        call("GET", app());
        QVERIFY(m_sandbox->requests().last().hasAuthorization);
        QCOMPARE(m_sandbox->requestLines().last(), QStringLiteral("GET /groups/{g}/apps/{a}"));
    }
};

QTEST_GUILESS_MAIN(tst_AdminSandbox)
#include "tst_AdminSandbox.moc"
