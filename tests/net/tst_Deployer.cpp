#include "AdminBench.h"
#include "ProvidersWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using Fault = AdminSandbox::Fault;

namespace {
const QString kLogin = QStringLiteral("POST /auth/providers/mongodb-cloud/login");
const QString kApps = QStringLiteral("GET /groups/{g}/apps?product=standard,atlas,data-api,device-sync");
const QString kList = QStringLiteral("GET /groups/{g}/apps/{a}/auth_providers");
const QString kPost = QStringLiteral("POST /groups/{g}/apps/{a}/auth_providers");
const QString kGet = QStringLiteral("GET /groups/{g}/apps/{a}/auth_providers/{id}");
const QString kPatch = QStringLiteral("PATCH /groups/{g}/apps/{a}/auth_providers/{id}");

ProviderSettings withAudience(const QString &aud)
{
    ProviderSettings s = AdminBench::okta();
    s.audience = QStringList{aud};
    return s;
}

ProviderSettings manualKeys()
{
    ProviderSettings s = AdminBench::okta();
    s.verification = ProviderSettings::Verification::ManualKeys;
    s.signingKeyNames = QStringList{QStringLiteral("okta_signing_key")};
    return s;
}
} // namespace

class tst_Deployer : public QObject
{
    Q_OBJECT

private slots:
    void createPathIsMinimal()
    {
        AdminBench b;
        Deployer d(&b.client);
        const DeployResult r = b.deploy(d, b.request(AdminBench::okta()));
        QVERIFY2(r.outcome == DeployResult::Outcome::Created, qPrintable(r.summary()));
        QCOMPARE(b.sandbox.requestLines(), QStringList({kLogin, kApps, kList, kPost}));
        QCOMPARE(r.appId, b.myApp());
        QVERIFY(!r.providerId.isEmpty());
        QJsonObject live = b.sandbox.provider(b.myApp(), "custom-token");
        live.remove("_id");
        QCOMPARE(live, ProvidersWriter::providerObject(AdminBench::okta()));
    }
    void rerunReportsNoChange()
    {
        AdminBench b;
        Deployer d(&b.client);
        b.deploy(d, b.request(AdminBench::okta()));
        b.sandbox.clearRequests();
        const DeployResult r = b.deploy(d, b.request(AdminBench::okta()));
        QCOMPARE(r.outcome, DeployResult::Outcome::Unchanged);
        QVERIFY(r.plan.diff.isEmpty());
        QCOMPARE(b.sandbox.requestLines(), QStringList({kLogin, kApps, kList, kGet}));
    }
    void updatePathNeedsReplace()
    {
        AdminBench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(AdminBench::okta()));
        Deployer d(&b.client);
        QSignalSpy plans(&d, &Deployer::planReady);
        DeployResult r = b.deploy(d, b.request(withAudience("myapp-abcde")));
        QCOMPARE(r.outcome, DeployResult::Outcome::Blocked);
        QCOMPARE(ProviderDiff::lines(r.plan.diff), QStringList{"config.audience: [] → [\"myapp-abcde\"]"});
        QCOMPARE(plans.size(), 1);
        QCOMPARE(b.sandbox.requestLines(), QStringList({kLogin, kApps, kList, kGet})); // nothing written
        b.sandbox.clearRequests();
        Deployer::Request request = b.request(withAudience("myapp-abcde"));
        request.replace = true;
        r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Updated);
        QCOMPARE(b.sandbox.requestLines(), QStringList({kLogin, kApps, kList, kGet, kPatch}));
        const QJsonObject patch = QJsonDocument::fromJson(b.sandbox.requests().last().body).object();
        QCOMPARE(patch.value("_id").toString(), r.providerId);
        QCOMPARE(b.sandbox.provider(b.myApp(), "custom-token")
                     .value("config")
                     .toObject()
                     .value("audience")
                     .toArray(),
                 QJsonArray{"myapp-abcde"});
    }
    void dryRunSendsNoWrite()
    {
        AdminBench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(AdminBench::okta()));
        Deployer d(&b.client);
        Deployer::Request request = b.request(withAudience("myapp-abcde"));
        request.dryRun = true;
        request.replace = true;
        request.useDraft = true;
        request.secretValues.insert("okta_signing_key", QString(40, 'x'));
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Planned);
        QCOMPARE(r.plan.action, DeployPlan::ProviderAction::Update);
        QCOMPARE(r.plan.diff.size(), 1);
        for (const auto &req : b.sandbox.requests())
            QVERIFY2(req.method == "GET" || req.path.endsWith("/login"),
                     qPrintable(req.method + ' ' + req.path));
        QVERIFY(!b.sandbox.hasDraft(b.myApp()));
    }
    void onlyDisabledChangedUsesToggle()
    {
        AdminBench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(AdminBench::okta()));
        ProviderSettings local = AdminBench::okta();
        local.disabled = true;
        Deployer::Request request = b.request(local);
        request.replace = true;
        Deployer d(&b.client);
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Updated);
        QCOMPARE(b.sandbox.requestLines().last(),
                 QStringLiteral("PUT /groups/{g}/apps/{a}/auth_providers/{id}/disable"));
        QVERIFY(!b.sandbox.requestLines().contains(kPatch));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").value("disabled").toBool());
    }
    void secretsWrittenBeforeProvider()
    {
        AdminBench b;
        Deployer d(&b.client);
        Deployer::Request request = b.request(manualKeys());
        request.secretValues.insert("okta_signing_key", QString(64, 'a'));
        const DeployResult r = b.deploy(d, request);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        const QStringList lines = b.sandbox.requestLines();
        QCOMPARE(lines.mid(3), QStringList({"GET /groups/{g}/apps/{a}/secrets",
                                            "POST /groups/{g}/apps/{a}/secrets", kPost}));
        QCOMPARE(b.sandbox.store().app(b.myApp())->live.secrets.first().value, QString(64, 'a'));
    }
    void draftDeployAndPoll()
    {
        AdminBench b;
        b.sandbox.store().deploymentPolls = 2;
        Deployer d(&b.client);
        d.setPollInterval(1);
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        QSignalSpy started(&d, &DeployStage::stepStarted);
        const DeployResult r = b.deploy(d, request);
        QVERIFY2(r.outcome == DeployResult::Outcome::Created, qPrintable(r.summary()));
        QVERIFY(!r.deploymentId.isEmpty());
        QVERIFY(!b.sandbox.hasDraft(b.myApp()));
        QVERIFY(!b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
        QCOMPARE(b.sandbox.requestLines().count("GET /groups/{g}/apps/{a}/deployments/{id}"), 3);
        QList<int> steps;
        for (const auto &args : started)
            steps << args.first().toInt();
        QCOMPARE(steps, QList<int>({DeployStep::Login, DeployStep::ResolveApp, DeployStep::ListProviders,
                                    DeployStep::Plan, DeployStep::CreateDraft, DeployStep::WriteProvider,
                                    DeployStep::DeployDraft, DeployStep::WaitForDeployment}));
    }
    void existingDraftReportedNeverDiscarded()
    {
        AdminBench b;
        b.sandbox.seedDraft(b.myApp(), {"functions: changed hello"});
        Deployer d(&b.client);
        QSignalSpy conflicts(&d, &Deployer::draftConflict);
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("draft_exists"));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().at(1).toStringList(), QStringList{"functions: changed hello"});
        QCOMPARE(r.draftDiff, QStringList{"functions: changed hello"});
        QVERIFY(b.sandbox.hasDraft(b.myApp()));
        for (const QString &line : b.sandbox.requestLines())
            QVERIFY(!line.startsWith("DELETE"));
        QVERIFY(r.summary().contains(QLatin1String("left as it is")));
    }
    void cancelMidDeployLeavesNoDraft()
    {
        AdminBench b;
        Deployer d(&b.client);
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        // Cancel the moment the provider write reaches the server (inside the draft).
        QObject::connect(&b.sandbox, &AdminSandbox::requestHandled, &d,
                         [&d](const QString &method, const QString &path) {
                             if (method == "POST" && path.endsWith("/auth_providers"))
                                 d.cancel();
                         });
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Cancelled);
        QVERIFY(r.draftDiscarded);
        QVERIFY(!b.sandbox.hasDraft(b.myApp()));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
        QCOMPARE(b.sandbox.requestLines().last(), QStringLiteral("DELETE /groups/{g}/apps/{a}/drafts/{id}"));
    }
    void failureInsideDraftDiscardsIt()
    {
        AdminBench b;
        b.sandbox.addFault({Fault::ServerError, "POST", "/auth_providers", 1});
        Deployer d(&b.client);
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("server_error"));
        QVERIFY(r.draftDiscarded);
        QVERIFY(!b.sandbox.hasDraft(b.myApp()));
        QCOMPARE(b.sandbox.requestLines().count(kPost), 1); // re-listed, never re-posted
    }
    void failedPostIsRelistedNotRetried()
    {
        AdminBench b;
        b.sandbox.addFault({Fault::Reset, "POST", "/auth_providers", 1});
        Deployer d(&b.client);
        const DeployResult r = b.deploy(d, b.request(AdminBench::okta()));
        QCOMPARE(r.outcome, DeployResult::Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("network_error"));
        QCOMPARE(b.sandbox.requestLines(), QStringList({kLogin, kApps, kList, kPost, kList}));
        QVERIFY(r.writesDone.isEmpty());
    }
    void sessionExpiresMidDeploy()
    {
        AdminBench b;
        QObject::connect(&b.sandbox, &AdminSandbox::requestHandled, &b.sandbox,
                         [&b](const QString &, const QString &path) {
                             if (path.contains("product="))
                                 b.sandbox.expireSessions();
                         });
        Deployer d(&b.client);
        const DeployResult r = b.deploy(d, b.request(AdminBench::okta()));
        QVERIFY2(r.outcome == DeployResult::Outcome::Created, qPrintable(r.summary()));
        QCOMPARE(b.sandbox.requestLines(),
                 QStringList({kLogin, kApps, kList, "POST /auth/session", kList, kPost}));
    }
    void unknownAppNamesTheKnownOnes()
    {
        AdminBench b;
        Deployer d(&b.client);
        Deployer::Request request = b.request(AdminBench::okta());
        request.clientAppId = "nope-zzzzz";
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.error.code, QStringLiteral("app_not_found"));
        QVERIFY(r.error.error.contains(QLatin1String("triggers-fghij")));
    }
    void failedDeploymentReported()
    {
        AdminBench b;
        b.sandbox.store().nextDeploymentFailure = "schema validation failed";
        Deployer d(&b.client);
        d.setPollInterval(1);
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.error.code, QStringLiteral("deployment_failed"));
        QVERIFY(r.error.error.contains(QLatin1String("schema validation failed")));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
    }
    void keysAndTokensNeverInLogsOrSignals()
    {
        AdminBench b;
        Deployer d(&b.client);
        d.setPollInterval(1);
        QStringList seen;
        QObject::connect(&d, &DeployStage::stepStarted, [&](DeployStep::Id, const QString &t) { seen << t; });
        QObject::connect(&d, &DeployStage::stepFinished,
                         [&](DeployStep::Id, bool, const QString &t) { seen << t; });
        QObject::connect(&d, &Deployer::logLine, [&](const QString &t) { seen << t; });
        QObject::connect(&d, &Deployer::planReady, [&](const DeployPlan &p) {
            seen << QString::fromUtf8(QJsonDocument(p.toJson()).toJson());
        });
        const QString secretValue = QStringLiteral("Zz9_") + QString(60, 'q');
        Deployer::Request request = b.request(manualKeys());
        request.useDraft = true;
        request.secretValues.insert("okta_signing_key", secretValue);
        b.sandbox.addFault({Fault::ServerError, "GET", "/deployments/", 1}); // an error line too
        QObject::connect(&b.sandbox, &AdminSandbox::requestHandled, &b.sandbox,
                         [&b](const QString &, const QString &path) {
                             if (path.endsWith("/secrets"))
                                 b.sandbox.expireSessions(); // and a refresh
                         });
        const DeployResult r = b.deploy(d, request);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        seen << QString::fromUtf8(QJsonDocument(r.toJson()).toJson()) << r.summary();
        const QString all = seen.join('\n');
        QVERIFY(all.contains(QLatin1String("okta_signing_key"))); // the name may show...
        QVERIFY(!all.contains(secretValue));                      // ...never the value
        QVERIFY(!all.contains(b.sandbox.privateKey()));
        const auto tokens = b.sandbox.store().accessTokens + b.sandbox.store().expiredAccessTokens +
                            b.sandbox.store().refreshTokens;
        QVERIFY(tokens.size() >= 3);
        for (const QString &t : tokens)
            QVERIFY(!all.contains(t));
    }
};

QTEST_GUILESS_MAIN(tst_Deployer)
#include "tst_Deployer.moc"
