#include "FindingCodes.h"
#include "OktaOrgStates.h"
#include "core/OktaClaimPlanner.h"
#include "core/OktaSetupPlan.h"
#include "core/RsaKeyPair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace OktaOrgStates;

namespace {
QStringList actions(const OktaSetupPlan &plan)
{
    QStringList out;
    for (const OktaSetupStep &s : plan.steps())
        out << s.actionKey();
    return out;
}

using Mutate = std::function<void(OktaState &, ProviderSettings &, OktaSetupPlan::Options &)>;
} // namespace

Q_DECLARE_METATYPE(Mutate)

class tst_OktaSetupPlan : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<Mutate>("mutate");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("findings");
        const QStringList none;
        QTest::newRow("fresh org, two mapped claims")
            << Mutate([](auto &, auto &, auto &) {}) << QStringList{"create_claim", "create_claim"} << none;
        QTest::newRow("second run: claims present") << Mutate([](OktaState &s, auto &, auto &) {
            for (const QString &c : {QStringLiteral("email"), QStringLiteral("groups")}) {
                const QJsonObject b = OktaClaimPlanner::claimBody(c, OktaClaimPlanner::knownExpression(c));
                s.claims << OktaState::Claim{c,
                                             c,
                                             QStringLiteral("ACTIVE"),
                                             QStringLiteral("RESOURCE"),
                                             b.value(QStringLiteral("valueType")).toString(),
                                             b.value(QStringLiteral("value")).toString(),
                                             false};
            }
        }) << none << none;
        QTest::newRow("no policy") << Mutate([](OktaState &s, auto &, auto &) {
            s.policies.clear();
        }) << QStringList{"create_policy", "create_rule", "create_claim", "create_claim"}
                                   << none;
        QTest::newRow("policy for another client only") << Mutate([](OktaState &s, auto &, auto &) {
            s.policies[0].clients = {QStringLiteral("0oaother")};
        }) << QStringList{"create_policy", "create_rule", "create_claim", "create_claim"}
                                                        << none;
        QTest::newRow("policy for this client, inactive rule") << Mutate([](OktaState &s, auto &, auto &) {
            s.policies[0].clients = {kClient};
            s.policies[0].rules[0].status = QStringLiteral("INACTIVE");
        }) << QStringList{"create_rule", "create_claim", "create_claim"}
                                                               << none;
        QTest::newRow("inactive policy")
            << Mutate([](OktaState &s, auto &, auto &) { s.policies[0].status = QStringLiteral("INACTIVE"); })
            << QStringList{"create_policy", "create_rule", "create_claim", "create_claim"} << none;
        QTest::newRow("rule without device grant, app has it") << Mutate([](OktaState &s, auto &, auto &) {
            s.policies[0].rules[0].grantTypes.removeAll(kDevice);
        }) << QStringList{"create_rule", "create_claim", "create_claim"}
                                                               << none;
        QTest::newRow("rule for one group, --group another")
            << Mutate([](OktaState &s, auto &, OktaSetupPlan::Options &o) {
                   s.policies[0].rules[0].groups = {QStringLiteral("00gsales")};
                   o.group = QStringLiteral("00gstaff");
               })
            << QStringList{"create_rule", "create_claim", "create_claim"} << none;
        QTest::newRow("rule for EVERYONE serves --group")
            << Mutate([](auto &, auto &, OktaSetupPlan::Options &o) { o.group = QStringLiteral("00gstaff"); })
            << QStringList{"create_claim", "create_claim"} << none;
        QTest::newRow("claim present with another value") << Mutate([](OktaState &s, auto &, auto &) {
            s.claims << OktaState::Claim{"c1",         "email",      "ACTIVE", "RESOURCE",
                                         "EXPRESSION", "user.login", false};
        }) << QStringList{"create_claim"} << QStringList{"warning:okta_claim_differs"};
        QTest::newRow("claim only in ID tokens") << Mutate([](OktaState &s, auto &, auto &) {
            s.claims << OktaState::Claim{"c1",         "email",      "ACTIVE", "IDENTITY",
                                         "EXPRESSION", "user.email", false};
        }) << QStringList{"create_claim", "create_claim"}
                                                 << none;
        QTest::newRow("inactive claim") << Mutate([](OktaState &s, auto &, auto &) {
            s.claims << OktaState::Claim{"c1",         "email",      "INACTIVE", "RESOURCE",
                                         "EXPRESSION", "user.email", false};
        }) << QStringList{"create_claim"}
                                        << QStringList{"warning:okta_claim_inactive"};
        QTest::newRow("server with another audience: App Services aligned")
            << Mutate([](auto &, ProviderSettings &p, auto &) { p.audience.clear(); })
            << QStringList{"align_audience", "create_claim", "create_claim"} << none;
        QTest::newRow("--replace-audience")
            << Mutate([](auto &, ProviderSettings &p, OktaSetupPlan::Options &o) {
                   p.audience.clear();
                   o.replaceAudience = true;
               })
            << QStringList{"replace_audience", "create_claim", "create_claim"} << none;
        QTest::newRow("--replace-audience with an App Services audience set")
            << Mutate([](auto &, auto &, OktaSetupPlan::Options &o) { o.replaceAudience = true; })
            << QStringList{"create_claim", "create_claim"}
            << none; // no audience step: the server's audience already is what App Services checks
        QTest::newRow("requireAnyAudience accepts one of several")
            << Mutate([](auto &, ProviderSettings &p, auto &) {
                   p.audience = {QStringLiteral("x"), QStringLiteral("api://default")};
                   p.requireAnyAudience = true;
               })
            << QStringList{"create_claim", "create_claim"} << QStringList{};
        QTest::newRow("all audiences required: two can never match one")
            << Mutate([](auto &, ProviderSettings &p, auto &) {
                   p.audience = {QStringLiteral("x"), QStringLiteral("api://default")};
               })
            << QStringList{"align_audience", "create_claim", "create_claim"} << none;
        QTest::newRow("--create-auth-server, not there yet")
            << Mutate([](OktaState &s, ProviderSettings &p, OktaSetupPlan::Options &o) {
                   s.server.reset();
                   s.policies.clear();
                   s.claims.clear();
                   p.audience.clear();
                   o.createAuthServer = QStringLiteral("App Services");
               })
            << QStringList{"create_auth_server", "create_policy", "create_rule", "create_claim",
                           "create_claim"}
            << none;
        QTest::newRow("--create-auth-server with another audience configured")
            << Mutate([](OktaState &s, auto &, OktaSetupPlan::Options &o) {
                   s.server.reset();
                   s.policies.clear();
                   o.createAuthServer = QStringLiteral("App Services");
               })
            << QStringList{"create_auth_server", "align_audience", "create_policy",
                           "create_rule",        "create_claim",   "create_claim"}
            << none;
        QTest::newRow("org server refused")
            << Mutate([](auto &, ProviderSettings &p, auto &) { p.authServerId.clear(); }) << none
            << QStringList{"okta_org_server"};
        QTest::newRow("org server by its path name")
            << Mutate([](auto &, ProviderSettings &p, auto &) { p.authServerId = QStringLiteral("oauth2"); })
            << none << QStringList{"okta_org_server"};
        QTest::newRow("server missing") << Mutate([](OktaState &s, auto &, auto &) { s.server.reset(); })
                                        << none << QStringList{"okta_server_not_found"};
        QTest::newRow("nested claim reported") << Mutate([](auto &, ProviderSettings &p, auto &) {
            p.metadataFields << MetadataField{QStringLiteral("profile.department"), {}, false};
        }) << QStringList{"create_claim", "create_claim"}
                                               << QStringList{"okta_claim_nested"};
        QTest::newRow("unknown claim reported, not guessed")
            << Mutate([](auto &, ProviderSettings &p, auto &) {
                   p.metadataFields << MetadataField{QStringLiteral("department"), {}, false};
               })
            << QStringList{"create_claim", "create_claim"} << QStringList{"okta_claim_unknown"};
        QTest::newRow("unknown claim with --claim-value")
            << Mutate([](auto &, ProviderSettings &p, OktaSetupPlan::Options &o) {
                   p.metadataFields << MetadataField{QStringLiteral("department"), {}, false};
                   o.claimValues.insert(QStringLiteral("department"), QStringLiteral("user.department"));
               })
            << QStringList{"create_claim", "create_claim", "create_claim"} << none;
        QTest::newRow("--claim-value for no mapped claim")
            << Mutate([](auto &, auto &, OktaSetupPlan::Options &o) {
                   o.claimValues.insert(QStringLiteral("title"), QStringLiteral("user.title"));
               })
            << QStringList{"create_claim", "create_claim"} << QStringList{"warning:okta_claim_value_unused"};
        QTest::newRow("claims Okta always issues need nothing")
            << Mutate([](auto &, ProviderSettings &p, auto &) {
                   p.metadataFields = {MetadataField{QStringLiteral("sub"), {}, true},
                                       MetadataField{QStringLiteral("uid"), {}, false}};
               })
            << none << none;
        QTest::newRow("the same claim mapped twice is created once")
            << Mutate([](auto &, ProviderSettings &p, auto &) {
                   p.metadataFields << MetadataField{QStringLiteral("email"), QStringLiteral("mail"), false};
               })
            << QStringList{"create_claim", "create_claim"} << none;
        QTest::newRow("app missing") << Mutate([](OktaState &s, auto &, auto &) { s.app.reset(); })
                                     << QStringList{"create_claim", "create_claim"}
                                     << QStringList{"okta_app_not_found"};
        QTest::newRow("web app with a secret") << Mutate([](OktaState &s, auto &, auto &) {
            s.app->applicationType = QStringLiteral("web");
            s.app->pkceRequired = false;
        }) << QStringList{"create_claim", "create_claim"}
                                               << QStringList{"warning:okta_app_not_public"};
        QTest::newRow("app without the sign-in redirect") << Mutate([](OktaState &s, auto &, auto &) {
            s.app->redirectUris.clear();
        }) << QStringList{"create_claim", "create_claim"} << QStringList{"warning:okta_app_redirect_missing"};
        QTest::newRow("inactive server")
            << Mutate([](OktaState &s, auto &, auto &) { s.server->status = QStringLiteral("INACTIVE"); })
            << QStringList{"create_claim", "create_claim"} << QStringList{"okta_server_inactive"};
        QTest::newRow("issuer differs from discovery") << Mutate([](auto &, ProviderSettings &p, auto &) {
            p.issuer = QStringLiteral("https://dev-1.okta.com/oauth2/aus-other");
        }) << QStringList{"create_claim", "create_claim"}
                                                       << QStringList{"okta_issuer_mismatch"};
    }
    void table()
    {
        QFETCH(Mutate, mutate);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, findings);
        OktaState state = freshOrg();
        ProviderSettings p = settings({QStringLiteral("email"), QStringLiteral("groups")});
        OktaSetupPlan::Options options;
        mutate(state, p, options);
        const OktaSetupPlan plan = OktaSetupPlan::make(state, p, kAppId, kClient, options);
        QCOMPARE(actions(plan), steps);
        QCOMPARE(findingCodes(plan.findings()), findings);
        QCOMPARE(plan.isBlocked(), hasErrors(plan.findings()));
    }

    void createdPolicyAndRuleBodies()
    {
        OktaState state = freshOrg();
        state.policies.clear();
        OktaSetupPlan::Options o;
        o.group = QStringLiteral("00gstaff");
        const OktaSetupPlan plan = OktaSetupPlan::make(state, settings({}), kAppId, kClient, o);
        QCOMPARE(actions(plan), (QStringList{"create_policy", "create_rule"}));
        const QJsonObject policy = plan.steps().at(0).body;
        QCOMPARE(policy.value("type").toString(), QStringLiteral("OAUTH_AUTHORIZATION_POLICY"));
        QCOMPARE(policy.value("priority").toInt(), 1);
        QCOMPARE(policy.value("status").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(policy.value("conditions").toObject().value("clients").toObject().value("include").toArray(),
                 QJsonArray{kClient});
        const QJsonObject rule = plan.steps().at(1).body;
        QCOMPARE(rule.value("type").toString(), QStringLiteral("RESOURCE_ACCESS"));
        QCOMPARE(rule.value("status").toString(), QStringLiteral("ACTIVE"));
        const QJsonObject c = rule.value("conditions").toObject();
        QCOMPARE(c.value("grantTypes").toObject().value("include").toArray(),
                 (QJsonArray{QStringLiteral("authorization_code"), kDevice}));
        QCOMPARE(c.value("people").toObject().value("groups").toObject().value("include").toArray(),
                 QJsonArray{QStringLiteral("00gstaff")});
        QVERIFY(plan.steps().at(1).policyId.isEmpty()); // the policy created just before
    }
    void ruleInExistingPolicyNamesIt()
    {
        OktaState state = freshOrg();
        state.policies[0].rules.clear();
        state.app->grantTypes = {QStringLiteral("authorization_code")};
        const OktaSetupPlan plan = OktaSetupPlan::make(state, settings({}), kAppId, kClient, {});
        QCOMPARE(actions(plan), QStringList{"create_rule"});
        QCOMPARE(plan.steps().at(0).policyId, QStringLiteral("p0"));
        QCOMPARE(plan.steps()
                     .at(0)
                     .body.value("conditions")
                     .toObject()
                     .value("grantTypes")
                     .toObject()
                     .value("include")
                     .toArray(),
                 QJsonArray{QStringLiteral("authorization_code")});
    }
    void alignmentNamesTheServersAudience()
    {
        const OktaSetupPlan plan = OktaSetupPlan::make(freshOrg(), settings({}, {}), kAppId, kClient, {});
        QCOMPARE(plan.alignedAudience(), QStringLiteral("api://default"));
        QVERIFY(!plan.hasOktaWrites());
        QVERIFY(plan.steps().at(0).detail.contains(QStringLiteral("api://default")));
    }
    void replaceKeepsWritableFields()
    {
        OktaSetupPlan::Options o;
        o.replaceAudience = true;
        const OktaSetupPlan plan = OktaSetupPlan::make(freshOrg(), settings({}, {}), kAppId, kClient, o);
        QCOMPARE(actions(plan), QStringList{"replace_audience"});
        const QJsonObject body = plan.steps().at(0).body;
        QCOMPARE(body.value("audiences").toArray(), QJsonArray{kAppId});
        QCOMPARE(body.value("name").toString(), QStringLiteral("default"));
        QCOMPARE(body.value("description").toString(), QStringLiteral("Default Authorization Server"));
        QCOMPARE(body.value("issuerMode").toString(), QStringLiteral("ORG_URL"));
        QCOMPARE(body.value("credentials").toObject(),
                 (QJsonObject{{"signing", QJsonObject{{"rotationMode", "AUTO"}}}})); // no read-only kid
        QVERIFY(plan.alignedAudience().isEmpty());
    }
    void bothEndsKeys()
    {
        const RsaKeyPair pair = RsaKeyPair::generate().value();
        auto keySet = [](const QList<QJsonObject> &keys) {
            QJsonArray list;
            for (const QJsonObject &k : keys)
                list.append(k);
            return JwkSet::parse(QJsonDocument(QJsonObject{{"keys", list}}).toJson()).value();
        };
        const ProviderSettings p = settings({});
        OktaState state = freshOrg();
        state.keys = keySet({pair.publicJwk("k1")});
        QVERIFY(OktaSetupPlan::make(state, p, kAppId, kClient, {}).findings().isEmpty());
        state.keys = keySet({pair.publicJwk("k1", "RS384")});
        QCOMPARE(findingCodes(OktaSetupPlan::make(state, p, kAppId, kClient, {}).findings()),
                 (QStringList{"okta_no_usable_key", "warning:jwks_non_rs256_key"}));
        QJsonObject noKid = pair.publicJwk("k1");
        noKid.remove("kid");
        state.keys = keySet({noKid});
        QVERIFY(OktaSetupPlan::make(state, p, kAppId, kClient, {}).isBlocked());
        state.keys =
            keySet({pair.publicJwk("k1"), pair.publicJwk("k2"), pair.publicJwk("k3"), pair.publicJwk("k4")});
        QCOMPARE(findingCodes(OktaSetupPlan::make(state, p, kAppId, kClient, {}).findings()),
                 QStringList{"warning:jwks_too_many_keys"});
    }
    void jsonShape()
    {
        const OktaSetupPlan plan =
            OktaSetupPlan::make(freshOrg(), settings({QStringLiteral("email")}), kAppId, kClient, {});
        const QJsonObject step = plan.stepsJson().at(0).toObject();
        QCOMPARE(step.keys(), (QStringList{"action", "detail", "object"}));
        QCOMPARE(step.value("action").toString(), QStringLiteral("create_claim"));
    }
};

QTEST_GUILESS_MAIN(tst_OktaSetupPlan)
#include "tst_OktaSetupPlan.moc"
