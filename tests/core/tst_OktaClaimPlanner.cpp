#include "OktaOrgStates.h"
#include "core/OktaClaimPlanner.h"
#include "core/OktaSetupPlan.h"

#include <QJsonArray>
#include <QTest>

using namespace OktaOrgStates;

// The access-token claims an Okta setup creates: their bodies and the known expressions.
class tst_OktaClaimPlanner : public QObject
{
    Q_OBJECT

private slots:
    void claimBodiesAsOktaExpects()
    {
        const OktaSetupPlan plan = OktaSetupPlan::make(
            freshOrg(), settings({QStringLiteral("email"), QStringLiteral("groups")}), kAppId, kClient, {});
        const QJsonObject email = plan.steps().at(0).body;
        QCOMPARE(email.value("name").toString(), QStringLiteral("email"));
        QCOMPARE(email.value("status").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(email.value("claimType").toString(), QStringLiteral("RESOURCE"));
        QCOMPARE(email.value("valueType").toString(), QStringLiteral("EXPRESSION"));
        QCOMPARE(email.value("value").toString(), QStringLiteral("user.email"));
        QCOMPARE(email.value("alwaysIncludeInToken").toBool(), true);
        QCOMPARE(email.value("conditions").toObject().value("scopes").toArray(), QJsonArray());
        QVERIFY(!email.contains("group_filter_type"));
        const QJsonObject groups = plan.steps().at(1).body;
        QCOMPARE(groups.value("valueType").toString(), QStringLiteral("GROUPS"));
        QCOMPARE(groups.value("value").toString(), QStringLiteral(".*"));
        QCOMPARE(groups.value("group_filter_type").toString(), QStringLiteral("REGEX"));
        QCOMPARE(plan.steps().at(0).detail,
                 QStringLiteral("create claim email = user.email in access tokens"));
    }
    void knownMappings()
    {
        QCOMPARE(OktaClaimPlanner::knownExpression("name"),
                 QStringLiteral("user.firstName + \" \" + user.lastName"));
        QCOMPARE(OktaClaimPlanner::knownExpression("given_name"), QStringLiteral("user.firstName"));
        QCOMPARE(OktaClaimPlanner::knownExpression("family_name"), QStringLiteral("user.lastName"));
        QCOMPARE(OktaClaimPlanner::knownExpression("preferred_username"), QStringLiteral("user.login"));
        QCOMPARE(OktaClaimPlanner::knownExpression("locale"), QStringLiteral("user.locale"));
        QCOMPARE(OktaClaimPlanner::knownExpression("zoneinfo"), QStringLiteral("user.timezone"));
        QCOMPARE(OktaClaimPlanner::knownExpression("department"), QString());
    }
};

QTEST_GUILESS_MAIN(tst_OktaClaimPlanner)
#include "tst_OktaClaimPlanner.moc"
