#include "core/UndoPlan.h"

#include <QJsonArray>
#include <QTest>

// Undo planning: which write restores each kind of entry, refusal when the remote changed since (unless
// forced), and the cases that are never undone (a Secret's value, a failed write, an unknown id).
class tst_UndoPlan : public QObject
{
    Q_OBJECT

private:
    static QJsonObject provider(const QString &audience, bool disabled = false)
    {
        return {{QStringLiteral("_id"), QStringLiteral("p1")},
                {QStringLiteral("name"), QStringLiteral("custom-token")},
                {QStringLiteral("type"), QStringLiteral("custom-token")},
                {QStringLiteral("disabled"), disabled},
                {QStringLiteral("config"),
                 QJsonObject{{QStringLiteral("audience"), QJsonArray{audience}},
                             {QStringLiteral("useJWKURI"), true},
                             {QStringLiteral("jwkURI"),
                              QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys")}}}};
    }
    static JournalEntry entry(const QString &action, const QJsonValue &before, const QJsonValue &after)
    {
        JournalEntry e;
        e.id = QStringLiteral("e-1");
        e.appId = QStringLiteral("a1");
        e.action = action;
        e.objectType = JournalEntry::providerType();
        e.objectId = QStringLiteral("p1");
        e.objectName = QStringLiteral("custom-token");
        e.before = before;
        e.after = after;
        e.outcome = JournalEntry::Outcome::Ok;
        return e;
    }

private slots:
    void updateIsPatchedBack()
    {
        const JournalEntry e = entry(QStringLiteral("update"), provider("old"), provider("new"));
        const UndoPlan plan = UndoPlan::make(e, provider("new"), false);
        QVERIFY(!plan.isRefused());
        QCOMPARE(plan.action, UndoPlan::Action::PatchBack);
        QCOMPARE(plan.restore, provider("old"));
        QCOMPARE(ProviderDiff::lines(plan.changes), QStringList{"config.audience: [\"new\"] → [\"old\"]"});
        QVERIFY(plan.describe().contains(QStringLiteral("PATCH")));
    }
    void changedSinceIsRefusedUnlessForced()
    {
        const JournalEntry e = entry(QStringLiteral("update"), provider("old"), provider("new"));
        const UndoPlan refused = UndoPlan::make(e, provider("someone-else"), false);
        QVERIFY(refused.isRefused());
        QCOMPARE(refused.refusal.code, QStringLiteral("remote_changed"));
        QCOMPARE(ProviderDiff::lines(refused.drift),
                 QStringList{"config.audience: [\"new\"] → [\"someone-else\"]"});
        const UndoPlan forced = UndoPlan::make(e, provider("someone-else"), true);
        QVERIFY(!forced.isRefused());
        QCOMPARE(forced.action, UndoPlan::Action::PatchBack);
        QCOMPARE(forced.drift.size(), 1); // still shown
    }
    void updateIgnoresDisabledWhichHasItsOwnEntry()
    {
        const JournalEntry e = entry(QStringLiteral("update"), provider("old"), provider("new", true));
        QVERIFY(!UndoPlan::make(e, provider("new", false), false).isRefused());
    }
    void createIsDeleted()
    {
        QJsonObject sent = provider("x");
        sent.remove(QStringLiteral("_id"));
        const JournalEntry e = entry(QStringLiteral("create"), QJsonValue::Null, sent);
        const UndoPlan plan = UndoPlan::make(e, provider("x"), false);
        QVERIFY(!plan.isRefused());
        QCOMPARE(plan.action, UndoPlan::Action::Delete);
        QCOMPARE(plan.objectId, QStringLiteral("p1"));
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(UndoPlan::make(e, provider("y"), false).refusal.code, QStringLiteral("remote_changed"));
        QCOMPARE(UndoPlan::make(e, std::nullopt, false).refusal.code, QStringLiteral("already_gone"));
        QCOMPARE(UndoPlan::make(e, std::nullopt, true).refusal.code, QStringLiteral("already_gone"));
    }
    void deleteIsCreatedAgain()
    {
        const JournalEntry e = entry(QStringLiteral("delete"), provider("x"), QJsonValue::Null);
        const UndoPlan plan = UndoPlan::make(e, std::nullopt, false);
        QVERIFY(!plan.isRefused());
        QCOMPARE(plan.action, UndoPlan::Action::Create);
        QVERIFY(!plan.restore.contains(QStringLiteral("_id")));
        QCOMPARE(plan.restore.value(QStringLiteral("config")), provider("x").value(QStringLiteral("config")));
        QCOMPARE(UndoPlan::make(e, provider("x"), false).refusal.code, QStringLiteral("remote_changed"));
    }
    void toggleIsToggledBack()
    {
        const JournalEntry e = entry(QStringLiteral("disable"), provider("x", false), provider("x", true));
        const UndoPlan plan = UndoPlan::make(e, provider("x", true), false);
        QVERIFY(!plan.isRefused());
        QCOMPARE(plan.action, UndoPlan::Action::Enable);
        QCOMPARE(ProviderDiff::lines(plan.changes), QStringList{"disabled: true → false"});
        // Other fields changed since do not matter to a toggle; `disabled` itself does.
        QVERIFY(!UndoPlan::make(e, provider("other", true), false).isRefused());
        QCOMPARE(UndoPlan::make(e, provider("x", false), false).refusal.code,
                 QStringLiteral("remote_changed"));
        const JournalEntry enable =
            entry(QStringLiteral("enable"), provider("x", true), provider("x", false));
        QCOMPARE(UndoPlan::make(enable, provider("x", false), false).action, UndoPlan::Action::Disable);
    }
    void secretIsNeverRestored()
    {
        JournalEntry e = entry(QStringLiteral("update"), JournalEntry::secretState("okta_key", "s1", false),
                               JournalEntry::secretState("okta_key", "s1", true));
        e.objectType = JournalEntry::secretType();
        e.objectName = QStringLiteral("okta_key");
        const UndoPlan plan = UndoPlan::make(e, std::nullopt, true);
        QCOMPARE(plan.refusal.code, QStringLiteral("secret_not_restorable"));
        QVERIFY(plan.refusal.message.contains(QStringLiteral("okta_key")));
        QCOMPARE(plan.action, UndoPlan::Action::None);
    }
    void failedAndUnknownIdAreRefused()
    {
        JournalEntry failed = entry(QStringLiteral("update"), provider("old"), provider("new"));
        failed.outcome = JournalEntry::Outcome::Failed;
        QCOMPARE(UndoPlan::make(failed, provider("old"), true).refusal.code,
                 QStringLiteral("nothing_to_undo"));
        JournalEntry lost = entry(QStringLiteral("create"), QJsonValue::Null, provider("x"));
        lost.outcome = JournalEntry::Outcome::Unknown;
        lost.objectId.clear();
        QCOMPARE(UndoPlan::make(lost, std::nullopt, true).refusal.code, QStringLiteral("object_unknown"));
        JournalEntry okta = entry(QStringLiteral("replace"), provider("old"), provider("new"));
        okta.service = JournalEntry::okta();
        QCOMPARE(UndoPlan::make(okta, provider("new"), false).refusal.code,
                 QStringLiteral("undo_unsupported"));
    }
    void unknownOutcomeIsDecidedByTheRemote()
    {
        JournalEntry e = entry(QStringLiteral("update"), provider("old"), provider("new"));
        e.outcome = JournalEntry::Outcome::Unknown;
        QVERIFY(!UndoPlan::make(e, provider("new"), false).isRefused()); // it took effect
        QVERIFY(UndoPlan::make(e, provider("old"), false).isRefused());  // it did not
    }
    void jsonNamesActionAndRefusal()
    {
        const JournalEntry e = entry(QStringLiteral("update"), provider("old"), provider("new"));
        const QJsonObject o = UndoPlan::make(e, provider("z"), false).toJson();
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("patch_back"));
        QCOMPARE(o.value(QStringLiteral("refused")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("remote_changed"));
        QCOMPARE(o.value(QStringLiteral("drift")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_UndoPlan)
#include "tst_UndoPlan.moc"
