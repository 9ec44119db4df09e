#include "FindingLabel.h"
#include "GuiTest.h"
#include "TokenCheckSummary.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

// The Review page's token check summary: empty state, a valid result with warnings, an invalid one.
class tst_TokenCheckSummary : public QObject
{
    Q_OBJECT

    static int statusKind(const TokenCheckSummary &summary)
    {
        return GuiTest::find<QLabel>(&summary, "tokenCheckStatusLabel")->property("messageKind").toInt();
    }
    static bool showsEmptyState(const TokenCheckSummary &summary)
    {
        return GuiTest::find<QStackedWidget>(&summary, "tokenCheckStack")->currentWidget() ==
               GuiTest::find<QWidget>(&summary, "tokenCheckEmptyPage");
    }

private slots:
    void followsMetadataEditsAfterTheCheck()
    {
        TokenCheckSummary summary;
        TokenCheckResult result;
        result.kid = QStringLiteral("k1");
        result.claims = {
            {QStringLiteral("sub"), QStringLiteral("a@example.com")},
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("dept"), QStringLiteral("eng")}}}};
        result.failures << Finding::error(QStringLiteral("expired"), QStringLiteral("exp"),
                                          QStringLiteral("The token expired."));
        summary.setResult(result);
        const QList<MetadataField> fields{
            {QStringLiteral("profile.dept"), QStringLiteral("department"), true},
            {QStringLiteral("groups"), {}, true}};
        summary.setMetadataFields(fields);
        QCOMPARE(summary.result().userData,
                 (QJsonObject{{QStringLiteral("department"), QStringLiteral("eng")}}));
        QCOMPARE(summary.result().failureCodes(),
                 (QStringList{QStringLiteral("expired"), QStringLiteral("required_claim_missing")}));
        QVERIFY(GuiTest::find<QPlainTextEdit>(&summary, "userDataTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("\"department\": \"eng\"")));
        // Dropping the mapping of the missing claim drops its failure; the others stay.
        summary.setMetadataFields({fields.first()});
        QCOMPARE(summary.result().failureCodes(), QStringList{QStringLiteral("expired")});
        QCOMPARE(GuiTest::find<QTreeWidget>(&summary, "tokenFindingsTree")->topLevelItemCount(), 1);
    }

    void startsEmpty()
    {
        TokenCheckSummary summary;
        summary.show();
        QVERIFY(!summary.hasResult());
        QVERIFY(showsEmptyState(summary));
        QVERIFY(GuiTest::find<QLabel>(&summary, "tokenCheckEmptyLabel")
                    ->text()
                    .contains(QStringLiteral("Pick from token")));
    }

    void showsValidResultWithUserData()
    {
        TokenCheckSummary summary;
        summary.show();
        TokenCheckResult result;
        result.kid = QStringLiteral("sandbox-key-1");
        result.claims = {{QStringLiteral("sub"), QStringLiteral("a@example.com")}};
        result.userData = {
            {QStringLiteral("userId"), QStringLiteral("00u1")},
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("department"), QStringLiteral("eng")}}}};
        result.warnings << Finding::warning(QStringLiteral("jwks_too_many_keys"), QStringLiteral("jwkUri"),
                                            QStringLiteral("The JWKS holds 4 keys."),
                                            QStringLiteral("Rotate."));
        summary.setResult(result);
        QVERIFY(summary.hasResult());
        QVERIFY(!showsEmptyState(summary));
        QCOMPARE(statusKind(summary), int(FindingLabel::Kind::Warning));
        auto *findings = GuiTest::find<QTreeWidget>(&summary, "tokenFindingsTree");
        QCOMPARE(findings->topLevelItemCount(), 1);
        QCOMPARE(findings->topLevelItem(0)->text(0), QStringLiteral("jwks_too_many_keys"));
        QCOMPARE(findings->topLevelItem(0)->child(0)->text(1), QStringLiteral("Rotate.")); // the hint
        QCOMPARE(GuiTest::find<QLabel>(&summary, "tokenCheckKidLabel")->text(),
                 QStringLiteral("sandbox-key-1"));
        auto *data = GuiTest::find<QPlainTextEdit>(&summary, "userDataTextEdit");
        QVERIFY(data->isReadOnly());
        QCOMPARE(data->toPlainText().toUtf8(),
                 QJsonDocument(result.userData).toJson(QJsonDocument::Indented));
        QVERIFY(data->toPlainText().contains(QStringLiteral("\n    \"profile\": {"))); // pretty, not compact
        QCOMPARE(data->accessibleName(), QStringLiteral("User data App Services would build:"));

        result.warnings.clear();
        summary.setResult(result);
        QCOMPARE(statusKind(summary), int(FindingLabel::Kind::Success));
        QVERIFY(findings->isHidden());
    }

    void showsFailuresAndNoKid()
    {
        TokenCheckSummary summary;
        TokenCheckResult result;
        result.failures << Finding::error(QStringLiteral("expired"), QStringLiteral("exp"),
                                          QStringLiteral("The token expired."), {})
                        << Finding::error(QStringLiteral("audience_mismatch"), QStringLiteral("aud"),
                                          QStringLiteral("aud lacks api://default."), {});
        summary.setResult(result);
        QCOMPARE(statusKind(summary), int(FindingLabel::Kind::Error));
        auto *findings = GuiTest::find<QTreeWidget>(&summary, "tokenFindingsTree");
        QCOMPARE(findings->topLevelItemCount(), 2);
        QCOMPARE(findings->topLevelItem(1)->text(0), QStringLiteral("audience_mismatch"));
        QCOMPARE(findings->topLevelItem(1)->text(1), QStringLiteral("aud lacks api://default."));
        QVERIFY(
            GuiTest::find<QLabel>(&summary, "tokenCheckKidLabel")->text().contains(QStringLiteral("no key")));
        QCOMPARE(GuiTest::find<QPlainTextEdit>(&summary, "userDataTextEdit")->toPlainText(),
                 QStringLiteral("{\n}\n"));

        // Claimless (malformed) results have nothing to map.
        summary.setMetadataFields({{QStringLiteral("sub"), {}, true}});
        QCOMPARE(findings->topLevelItemCount(), 2);

        summary.clear();
        QVERIFY(!summary.hasResult());
        QVERIFY(showsEmptyState(summary));
    }
};

QTEST_MAIN(tst_TokenCheckSummary)
#include "tst_TokenCheckSummary.moc"
