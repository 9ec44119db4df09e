#include "AdminBench.h"
#include "core/AdminReply.h"
#include "core/AdminRequests.h"
#include "core/ProvidersWriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

using Fault = AdminSandbox::Fault;

class tst_AdminApiClient : public QObject
{
    Q_OBJECT

private slots:
    void loginKeepsTokensOutOfTheCall()
    {
        AdminBench b;
        const auto r = AdminBench::wait(b.client.login(b.sandbox.publicKey(), b.sandbox.privateKey()));
        QVERIFY(r.ok);
        QVERIFY(b.client.isLoggedIn());
        QVERIFY(r.body.isEmpty()); // tokens stay inside the client
        QCOMPARE(b.sandbox.requestLines(), QStringList{"POST /auth/providers/mongodb-cloud/login"});
        QVERIFY(!b.sandbox.requests().first().hasAuthorization);
    }
    void loginWrongKey()
    {
        AdminBench b;
        const auto r = AdminBench::wait(b.client.login(b.sandbox.publicKey(), QStringLiteral("wrong")));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, QStringLiteral("unauthorized"));
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY(r.error.message.contains(QLatin1String("not authorized")));
        QVERIFY(!b.client.isLoggedIn());
    }
    void notLoggedInSendsNothing()
    {
        AdminBench b;
        const auto r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QCOMPARE(r.error.code, QStringLiteral("not_logged_in"));
        QVERIFY(b.sandbox.requests().isEmpty());
    }
    void listAppsIsOneRequestAcrossProducts()
    {
        AdminBench b;
        QVERIFY(b.login());
        const auto r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QVERIFY(r.ok);
        QCOMPARE(b.sandbox.requestLines(),
                 QStringList{"GET /groups/{g}/apps?product=standard,atlas,data-api,device-sync"});
        QVERIFY(b.sandbox.requests().first().hasAuthorization);
        const auto apps = AdminReply::apps(r.body);
        QVERIFY2(apps, qPrintable(apps.problem().message));
        QCOMPARE(apps->size(), 4);
        QCOMPARE(AdminReply::findApp(*apps, "sync-pqrst")->id, b.sandbox.appId("sync-pqrst"));
    }
    void providerLifecycle()
    {
        AdminBench b;
        QVERIFY(b.login());
        const QString g = b.sandbox.projectId(), a = b.myApp();
        QJsonObject local = ProvidersWriter::providerObject(AdminBench::okta());
        auto r = AdminBench::wait(b.client.createProvider(g, a, local));
        QCOMPARE(r.status, 201);
        const QString id = AdminReply::provider(r.body)->value("_id").toString();
        QVERIFY(!id.isEmpty());
        local["disabled"] = true;
        r = AdminBench::wait(b.client.updateProvider(g, a, id, local));
        QCOMPARE(r.status, 204);
        const QJsonObject patch = QJsonDocument::fromJson(b.sandbox.requests().last().body).object();
        QCOMPARE(patch.value("_id").toString(), id); // full object plus _id
        QCOMPARE(patch.value("config").toObject().value("useJWKURI").toBool(), true);
        QCOMPARE(AdminBench::wait(b.client.setProviderEnabled(g, a, id, true)).status, 204);
        r = AdminBench::wait(b.client.getProvider(g, a, id));
        QVERIFY(!AdminReply::provider(r.body)->value("disabled").toBool());
        QCOMPARE(AdminBench::wait(b.client.setProviderEnabled(g, a, id, false)).status, 204);
        r = AdminBench::wait(b.client.listProviders(g, a));
        const auto ct = AdminReply::customToken(*AdminReply::providers(r.body));
        QVERIFY(ct && ct->disabled && ct->id == id);
        QCOMPARE(b.sandbox.requestLines().at(4),
                 QStringLiteral("PUT /groups/{g}/apps/{a}/auth_providers/{id}/disable"));
    }
    void secrets()
    {
        AdminBench b;
        QVERIFY(b.login());
        const QString g = b.sandbox.projectId(), a = b.myApp();
        auto r = AdminBench::wait(b.client.createSecret(g, a, "okta_key", QString(40, 'k')));
        QCOMPARE(r.status, 201);
        const auto secret = AdminReply::secret(r.body);
        QCOMPARE(secret->name, QStringLiteral("okta_key"));
        QCOMPARE(
            AdminBench::wait(b.client.updateSecret(g, a, secret->id, "okta_key", QString(40, 'z'))).status,
            204);
        QCOMPARE(b.sandbox.store().app(a)->live.secrets.first().value, QString(40, 'z'));
        r = AdminBench::wait(b.client.listSecrets(g, a));
        QCOMPARE(AdminReply::secrets(r.body)->first().id, secret->id);
        r = AdminBench::wait(b.client.createSecret(g, a, "bad name!", "v"));
        QCOMPARE(r.error.code, QStringLiteral("bad_request"));
    }
    void draftsAndDeployment()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.store().deploymentPolls = 1;
        const QString g = b.sandbox.projectId(), a = b.myApp();
        auto r = AdminBench::wait(b.client.createDraft(g, a));
        QCOMPARE(r.status, 201);
        const QString draft = AdminReply::draft(r.body)->id;
        r = AdminBench::wait(b.client.createDraft(g, a));
        QCOMPARE(r.status, 409);
        QVERIFY(r.error.isDraftAlreadyExists());
        QCOMPARE(AdminReply::drafts(AdminBench::wait(b.client.currentDrafts(g, a)).body)->first().id, draft);
        b.sandbox.store().draftsAsArray = false; // the spec's single-object shape
        QCOMPARE(AdminReply::drafts(AdminBench::wait(b.client.currentDrafts(g, a)).body)->first().id, draft);
        AdminBench::wait(b.client.createProvider(g, a, ProvidersWriter::providerObject(AdminBench::okta())));
        r = AdminBench::wait(b.client.draftDiff(g, a, draft));
        QCOMPARE(*AdminReply::draftDiff(r.body), QStringList{"auth_providers: created custom-token"});
        r = AdminBench::wait(b.client.deployDraft(g, a, draft));
        QCOMPARE(r.status, 201);
        QCOMPARE(b.sandbox.requests().last().body, QByteArray(R"({"name":""})"));
        const QString deployment = AdminReply::deployment(r.body)->id;
        QCOMPARE(
            AdminReply::deployment(AdminBench::wait(b.client.getDeployment(g, a, deployment)).body)->status,
            QStringLiteral("pending"));
        QVERIFY(b.sandbox.provider(a, "custom-token").isEmpty()); // not live before the deployment succeeds
        QVERIFY(AdminReply::deployment(AdminBench::wait(b.client.getDeployment(g, a, deployment)).body)
                    ->isSuccessful());
        QVERIFY(!b.sandbox.provider(a, "custom-token").isEmpty());
        r = AdminBench::wait(b.client.createDraft(g, a));
        QCOMPARE(AdminBench::wait(b.client.discardDraft(g, a, AdminReply::draft(r.body)->id)).status, 204);
        QVERIFY(!b.sandbox.hasDraft(a));
    }
    void malformedJson()
    {
        AdminBench b;
        b.sandbox.addFault({Fault::MalformedJson, "POST", "login", 1});
        auto r = AdminBench::wait(b.client.login(b.sandbox.publicKey(), b.sandbox.privateKey()));
        QCOMPARE(r.error.code, QStringLiteral("bad_reply"));
        QVERIFY(!b.client.isLoggedIn());
        QVERIFY(b.login());
        b.sandbox.addFault({Fault::MalformedJson, "GET", {}, 1});
        r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        const auto apps = AdminReply::apps(r.body);
        QVERIFY(!apps);
        QVERIFY(apps.problem().message.contains(QLatin1String("not JSON")));
    }
    void expiredSessionRefreshedOnce()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.expireSessions();
        QSignalSpy refreshed(&b.client, &AdminApiClient::sessionRefreshed);
        // Two calls at once share one refresh.
        AdminCall *first = b.client.listApps(b.sandbox.projectId());
        const auto r2 = AdminBench::wait(b.client.listProviders(b.sandbox.projectId(), b.myApp()));
        Q_UNUSED(first);
        QVERIFY(r2.ok);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(b.sandbox.requestLines().count("POST /auth/session"), 1);
    }
    void refreshFailureEndsTheCall()
    {
        AdminBench b;
        QVERIFY(b.login());
        b.sandbox.expireSessions();
        b.sandbox.store().refreshTokens.clear(); // the refresh token is unknown now
        const auto r = AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QCOMPARE(r.error.code, QStringLiteral("invalid_session"));
        QCOMPARE(b.sandbox.requestLines(),
                 QStringList({"GET /groups/{g}/apps?product=standard,atlas,data-api,device-sync",
                              "POST /auth/session"}));
    }
    void logHoldsNoSecrets()
    {
        AdminBench b;
        QVERIFY(b.login());
        AdminBench::wait(b.client.createSecret(b.sandbox.projectId(), b.myApp(), "k1", QString(40, 'S')));
        b.sandbox.expireSessions();
        AdminBench::wait(b.client.listApps(b.sandbox.projectId()));
        QStringList lines;
        for (const auto &e : b.client.transport()->log())
            lines << e.toLine();
        const QString all = lines.join('\n');
        QCOMPARE(lines.size(), 5); // login, secret, apps (401), refresh, apps
        QVERIFY(!all.contains(b.sandbox.privateKey()));
        QVERIFY(!all.contains(QString(40, 'S')));
        const auto tokens = b.sandbox.store().accessTokens + b.sandbox.store().expiredAccessTokens +
                            b.sandbox.store().refreshTokens;
        for (const QString &t : tokens)
            QVERIFY(!all.contains(t));
    }
};

QTEST_GUILESS_MAIN(tst_AdminApiClient)
#include "tst_AdminApiClient.moc"
