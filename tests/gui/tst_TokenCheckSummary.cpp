#include "GuiTest.h"
#include "wizard/FindingLabel.h"
#include "wizard/TokenCheckSummary.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

// The Review page's token check summary: empty state, a valid result with warnings, an invalid one, a stale
// one and one whose signature was not checked.
class tst_TokenCheckSummary : public QObject
{
    Q_OBJECT

    static FindingLabel::Kind statusKind(const TokenCheckSummary &summary)
    {
        return GuiTest::find<FindingLabel>(&summary, "tokenCheckStatusLabel")->kind();
    }
    static QString statusText(const TokenCheckSummary &summary)
    {
        return GuiTest::find<FindingLabel>(&summary, "tokenCheckStatusLabel")->messageText();
    }
    static bool showsEmptyState(const TokenCheckSummary &summary)
    {
        return GuiTest::find<QStackedWidget>(&summary, "tokenCheckStack")->currentWidget() ==
               GuiTest::find<QWidget>(&summary, "tokenCheckEmptyPage");
    }

private slots:
    // A check whose inputs changed is not shown as current: greyed, with a note to check again.
    void staleResultIsGreyedWithANote()
    {
        TokenCheckSummary summary;
        summary.show();
        TokenCheckResult result;
        result.kid = QStringLiteral("k1");
        result.claims = {{QStringLiteral("sub"), QStringLiteral("00u1")}};
        summary.setResult(result);
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Success);
        QVERIFY(GuiTest::find<QPlainTextEdit>(&summary, "userDataTextEdit")->isEnabled());
        summary.setResult(result, true);
        QVERIFY(summary.isStale());
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Info);
        QVERIFY(GuiTest::find<FindingLabel>(&summary, "tokenCheckStatusLabel")
                    ->messageText()
                    .contains(QLatin1String("Check it again")));
        QVERIFY(!GuiTest::find<QPlainTextEdit>(&summary, "userDataTextEdit")->isEnabled());
        QVERIFY(!GuiTest::find<QLabel>(&summary, "tokenCheckKidLabel")->isEnabled());
    }

    // Checked without keys (offline): every other check passed, but it is not called valid.
    void unverifiedSignatureIsNotCalledValid()
    {
        TokenCheckSummary summary;
        TokenCheckResult result;
        result.claims = {{QStringLiteral("sub"), QStringLiteral("00u1")}};
        result.signatureChecked = false;
        summary.setResult(result);
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Warning);
        const QString status = GuiTest::find<FindingLabel>(&summary, "tokenCheckStatusLabel")->messageText();
        QVERIFY2(!status.startsWith(QLatin1String("Valid")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("signature is not verified")));
        QVERIFY(GuiTest::find<QLabel>(&summary, "tokenCheckKidLabel")
                    ->text()
                    .contains(QLatin1String("not checked")));
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
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Warning);
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
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Success);
        QVERIFY(findings->isHidden());
    }

    // App Services has no issuer setting: a wrong issuer alone is a setup mistake, not a reason it refuses.
    void issuerAloneIsNoRejection()
    {
        TokenCheckSummary summary;
        TokenCheckResult result;
        result.claims = {{QStringLiteral("sub"), QStringLiteral("a@example.com")}};
        result.failures << Finding::error(QStringLiteral("issuer_mismatch"), QStringLiteral("iss"),
                                          QStringLiteral("Other issuer."), {});
        summary.setResult(result);
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Warning);
        QCOMPARE(statusText(summary),
                 QStringLiteral("App Services would accept this token, but its issuer is not "
                                "the one discovered (a setup mistake)."));
        auto *findings = GuiTest::find<QTreeWidget>(&summary, "tokenFindingsTree");
        QCOMPARE(findings->topLevelItemCount(), 1);
        QCOMPARE(findings->topLevelItem(0)->text(0), QStringLiteral("issuer_mismatch"));
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
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Error);
        auto *findings = GuiTest::find<QTreeWidget>(&summary, "tokenFindingsTree");
        QCOMPARE(findings->topLevelItemCount(), 2);
        QCOMPARE(findings->topLevelItem(1)->text(0), QStringLiteral("audience_mismatch"));
        QCOMPARE(findings->topLevelItem(1)->text(1), QStringLiteral("aud lacks api://default."));
        QVERIFY(
            GuiTest::find<QLabel>(&summary, "tokenCheckKidLabel")->text().contains(QStringLiteral("no key")));
        QCOMPARE(GuiTest::find<QPlainTextEdit>(&summary, "userDataTextEdit")->toPlainText(),
                 QStringLiteral("{\n}\n"));

        // A wrong issuer on top of refused failures keeps the verdict "reject".
        result.failures.prepend(Finding::error(QStringLiteral("issuer_mismatch"), QStringLiteral("iss"),
                                               QStringLiteral("Other issuer."), {}));
        summary.setResult(result);
        QCOMPARE(statusKind(summary), FindingLabel::Kind::Error);
        QVERIFY(statusText(summary).contains(QStringLiteral("would reject")));

        summary.clear();
        QVERIFY(!summary.hasResult());
        QVERIFY(showsEmptyState(summary));
    }
};

QTEST_MAIN(tst_TokenCheckSummary)
#include "tst_TokenCheckSummary.moc"
