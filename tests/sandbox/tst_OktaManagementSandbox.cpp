#include "core/OktaClaimPlanner.h"
#include "core/OktaReply.h"
#include "core/OktaSetupPlan.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace {
QJsonObject claim(const QString &name)
{
    return OktaClaimPlanner::claimBody(name, OktaClaimPlanner::knownExpression(name));
}
} // namespace

class tst_OktaManagementSandbox : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> sandbox;
    OktaManagementSandbox *api = nullptr;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray link, reset, date;
        QJsonValue json() const
        {
            const QJsonDocument d = QJsonDocument::fromJson(body);
            return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
        }
    };
    Reply call(const QByteArray &method, const QString &pathOrUrl, const QJsonObject &body = {},
               const QByteArray &token = OktaManagementSandbox::demoApiToken().toLatin1())
    {
        QNetworkRequest request(QUrl(pathOrUrl.startsWith('/') ? sandbox->domain() + pathOrUrl : pathOrUrl));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "SSWS " + token);
        QNetworkReply *reply = nam.sendCustomRequest(
            request, method,
            method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.link = reply->rawHeader("Link");
        r.reset = reply->rawHeader("X-Rate-Limit-Reset");
        r.date = reply->rawHeader("Date");
        reply->deleteLater();
        return r;
    }
    QString errorCode(const Reply &r) { return r.json().toObject().value("errorCode").toString(); }
    OktaState readState()
    {
        OktaState s;
        if (const auto server = OktaReply::server(call("GET", "/api/v1/authorizationServers/default").body))
            s.server = *server;
        s.policies = OktaReply::policies(call("GET", "/api/v1/authorizationServers/default/policies").body)
                         .valueOr({});
        for (OktaState::Policy &p : s.policies)
            p.rules =
                OktaReply::rules(
                    call("GET", "/api/v1/authorizationServers/default/policies/" + p.id + "/rules").body)
                    .valueOr({});
        s.claims =
            OktaReply::claims(call("GET", "/api/v1/authorizationServers/default/claims").body).valueOr({});
        if (const auto app = OktaReply::app(call("GET", "/api/v1/apps/" + OktaSandbox::demoClientId()).body))
            s.app = *app;
        return s;
    }
    QJsonObject claimsOfMintedToken()
    {
        const QList<QByteArray> parts = sandbox->mintToken().split('.');
        return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    }

private slots:
    void initTestCase()
    {
        sandbox = std::make_unique<OktaSandbox>();
        QVERIFY(sandbox->start());
        api = OktaManagementSandbox::of(*sandbox);
        QVERIFY(api);
    }
    void init() { api->reset(); }

    void needsTheDemoToken()
    {
        QCOMPARE(call("GET", "/api/v1/authorizationServers", {}, "").status, 401);
        const Reply wrong = call("GET", "/api/v1/authorizationServers", {}, "00wrong");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorCode(wrong), QStringLiteral("E0000011"));
        QCOMPARE(call("GET", "/api/v1/authorizationServers").status, 200);
    }
    void seededLikeAFreshDeveloperOrg()
    {
        const OktaState s = readState();
        QVERIFY(s.server);
        QCOMPARE(s.server->audiences, QStringList{"api://default"});
        QCOMPARE(s.server->issuer, sandbox->issuer());
        QCOMPARE(s.policies.size(), 1);
        QCOMPARE(s.policies.at(0).clients, QStringList{"ALL_CLIENTS"});
        QCOMPARE(s.policies.at(0).rules.size(), 1);
        QCOMPARE(s.claims.size(), 1);
        QCOMPARE(s.claims.at(0).name, QStringLiteral("sub"));
        QVERIFY(s.app);
        QCOMPARE(s.app->clientId, OktaSandbox::demoClientId());
        QCOMPARE(s.app->applicationType, QStringLiteral("native"));
        QVERIFY(s.app->hasDeviceGrant());
        // Such an org needs exactly the two claim creates for email and groups.
        ProviderSettings p;
        p.audience = {QStringLiteral("api://default")};
        p.metadataFields = {{QStringLiteral("email"), {}, true}, {QStringLiteral("groups"), {}, false}};
        const OktaSetupPlan plan = OktaSetupPlan::make(s, p, "app-x", OktaSandbox::demoClientId(), {});
        QCOMPARE(plan.steps().size(), 2);
        QVERIFY(plan.findings().isEmpty());
    }
    void pagesWithLinkNext()
    {
        QCOMPARE(call("POST", "/api/v1/authorizationServers",
                      {{"name", "second"}, {"description", "d"}, {"audiences", QJsonArray{"x"}}})
                     .status,
                 201);
        const Reply first = call("GET", "/api/v1/authorizationServers?limit=1");
        QCOMPARE(first.json().toArray().size(), 1);
        QCOMPARE(first.json().toArray().at(0).toObject().value("name").toString(), QStringLiteral("default"));
        const QString next = OktaReply::nextLink(first.link);
        QVERIFY2(next.startsWith(sandbox->domain()), first.link.constData());
        const Reply second = call("GET", next);
        QCOMPARE(second.json().toArray().at(0).toObject().value("name").toString(), QStringLiteral("second"));
        QVERIFY(OktaReply::nextLink(second.link).isEmpty());
    }
    void createdClaimsAppearInMintedTokens()
    {
        QVERIFY(!claimsOfMintedToken().contains("email"));
        const QString claims = "/api/v1/authorizationServers/default/claims";
        QCOMPARE(call("POST", claims, claim("email")).status, 201);
        QCOMPARE(call("POST", claims, claim("name")).status, 201);
        QCOMPARE(call("POST", claims, claim("groups")).status, 201);
        QCOMPARE(call("POST", claims, claim("zoneinfo")).status, 201);
        const QJsonObject c = claimsOfMintedToken();
        QCOMPARE(c.value("email").toString(), OktaSandbox::demoUserLogin());
        QCOMPARE(c.value("name").toString(), QStringLiteral("Sandy Box"));
        QCOMPARE(c.value("zoneinfo").toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(c.value("groups").toArray().size(), 2);
        QCOMPARE(c.value("sub").toString(), OktaSandbox::demoUserLogin()); // the system claim is unchanged
    }
    void duplicateClaimRefused()
    {
        const QString claims = "/api/v1/authorizationServers/default/claims";
        QCOMPARE(call("POST", claims, claim("email")).status, 201);
        const Reply again = call("POST", claims, claim("email"));
        QCOMPARE(again.status, 400);
        QCOMPARE(errorCode(again), QStringLiteral("E0000001"));
        QVERIFY(!again.json().toObject().value("errorCauses").toArray().isEmpty());
    }
    void ruleWithoutPeopleRefused()
    {
        const Reply r =
            call("POST", "/api/v1/authorizationServers/default/policies/00psandboxdefault/rules",
                 {{"name", "x"},
                  {"type", "RESOURCE_ACCESS"},
                  {"conditions",
                   QJsonObject{{"grantTypes", QJsonObject{{"include", QJsonArray{"authorization_code"}}}}}}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("conditions.people.groups.include"));
    }
    void replacedAudienceReachesTokens()
    {
        QJsonObject server = call("GET", "/api/v1/authorizationServers/default").json().toObject();
        server.insert("audiences", QJsonArray{"my-app-id"});
        QCOMPARE(call("PUT", "/api/v1/authorizationServers/default", server).status, 200);
        QCOMPARE(claimsOfMintedToken().value("aud").toString(), QStringLiteral("my-app-id"));
        api->reset();
        QCOMPARE(claimsOfMintedToken().value("aud").toString(), QStringLiteral("api://default"));
    }
    void faults_data()
    {
        QTest::addColumn<OktaManagementSandbox::Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("E0000015") << OktaManagementSandbox::Fault::NoApiAccessManagement << 401 << "E0000015";
        QTest::newRow("E0000006") << OktaManagementSandbox::Fault::NoAdminRights << 403 << "E0000006";
        QTest::newRow("E0000011") << OktaManagementSandbox::Fault::InvalidToken << 401 << "E0000011";
        QTest::newRow("E0000001") << OktaManagementSandbox::Fault::ValidationFailed << 400 << "E0000001";
        QTest::newRow("429") << OktaManagementSandbox::Fault::RateLimited << 429 << "E0000047";
        QTest::newRow("5xx") << OktaManagementSandbox::Fault::ServerError << 500 << "E0000009";
    }
    void faults()
    {
        QFETCH(OktaManagementSandbox::Fault, fault);
        QFETCH(int, status);
        QFETCH(QString, code);
        api->setRateLimitReset(7);
        api->setFault(fault, 1);
        const Reply r = call("GET", "/api/v1/authorizationServers");
        QCOMPARE(r.status, status);
        QCOMPARE(errorCode(r), code);
        QVERIFY(!r.date.isEmpty());
        if (status == 429) {
            const qint64 reset = r.reset.toLongLong();
            QVERIFY(qAbs(reset - QDateTime::currentSecsSinceEpoch() - 7) <= 2);
        }
        QCOMPARE(call("GET", "/api/v1/authorizationServers").status, 200); // only the next one
        QCOMPARE(api->requestCount(), 2);
    }
    void faultForOneMethodOnly()
    {
        api->setFault(OktaManagementSandbox::Fault::NoAdminRights, -1, "POST");
        QCOMPARE(call("GET", "/api/v1/authorizationServers/default/claims").status, 200);
        QCOMPARE(call("POST", "/api/v1/authorizationServers/default/claims", claim("email")).status, 403);
        QCOMPARE(api->writeCount(), 1);
    }
    void hostileLinks()
    {
        api->setFault(OktaManagementSandbox::Fault::ForeignLink);
        QVERIFY(OktaReply::nextLink(call("GET", "/api/v1/authorizationServers").link)
                    .startsWith("http://okta.attacker.invalid"));
        api->setFault(OktaManagementSandbox::Fault::EndlessPaging);
        const QString next = OktaReply::nextLink(call("GET", "/api/v1/authorizationServers").link);
        QVERIFY(!OktaReply::nextLink(call("GET", next).link).isEmpty());
    }
};

QTEST_MAIN(tst_OktaManagementSandbox)
#include "tst_OktaManagementSandbox.moc"
