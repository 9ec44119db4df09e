#include "core/OktaUndoPlan.h"
#include "core/UndoPlan.h"

#include <QJsonArray>
#include <QTest>

// Undo planning of Okta entries (through UndoPlan, as the commands call it): created objects are deleted,
// a replaced audience is put back unless the server drifted, and what cannot be found is refused.
class tst_OktaUndoPlan : public QObject
{
    Q_OBJECT

private:
    static JournalEntry created(const QString &type, const QString &id)
    {
        JournalEntry e;
        e.id = QStringLiteral("e-1");
        e.service = JournalEntry::okta();
        e.oktaDomain = QStringLiteral("https://dev-1.okta.com");
        e.serverId = QStringLiteral("aus1");
        e.action = QStringLiteral("create");
        e.objectType = type;
        e.objectId = id;
        e.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}};
        e.outcome = JournalEntry::Outcome::Ok;
        return e;
    }
    static QJsonObject server(const QString &audience, const QString &status = QStringLiteral("ACTIVE"))
    {
        return {{QStringLiteral("id"), QStringLiteral("aus1")},
                {QStringLiteral("name"), QStringLiteral("default")},
                {QStringLiteral("status"), status},
                {QStringLiteral("audiences"), QJsonArray{audience}},
                {QStringLiteral("credentials"),
                 QJsonObject{{QStringLiteral("signing"),
                              QJsonObject{{QStringLiteral("rotationMode"), QStringLiteral("AUTO")},
                                          {QStringLiteral("kid"), QStringLiteral("k1")}}}}}};
    }
    static JournalEntry replaced()
    {
        JournalEntry e = created(QStringLiteral("authorization-server"), QStringLiteral("aus1"));
        e.action = QStringLiteral("replace");
        e.before = server(QStringLiteral("api://default"));
        e.after = QJsonObject{
            {QStringLiteral("name"), QStringLiteral("default")},
            {QStringLiteral("audiences"), QJsonArray{QStringLiteral("myapp-abcde")}},
            {QStringLiteral("credentials"),
             QJsonObject{{QStringLiteral("signing"),
                          QJsonObject{{QStringLiteral("rotationMode"), QStringLiteral("AUTO")}}}}}};
        return e;
    }

private slots:
    void createdObjectsAreDeletedAtTheirPath_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::newRow("claim") << "claim"
                               << "/api/v1/authorizationServers/aus1/claims/o1";
        QTest::newRow("policy") << "policy"
                                << "/api/v1/authorizationServers/aus1/policies/o1";
        QTest::newRow("rule") << "rule"
                              << "/api/v1/authorizationServers/aus1/policies/pol1/rules/o1";
        QTest::newRow("server") << "authorization-server"
                                << "/api/v1/authorizationServers/o1";
    }
    void createdObjectsAreDeletedAtTheirPath()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        JournalEntry e = created(type, QStringLiteral("o1"));
        e.policyId = QStringLiteral("pol1");
        QVERIFY(OktaUndoPlan::needsRemote(e));
        const UndoPlan plan =
            UndoPlan::make(e, QJsonObject{{QStringLiteral("id"), QStringLiteral("o1")}}, false);
        QVERIFY2(!plan.isRefused(), qPrintable(plan.refusal.message));
        QCOMPARE(plan.action, UndoPlan::Action::Delete);
        QCOMPARE(plan.path, path);
        QCOMPARE(plan.describe(), QStringLiteral("DELETE %1 that the entry created.").arg(path));
        QCOMPARE(plan.toJson().value(QStringLiteral("path")).toString(), path);
        QCOMPARE(UndoPlan::make(e, std::nullopt, true).refusal.code, QStringLiteral("already_gone"));
    }
    void idsArePercentEncodedInThePath()
    {
        const JournalEntry e = created(QStringLiteral("claim"), QStringLiteral("a/b"));
        QCOMPARE(OktaUndoPlan::objectPath(e),
                 QStringLiteral("/api/v1/authorizationServers/aus1/claims/a%2Fb"));
    }
    void ruleWithoutPolicyIdIsRefusedWithoutAsking()
    {
        const JournalEntry e = created(QStringLiteral("rule"), QStringLiteral("r1"));
        QVERIFY(!OktaUndoPlan::needsRemote(e));
        const UndoPlan plan = UndoPlan::make(e, std::nullopt, true);
        QCOMPARE(plan.refusal.code, QStringLiteral("policy_unknown"));
        QVERIFY(plan.refusal.message.contains(QStringLiteral("policy id")));
    }
    void failedUnknownAndUnsupportedAreRefused()
    {
        JournalEntry failed = created(QStringLiteral("claim"), QStringLiteral("c1"));
        failed.outcome = JournalEntry::Outcome::Failed;
        QVERIFY(!OktaUndoPlan::needsRemote(failed));
        QCOMPARE(UndoPlan::make(failed, std::nullopt, true).refusal.code, QStringLiteral("nothing_to_undo"));
        JournalEntry lost = created(QStringLiteral("claim"), QString());
        lost.outcome = JournalEntry::Outcome::Unknown;
        QCOMPARE(UndoPlan::make(lost, std::nullopt, true).refusal.code, QStringLiteral("object_unknown"));
        JournalEntry undone = created(QStringLiteral("claim"), QStringLiteral("c1"));
        undone.action = QStringLiteral("delete");
        QVERIFY(!OktaUndoPlan::needsRemote(undone));
        const UndoPlan plan = UndoPlan::make(undone, std::nullopt, true);
        QCOMPARE(plan.refusal.code, QStringLiteral("undo_unsupported"));
        QVERIFY(plan.refusal.message.contains(QStringLiteral("replaced audience")));
    }
    void replacedAudienceIsPutBackWithItsWritableFieldsOnly()
    {
        const UndoPlan plan = UndoPlan::make(replaced(), server(QStringLiteral("myapp-abcde")), false);
        QVERIFY2(!plan.isRefused(), qPrintable(plan.refusal.message));
        QCOMPARE(plan.action, UndoPlan::Action::PatchBack);
        QCOMPARE(plan.path, QStringLiteral("/api/v1/authorizationServers/aus1"));
        QCOMPARE(plan.restore.value(QStringLiteral("audiences")).toArray(),
                 QJsonArray{QStringLiteral("api://default")});
        // Only what the replace wrote: no status, and the signing settings without the key id.
        QVERIFY(!plan.restore.contains(QStringLiteral("status")));
        QCOMPARE(plan.restore.value(QStringLiteral("credentials"))
                     .toObject()
                     .value(QStringLiteral("signing"))
                     .toObject()
                     .keys(),
                 QStringList{QStringLiteral("rotationMode")});
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.constFirst().toLine(),
                 QStringLiteral("audiences: [\"myapp-abcde\"] → [\"api://default\"]"));
        QVERIFY(plan.drift.isEmpty());
    }
    void driftedServerIsRefusedUnlessForced()
    {
        const UndoPlan refused = UndoPlan::make(replaced(), server(QStringLiteral("someone-else")), false);
        QCOMPARE(refused.refusal.code, QStringLiteral("remote_changed"));
        QCOMPARE(refused.drift.size(), 1);
        QCOMPARE(refused.drift.constFirst().path, QStringLiteral("audiences"));
        QCOMPARE(refused.action, UndoPlan::Action::PatchBack); // what a forced undo would do
        // A field Okta manages itself is no drift.
        QVERIFY(!UndoPlan::make(replaced(), server(QStringLiteral("myapp-abcde"), QStringLiteral("INACTIVE")),
                                false)
                     .isRefused());
        QVERIFY(!UndoPlan::make(replaced(), server(QStringLiteral("someone-else")), true).isRefused());
        QCOMPARE(UndoPlan::make(replaced(), std::nullopt, true).refusal.code, QStringLiteral("already_gone"));
    }
    void replaceWithoutItsBeforeIsRefused()
    {
        JournalEntry e = replaced();
        e.before = QJsonValue::Null;
        QVERIFY(!OktaUndoPlan::needsRemote(e));
        QCOMPARE(UndoPlan::make(e, std::nullopt, false).refusal.code, QStringLiteral("before_unknown"));
    }
};

QTEST_GUILESS_MAIN(tst_OktaUndoPlan)
#include "tst_OktaUndoPlan.moc"
