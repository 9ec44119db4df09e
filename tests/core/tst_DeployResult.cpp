#include "RemoteProvider.h"
#include "core/DeployResult.h"
#include "core/DeployStep.h"
#include "core/ProvidersWriter.h"

#include <QJsonObject>
#include <QStringList>
#include <QTest>

using namespace RemoteProvider;

namespace {
DeployResult planned(const ProviderSettings &local, bool replace)
{
    DeployPlan::Options options;
    options.replace = replace;
    DeployResult r;
    r.outcome = DeployResult::Outcome::Planned;
    r.hasPlan = true;
    r.plan = DeployPlan::make(ProvidersWriter::providerObject(local),
                              AdminReply::Provider{QStringLiteral("p1"), QStringLiteral("custom-token"),
                                                   QStringLiteral("custom-token"), false},
                              remoteOf(okta()), {}, {}, options);
    return r;
}
} // namespace

class tst_DeployResult : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes()
    {
        DeployResult r;
        r.outcome = DeployResult::Outcome::Created;
        QCOMPARE(r.exitCode(), 0);
        QVERIFY(r.ok());
        QCOMPARE(planned(okta(), false).exitCode(), 0); // diff found nothing
        ProviderSettings changed = okta();
        changed.audience = QStringList{QStringLiteral("myapp-abcde")};
        QCOMPARE(planned(changed, true).exitCode(), 1); // diff found differences
        QCOMPARE(planned(changed, false).exitCode(), 1);
        r.outcome = DeployResult::Outcome::Blocked;
        QCOMPARE(r.exitCode(), 1);
        r.outcome = DeployResult::Outcome::Failed;
        r.error = AdminApiError::make(AdminApiError::Kind::Usage, QStringLiteral("app_not_found"),
                                      QStringLiteral("x"));
        QCOMPARE(r.exitCode(), 2);
        r.error = AdminApiError::fromReply(500, {});
        QCOMPARE(r.exitCode(), 3);
        r.outcome = DeployResult::Outcome::Cancelled;
        QCOMPARE(r.exitCode(), 3);
        QVERIFY(!r.ok());
    }
    void summaryAndJson()
    {
        DeployResult r;
        r.outcome = DeployResult::Outcome::Failed;
        r.error = AdminApiError::fromReply(500, R"({"error":"boom","error_code":"InternalServerError"})");
        r.draftId = QStringLiteral("d1");
        r.draftDiscarded = true;
        r.writesDone << QStringLiteral("created secret k");
        const QString s = r.summary();
        QVERIFY(s.contains(QLatin1String("boom")));
        QVERIFY(s.contains(QLatin1String("discarded")));
        QVERIFY(s.contains(QLatin1String("created secret k")));
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value("outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(o.value("error").toObject().value("error_code").toString(),
                 QStringLiteral("InternalServerError"));
        QVERIFY(o.value("draft_discarded").toBool());
        const DeployResult p = planned(okta(), false);
        QVERIFY(p.summary().startsWith(QLatin1String("Dry run")));
        QCOMPARE(p.toJson().value("plan").toObject().value("action").toString(), QStringLiteral("unchanged"));
        QCOMPARE(DeployStep::key(DeployStep::WaitForDeployment), QStringLiteral("wait_for_deployment"));
    }
};

QTEST_GUILESS_MAIN(tst_DeployResult)
#include "tst_DeployResult.moc"
