#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "core/AppDirectory.h"
#include "wizard/FindingLabel.h"
#include "wizard/ReviewPage.h"
#include "wizard/WizardModel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class tst_ReviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList codes(const SetupWizard &wizard)
    {
        auto *tree = GuiTest::find<QTreeWidget>(&wizard, "findingsTreeWidget");
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
        return out;
    }

    QString makeApp(const QString &name) const
    {
        return GuiTest::makeCurrentApp(m_dir.filePath(name), GuiTest::anonUserProviders());
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void allPassed()
    {
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, GuiTest::validSettings());
        QVERIFY(codes(*wizard).join(QString()).isEmpty());
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("All checks passed")));
        QVERIFY(GuiTest::nextEnabled(*wizard));
    }

    // Seen before: "No errors, 2 warnings" right above a red "Invalid: … (1 failure(s))"; and
    // claim_not_in_access_token stayed after a checked token proved the claim present.
    void theSummarySpeaksForTheTokenCheckToo()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.metadataFields.append({QStringLiteral("email"), {}, false});
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, s);
        QVERIFY(codes(*wizard).contains(QStringLiteral("claim_not_in_access_token")));
        TokenCheckResult r;
        r.kid = QStringLiteral("k1");
        r.claims = {{QStringLiteral("sub"), QStringLiteral("00u1")},
                    {QStringLiteral("email"), QStringLiteral("a@b.c")}};
        r.failures << Finding::error(QStringLiteral("expired"), QStringLiteral("exp"),
                                     QStringLiteral("Expired."));
        wizard->model()->setTokenCheck(r, wizard->model()->settings());
        QVERIFY(!codes(*wizard).contains(QStringLiteral("claim_not_in_access_token")));
        auto *summary = GuiTest::find<FindingLabel>(wizard.get(), "summaryLabel");
        QCOMPARE(summary->kind(), FindingLabel::Kind::Error);
        QVERIFY2(summary->text().contains(QStringLiteral("refuse the checked token")),
                 qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QStringLiteral("All checks passed")));
        QCOMPARE(GuiTest::find<FindingLabel>(wizard.get(), "tokenCheckStatusLabel")->kind(),
                 FindingLabel::Kind::Error);
        // Another Client App ID: the check is stale, greyed, and no longer speaks for the settings.
        wizard->model()->update([](ProviderSettings &s) { s.clientAppId = QStringLiteral("other-abcde"); });
        QCOMPARE(GuiTest::find<FindingLabel>(wizard.get(), "tokenCheckStatusLabel")->kind(),
                 FindingLabel::Kind::Info);
        QVERIFY(!summary->text().contains(QStringLiteral("refuse the checked token")));
        QVERIFY(codes(*wizard).contains(QStringLiteral("claim_not_in_access_token")));
    }

    // App Services has no issuer setting: a checked token whose only failure is the issuer is not "refused".
    void aWrongIssuerAloneIsNoRefusal()
    {
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, GuiTest::validSettings());
        TokenCheckResult r;
        r.kid = QStringLiteral("k1");
        r.claims = {{QStringLiteral("sub"), QStringLiteral("00u1")}};
        r.failures << Finding::error(QStringLiteral("issuer_mismatch"), QStringLiteral("iss"),
                                     QStringLiteral("Other issuer."));
        wizard->model()->setTokenCheck(r, wizard->model()->settings());
        auto *summary = GuiTest::find<FindingLabel>(wizard.get(), "summaryLabel");
        QCOMPARE(summary->kind(), FindingLabel::Kind::Warning);
        QVERIFY2(summary->text().contains(QStringLiteral("would accept the checked token, but its issuer")),
                 qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QStringLiteral("refuse")));
        QVERIFY(!summary->text().contains(QStringLiteral("All checks passed")));
    }

    void listsEveryFindingWithItsHint()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.metadataFields.append({QStringLiteral("email"), {}, true}); // warning
        s.audience.append(QStringLiteral("api://default"));           // error: duplicate
        s.projectId = QStringLiteral("nope");                         // error
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, s);
        const QStringList found = codes(*wizard);
        QVERIFY(found.contains(QStringLiteral("claim_not_in_access_token")));
        QVERIFY(found.contains(QStringLiteral("audience_duplicate")));
        QVERIFY(found.contains(QStringLiteral("project_id_invalid")));
        QCOMPARE(found.size(), wizard->model()->findings().size());
        auto *tree = GuiTest::find<QTreeWidget>(wizard.get(), "findingsTreeWidget");
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1); // the hint
        QVERIFY(!tree->topLevelItem(0)->child(0)->text(0).isEmpty());
        QVERIFY(
            GuiTest::find<QLabel>(wizard.get(), "summaryLabel")->text().contains(QStringLiteral("errors")));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        // Fixing them (here straight in the model, as the earlier pages do) enables Next.
        wizard->model()->update([](ProviderSettings &x) {
            x.audience.removeLast();
            x.projectId.clear();
        });
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QCOMPARE(codes(*wizard), QStringList{QStringLiteral("claim_not_in_access_token")});
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("1 warning")));
    }

    void diffAgainstTheChosenAppDirectory()
    {
        FakeDialogProvider dialogs;
        const QString app = makeApp(QStringLiteral("app"));
        const QByteArray before = GuiTest::readFile(app + QStringLiteral("/auth/providers.json"));
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, GuiTest::validSettings());
        auto *diff = GuiTest::find<QPlainTextEdit>(wizard.get(), "reviewDiffTextEdit");
        QVERIFY(diff->toPlainText().isEmpty());
        dialogs.directoryAnswers << app;
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "chooseReviewAppDirButton"),
                          Qt::LeftButton);
        QCOMPARE(wizard->model()->appDirectory(), app);
        QVERIFY(diff->toPlainText().startsWith(QStringLiteral("--- ")));
        QVERIFY(diff->toPlainText().contains(QStringLiteral("+    \"custom-token\": {")));
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "reviewTargetLabel")
                    ->text()
                    .endsWith(QStringLiteral("providers.json")));
        // The diff follows edits made while the page is shown, and nothing is written.
        wizard->model()->update([](ProviderSettings &x) { x.disabled = true; });
        QVERIFY(diff->toPlainText().contains(QStringLiteral("+        \"disabled\": true,")));
        QCOMPARE(GuiTest::readFile(app + QStringLiteral("/auth/providers.json")), before);

        QVERIFY(AppDirectory::exportTo(app, wizard->model()->settings(), false, false).written);
        wizard->model()->setAppDirectory(QString());
        wizard->model()->setAppDirectory(app);
        QVERIFY(diff->toPlainText().contains(QStringLiteral("No changes")));
    }

    void brokenAppDirectoryIsExplained()
    {
        const QString app = makeApp(QStringLiteral("broken"));
        GuiTest::writeFile(app + QStringLiteral("/auth/providers.json"), "{\n  \"anon-user\": [,\n}\n");
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, GuiTest::validSettings());
        wizard->model()->setAppDirectory(app);
        const QString text = GuiTest::find<QPlainTextEdit>(wizard.get(), "reviewDiffTextEdit")->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Cannot compare")) && text.contains(QStringLiteral("line 2")),
                 qPrintable(text));
    }
};

QTEST_MAIN(tst_ReviewPage)
#include "tst_ReviewPage.moc"
