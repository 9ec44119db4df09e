#include "core/JournalFile.h"
#include "core/OktaSetupPlan.h"
#include "net/OktaAdminClient.h"
#include "net/OktaSetupRunner.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_OktaSetupRunner : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> sandbox;
    OktaManagementSandbox *api = nullptr;
    std::unique_ptr<OktaAdminClient> client;
    std::unique_ptr<OktaSetupRunner> runner;
    QTemporaryDir dir;

    ProviderSettings settings()
    {
        ProviderSettings p;
        p.oktaDomain = sandbox->domain();
        p.audience = {QStringLiteral("api://default")};
        p.metadataFields = {{QStringLiteral("email"), {}, true}, {QStringLiteral("groups"), {}, false}};
        return p;
    }
    // Reads the state and returns the plan; an empty optional (and a test failure) when reading failed.
    std::optional<OktaSetupPlan> plan(const OktaSetupPlan::Options &o = {}, const ProviderSettings &p = {})
    {
        QSignalSpy read(runner.get(), &OktaSetupRunner::stateRead);
        QSignalSpy failed(runner.get(), &OktaSetupRunner::failed);
        runner->read(QStringLiteral("default"), OktaSandbox::demoClientId(), o.createAuthServer);
        if (!QTest::qWaitFor([&] { return read.size() + failed.size() > 0; }, 20000) || read.isEmpty())
            return std::nullopt;
        return OktaSetupPlan::make(runner->state(), p.oktaDomain.isEmpty() ? settings() : p,
                                   QStringLiteral("app-x"), OktaSandbox::demoClientId(), o);
    }
    Problem apply(const OktaSetupPlan &plan)
    {
        QSignalSpy applied(runner.get(), &OktaSetupRunner::applied);
        QSignalSpy failed(runner.get(), &OktaSetupRunner::failed);
        runner->apply(plan.steps());
        if (!QTest::qWaitFor([&] { return applied.size() + failed.size() > 0; }, 20000))
            return Problem(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
        return failed.isEmpty() ? Problem() : failed.at(0).at(0).value<Problem>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Problem>();
        sandbox = std::make_unique<OktaSandbox>();
        QVERIFY(sandbox->start());
        api = OktaManagementSandbox::of(*sandbox);
    }
    void init()
    {
        api->reset();
        client = std::make_unique<OktaAdminClient>(&nam);
        QVERIFY(client->setOktaDomain(sandbox->domain()));
        client->setToken(OktaManagementSandbox::demoApiToken().toLatin1());
        runner = std::make_unique<OktaSetupRunner>(client.get());
        runner->setJournalPath(
            dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QTest::currentTestFunction())));
    }

    void freshOrgTakesTheReadsAndTwoClaimCreates()
    {
        const auto first = plan();
        QVERIFY(first);
        QCOMPARE(first->steps().size(), 2);
        QCOMPARE(api->requestCount(), 5); // server, policies, rules, claims, app
        QVERIFY(apply(*first).code.isEmpty());
        QCOMPARE(api->writeCount(), 2);
        QCOMPARE(api->requestCount(), 7);
        const auto second = plan();
        QVERIFY(second);
        QVERIFY(second->isEmpty());
        QCOMPARE(api->writeCount(), 2);
        const auto journal =
            JournalFile(dir.filePath("journal-freshOrgTakesTheReadsAndTwoClaimCreates.jsonl")).read();
        QVERIFY(journal);
        QCOMPARE(runner->journaled().size(), 2);
        QCOMPARE(sandbox->mintToken().isEmpty(), false);
    }
    void dedicatedServerIsFoundAgainByName()
    {
        OktaSetupPlan::Options o;
        o.createAuthServer = QStringLiteral("App Services app-x");
        ProviderSettings p = settings();
        p.audience.clear();
        const auto first = plan(o, p);
        QVERIFY(first);
        QCOMPARE(first->steps().size(), 5);
        QVERIFY(apply(*first).code.isEmpty());
        QVERIFY(runner->serverId().startsWith("aus"));
        QCOMPARE(api->writeCount(), 5);
        api->setPageSize(1); // the re-run pages through the list to find it
        const auto second = plan(o, p);
        QVERIFY(second);
        QVERIFY2(second->isEmpty(),
                 qPrintable(second->stepsJson().size() ? second->steps().at(0).detail : ""));
        QCOMPARE(api->writeCount(), 5);
    }
    void replaceAudienceKeepsTheServersName()
    {
        OktaSetupPlan::Options o;
        o.replaceAudience = true;
        ProviderSettings p = settings();
        p.audience.clear();
        const auto first = plan(o, p);
        QVERIFY(first);
        QCOMPARE(first->steps().at(0).actionKey(), QStringLiteral("replace_audience"));
        QVERIFY(apply(*first).code.isEmpty());
        QVERIFY(api->requestLog().contains(QStringLiteral("PUT /api/v1/authorizationServers/default 200")));
        QCOMPARE(runner->state().server->name, QStringLiteral("default"));
        const auto second = plan(o, p);
        QVERIFY(second && second->isEmpty());
    }
    void wrongTypesEndTheRead()
    {
        api->setFault(OktaManagementSandbox::Fault::WrongTypes);
        QSignalSpy failed(runner.get(), &OktaSetupRunner::failed);
        runner->read(QStringLiteral("default"), OktaSandbox::demoClientId());
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 20000));
        QCOMPARE(failed.at(0).at(0).value<Problem>().code, QStringLiteral("okta_bad_reply"));
    }
    void aFailedWriteStopsTheRest()
    {
        const auto first = plan();
        QVERIFY(first);
        api->setFault(OktaManagementSandbox::Fault::NoAdminRights, -1, QStringLiteral("POST"));
        QCOMPARE(apply(*first).code, QStringLiteral("okta_admin_rights"));
        QCOMPARE(api->writeCount(), 1);
    }
};

QTEST_MAIN(tst_OktaSetupRunner)
#include "tst_OktaSetupRunner.moc"
