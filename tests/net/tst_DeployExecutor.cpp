#include "AdminBench.h"
#include "core/ProvidersWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

using Fault = AdminSandbox::Fault;

using namespace AdminLines;

// The write half of a deploy (DeployExecutor), driven through Deployer as the CLI and wizard drive it.
class tst_DeployExecutor : public QObject
{
    Q_OBJECT

private slots:
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
        Deployer::Request request = b.request(AdminBench::manualKeys());
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
        QSignalSpy started(&d, &DeployStage::stepStarted);
        QSignalSpy closed(&d, &DeployStage::stepFinished);
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
        QCOMPARE(closed.size(), started.size());
    }
    void cancelWhileWaitingForDeployment()
    {
        AdminBench b;
        b.sandbox.store().deploymentPolls = 1000;
        Deployer d(&b.client);
        d.setPollInterval(1);
        QSignalSpy started(&d, &DeployStage::stepStarted);
        QSignalSpy closed(&d, &DeployStage::stepFinished);
        QObject::connect(&b.sandbox, &AdminSandbox::requestHandled, &d,
                         [&d](const QString &, const QString &path) {
                             if (path.contains("/deployments/"))
                                 d.cancel();
                         });
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Cancelled);
        QVERIFY(!r.draftDiscarded); // deployed drafts are the server's: nothing to discard
        QVERIFY(r.summary().contains(QLatin1String("continues on the server")));
        QCOMPARE(closed.size(), started.size()); // every step the UI showed is closed
        QCOMPARE(closed.last().at(1).toBool(), false);
        for (const QString &line : b.sandbox.requestLines())
            QVERIFY(!line.startsWith("DELETE"));
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
    void cancelDuringCleanUpFinishesOnce()
    {
        AdminBench b;
        b.sandbox.addFault({Fault::ServerError, "POST", "/auth_providers", 1});
        Deployer d(&b.client);
        QSignalSpy finished(&d, &DeployStage::finished);
        QObject::connect(&b.sandbox, &AdminSandbox::requestHandled, &d,
                         [&d](const QString &method, const QString &) {
                             if (method == "DELETE")
                                 d.cancel(); // the discard is already under way
                         });
        Deployer::Request request = b.request(AdminBench::okta());
        request.useDraft = true;
        const DeployResult r = b.deploy(d, request);
        QCOMPARE(r.outcome, DeployResult::Outcome::Failed);
        QTest::qWait(50); // a second finished() or DELETE would be queued by now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(b.sandbox.requestLines().count("DELETE /groups/{g}/apps/{a}/drafts/{id}"), 1);
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
        QVERIFY(r.error.message.contains(QLatin1String("schema validation failed")));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeployExecutor)
#include "tst_DeployExecutor.moc"
