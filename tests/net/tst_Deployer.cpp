#include "AdminBench.h"
#include "core/ProvidersWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTimer>

using Fault = AdminSandbox::Fault;

using namespace AdminLines;

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
        DeployResult r = b.deploy(d, b.request(AdminBench::withAudience("myapp-abcde")));
        QCOMPARE(r.outcome, DeployResult::Outcome::Blocked);
        QCOMPARE(ProviderDiff::lines(r.plan.diff), QStringList{"config.audience: [] → [\"myapp-abcde\"]"});
        QCOMPARE(plans.size(), 1);
        QCOMPARE(b.sandbox.requestLines(), QStringList({kLogin, kApps, kList, kGet})); // nothing written
        b.sandbox.clearRequests();
        Deployer::Request request = b.request(AdminBench::withAudience("myapp-abcde"));
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
    void providerSuppliedLater()
    {
        // Login and the reads run while the caller still resolves the provider (Okta discovery).
        AdminBench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(AdminBench::okta()));
        Deployer d(&b.client);
        QSignalSpy plans(&d, &Deployer::planReady);
        QObject::connect(&d, &DeployStage::stepFinished, &d, [&](DeployStep::Id step, bool, const QString &) {
            if (step == DeployStep::GetProvider) {
                QVERIFY(plans.isEmpty());
                QTimer::singleShot(
                    0, &d, [&d] { d.provideLocal(ProvidersWriter::providerObject(AdminBench::okta())); });
            }
        });
        Deployer::Request request = b.request(ProviderSettings());
        request.provider = {};
        request.providerLater = true;
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Unchanged);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(r.remoteProvider.value("_id").toString(), r.providerId);
    }
    void dryRunSendsNoWrite()
    {
        AdminBench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(AdminBench::okta()));
        Deployer d(&b.client);
        Deployer::Request request = b.request(AdminBench::withAudience("myapp-abcde"));
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
    void knownAppIdAndSessionSkipRequests()
    {
        AdminBench b;
        QVERIFY(b.login()); // an open session: no second login
        Deployer d(&b.client);
        Deployer::Request request = b.request(AdminBench::okta());
        request.privateKey.clear();
        request.appId = b.myApp(); // no listing either
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Created);
        QCOMPARE(b.sandbox.requestLines(), QStringList({kList, kPost}));
    }
    void unknownAppNamesTheKnownOnes()
    {
        AdminBench b;
        Deployer d(&b.client);
        Deployer::Request request = b.request(AdminBench::okta());
        request.clientAppId = "nope-zzzzz";
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.error.code, QStringLiteral("app_not_found"));
        QVERIFY(r.error.message.contains(QLatin1String("triggers-fghij")));
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
        Deployer::Request request = b.request(AdminBench::manualKeys());
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
