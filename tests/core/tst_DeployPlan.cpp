#include "RemoteProvider.h"
#include "core/DeployPlan.h"
#include "core/ProvidersWriter.h"

#include <QJsonObject>
#include <QStringList>
#include <QTest>

using namespace RemoteProvider;

namespace {
AdminReply::Provider summaryOf(const ProviderSettings &s)
{
    return {QStringLiteral("p1"), QStringLiteral("custom-token"), QStringLiteral("custom-token"), s.disabled};
}

DeployPlan::Options replace()
{
    DeployPlan::Options o;
    o.replace = true;
    return o;
}
} // namespace

class tst_DeployPlan : public QObject
{
    Q_OBJECT

private slots:
    void createWhenAbsent()
    {
        const auto plan =
            DeployPlan::make(ProvidersWriter::providerObject(okta()), std::nullopt, {}, {}, {}, {});
        QCOMPARE(plan.action, DeployPlan::ProviderAction::Create);
        QCOMPARE(plan.toggle, DeployPlan::Toggle::None);
        QVERIFY(plan.hasWrites());
        QCOMPARE(plan.actionName(), QStringLiteral("create"));
        QVERIFY(plan.steps().contains(QStringLiteral("create the custom-token provider")));
    }
    void unchangedWhenEqual()
    {
        const auto plan = DeployPlan::make(ProvidersWriter::providerObject(okta()), summaryOf(okta()),
                                           remoteOf(okta()), {}, {}, {});
        QCOMPARE(plan.action, DeployPlan::ProviderAction::Unchanged);
        QVERIFY(!plan.hasWrites());
        QVERIFY(plan.diff.isEmpty());
    }
    void differentNeedsReplace()
    {
        ProviderSettings local = okta();
        local.audience = QStringList{QStringLiteral("myapp-abcde")};
        const auto blocked = DeployPlan::make(ProvidersWriter::providerObject(local), summaryOf(okta()),
                                              remoteOf(okta()), {}, {QStringLiteral("k")}, {});
        QVERIFY(blocked.isBlocked());
        QVERIFY(!blocked.hasWrites());
        QVERIFY(blocked.secrets.isEmpty()); // nothing at all is written when blocked
        QCOMPARE(blocked.diff.size(), 1);
        const auto update = DeployPlan::make(ProvidersWriter::providerObject(local), summaryOf(okta()),
                                             remoteOf(okta()), {}, {}, replace());
        QCOMPARE(update.action, DeployPlan::ProviderAction::Update);
        QCOMPARE(update.providerId, QStringLiteral("p1"));
        QCOMPARE(update.toggle, DeployPlan::Toggle::None);
    }
    void onlyDisabledChangedTogglesWithoutPatch()
    {
        ProviderSettings local = okta();
        local.disabled = true;
        const auto plan = DeployPlan::make(ProvidersWriter::providerObject(local), summaryOf(okta()),
                                           remoteOf(okta()), {}, {}, replace());
        QCOMPARE(plan.action, DeployPlan::ProviderAction::Unchanged);
        QCOMPARE(plan.toggle, DeployPlan::Toggle::Disable);
        QVERIFY(plan.hasWrites());
        ProviderSettings remote = okta();
        remote.disabled = true;
        remote.audience = QStringList{QStringLiteral("x")};
        const auto enable = DeployPlan::make(ProvidersWriter::providerObject(okta()), summaryOf(remote),
                                             remoteOf(remote), {}, {}, replace());
        QCOMPARE(enable.action, DeployPlan::ProviderAction::Update);
        QCOMPARE(enable.toggle, DeployPlan::Toggle::Enable);
    }
    void secretsCreateUpdateKeep()
    {
        ProviderSettings local = okta();
        local.verification = ProviderSettings::Verification::ManualKeys;
        local.signingKeyNames = QStringList{QStringLiteral("k1"), QStringLiteral("k2")};
        const QList<AdminReply::Secret> remote{{QStringLiteral("s2"), QStringLiteral("k2")}};
        const QStringList names{QStringLiteral("k1"), QStringLiteral("k2")};
        auto plan =
            DeployPlan::make(ProvidersWriter::providerObject(local), std::nullopt, {}, remote, names, {});
        QCOMPARE(plan.secrets.size(), 1);
        QCOMPARE(plan.secrets.first().name, QStringLiteral("k1"));
        QVERIFY(plan.secrets.first().secretId.isEmpty());
        QCOMPARE(plan.keptSecrets, QStringList{QStringLiteral("k2")});
        plan = DeployPlan::make(ProvidersWriter::providerObject(local), std::nullopt, {}, remote, names,
                                replace());
        QCOMPARE(plan.secrets.size(), 2);
        QCOMPARE(plan.secrets.at(1).secretId, QStringLiteral("s2"));
        QVERIFY(plan.steps().contains(QStringLiteral("update secret k2")));
    }
    void secretOnlyIsAWrite()
    {
        const auto plan = DeployPlan::make(ProvidersWriter::providerObject(okta()), summaryOf(okta()),
                                           remoteOf(okta()), {}, {QStringLiteral("k1")}, {});
        QCOMPARE(plan.action, DeployPlan::ProviderAction::Unchanged);
        QVERIFY(plan.hasWrites());
    }
    void draftSteps()
    {
        DeployPlan::Options o;
        o.useDraft = true;
        const auto plan =
            DeployPlan::make(ProvidersWriter::providerObject(okta()), std::nullopt, {}, {}, {}, o);
        const QStringList steps = plan.steps();
        QCOMPARE(steps.first(), QStringLiteral("create a deployment draft"));
        QCOMPARE(steps.last(), QStringLiteral("deploy the draft and wait for the deployment"));
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value("action").toString(), QStringLiteral("create"));
        QVERIFY(json.value("draft").toBool());
    }
};

QTEST_GUILESS_MAIN(tst_DeployPlan)
#include "tst_DeployPlan.moc"
