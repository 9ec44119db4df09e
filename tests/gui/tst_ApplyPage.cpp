#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "core/ProvidersWriter.h"
#include "wizard/ApplyPage.h"
#include "wizard/DeployPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class tst_ApplyPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeApp(const QString &name, const QByteArray &providers) const
    {
        return GuiTest::makeCurrentApp(m_dir.filePath(name), providers);
    }

    static void clickExport(SetupWizard *wizard)
    {
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard, "exportButton"), Qt::LeftButton);
    }
    static QString result(SetupWizard *wizard)
    {
        return GuiTest::find<FindingLabel>(wizard, "exportResultLabel")->text();
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void exportsIntoANewAppDirectory()
    {
        const QString app = makeApp(QStringLiteral("new"), QByteArray());
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        auto *dir = GuiTest::find<QLineEdit>(wizard.get(), "appDirLineEdit");
        QCOMPARE(dir->accessibleName(), QStringLiteral("App directory"));
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "exportButton")->isEnabled()); // no target yet
        GuiTest::retype(dir, app);
        QCOMPARE(wizard->model()->appDirectory(), app);
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "appDirStatusLabel")
                    ->text()
                    .contains(QStringLiteral("Current layout")));
        clickExport(wizard.get());
        QVERIFY2(result(wizard.get()).contains(QStringLiteral("Added")), qPrintable(result(wizard.get())));
        QCOMPARE(GuiTest::readFile(app + QStringLiteral("/auth/providers.json")),
                 ProvidersWriter::providersFile(wizard->model()->settings()));
        clickExport(wizard.get()); // again: nothing to do
        QVERIFY(result(wizard.get()).contains(QStringLiteral("Unchanged")));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    }

    // Seen before: Export showed a green "Unchanged: …" under a red error about another directory.
    void anExportResultGoesWithItsDirectoryAndProvider()
    {
        const QString app = makeApp(QStringLiteral("stale"), QByteArray());
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        auto *dir = GuiTest::find<QLineEdit>(wizard.get(), "appDirLineEdit");
        auto *label = GuiTest::find<QLabel>(wizard.get(), "exportResultLabel");
        GuiTest::retype(dir, app);
        clickExport(wizard.get());
        clickExport(wizard.get());
        QVERIFY(result(wizard.get()).contains(QStringLiteral("Unchanged")));
        GuiTest::retype(dir, m_dir.filePath(QStringLiteral("not-an-app")));
        QCOMPARE(GuiTest::find<FindingLabel>(wizard.get(), "appDirStatusLabel")->kind(),
                 FindingLabel::Kind::Error);
        QVERIFY(!label->isVisible());
        QVERIFY(!GuiTest::find<QPlainTextEdit>(wizard.get(), "exportDiffTextEdit")->isVisible());

        GuiTest::retype(dir, app);
        clickExport(wizard.get());
        QVERIFY(label->isVisible());
        wizard->model()->update([](ProviderSettings &s) { s.requireAnyAudience = true; }); // Back, an edit
        QVERIFY(!label->isVisible());
    }

    void exportsIntoALegacyAppDirectory()
    {
        const QString app = GuiTest::makeLegacyApp(m_dir.filePath(QStringLiteral("legacy")));
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        wizard->model()->setAppDirectory(app);
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "appDirStatusLabel")
                    ->text()
                    .contains(QStringLiteral("Legacy layout")));
        clickExport(wizard.get());
        const QByteArray written =
            GuiTest::readFile(app + QStringLiteral("/auth_providers/custom-token.json"));
        QVERIFY(written.contains("\"name\": \"custom-token\""));
        QVERIFY(result(wizard.get()).contains(QStringLiteral("Added")));
    }

    void replacingAsksFirst()
    {
        FakeDialogProvider dialogs;
        ProviderSettings old = GuiTest::validSettings();
        old.oktaDomain = QStringLiteral("old-org.okta.com");
        const QByteArray before = ProvidersWriter::providersFile(old);
        const QString app = makeApp(QStringLiteral("replace"), before);
        const QString file = app + QStringLiteral("/auth/providers.json");
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        wizard->model()->setAppDirectory(app);

        dialogs.confirmAnswers << false;
        clickExport(wizard.get());
        QCOMPARE(dialogs.asked.size(), 1);
        QVERIFY(dialogs.lastConfirmDetails.contains(
            QStringLiteral("-            \"jwkURI\": \"https://old-org.okta.com")));
        QCOMPARE(GuiTest::readFile(file), before); // declined: untouched
        QVERIFY(result(wizard.get()).contains(QStringLiteral("Nothing was written")));
        QVERIFY(GuiTest::find<QPlainTextEdit>(wizard.get(), "exportDiffTextEdit")->isVisible());

        dialogs.confirmAnswers << true;
        clickExport(wizard.get());
        QCOMPARE(GuiTest::readFile(file), ProvidersWriter::providersFile(wizard->model()->settings()));
        QVERIFY(result(wizard.get()).contains(QStringLiteral("Replaced")));
    }

    void malformedFileIsLeftAlone()
    {
        const QByteArray broken("{\n    \"anon-user\": {\n        \"name\": \n}\n");
        const QString app = makeApp(QStringLiteral("malformed"), broken);
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        wizard->model()->setAppDirectory(app);
        clickExport(wizard.get());
        QVERIFY2(result(wizard.get()).contains(QStringLiteral("line 4")), qPrintable(result(wizard.get())));
        QCOMPARE(GuiTest::readFile(app + QStringLiteral("/auth/providers.json")), broken);
    }

    void invalidSettingsCannotBeExported()
    {
        const QString app = makeApp(QStringLiteral("invalid"), QByteArray());
        ProviderSettings s = GuiTest::validSettings();
        s.oktaDomain = QStringLiteral("bad/domain");
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, s);
        wizard->model()->setAppDirectory(app);
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "exportButton")->isEnabled());
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "saveProvidersButton")->isEnabled());
        wizard->applyPage()->exportToAppDirectory(); // even when called directly
        QVERIFY(!QFile::exists(app + QStringLiteral("/auth/providers.json")));
        QVERIFY(result(wizard.get()).contains(QStringLiteral("Nothing was written")));
    }

    void savesProvidersJson()
    {
        FakeDialogProvider dialogs;
        const QString file = m_dir.filePath(QStringLiteral("out/providers.json"));
        dialogs.saveFileAnswers << file;
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "saveProvidersButton"), Qt::LeftButton);
        QCOMPARE(GuiTest::readFile(file), ProvidersWriter::providersFile(wizard->model()->settings()));
        QVERIFY(
            GuiTest::find<QLabel>(wizard.get(), "saveResultLabel")->text().contains(QStringLiteral("Saved")));
    }

    void commandsWithoutSecrets()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.verification = ProviderSettings::Verification::ManualKeys;
        s.signingKeyNames = {QStringLiteral("okta-hs-key")};
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, s);
        wizard->model()->setAppDirectory(QStringLiteral("/tmp/my app"));
        const QString commands =
            GuiTest::find<QPlainTextEdit>(wizard.get(), "commandsTextEdit")->toPlainText();
        QVERIFY2(commands.startsWith(QStringLiteral("okta-jwt export --app-dir '/tmp/my app' ")),
                 qPrintable(commands));
        QVERIFY(commands.contains(QStringLiteral("--signing-key okta-hs-key")));
        QVERIFY(!commands.contains(QStringLiteral("okta-hs-key=")));
        QVERIFY(commands.contains(
            QStringLiteral("\nappservices push --local '/tmp/my app' --remote myapp-abcde")));
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "copyCommandsButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), commands);
    }

    void deployAreaHoldsTheDeployPanel()
    {
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        QWidget *area = wizard->applyPage()->deployArea();
        QVERIFY(area);
        GuiTest::showTab(area); // Deploy has its own tab, next to Export
        QVERIFY(area->isVisible());
        QCOMPARE(wizard->deployPanel()->parentWidget(), area);
        QVERIFY(GuiTest::find<QPushButton>(area, "deployButton")->isVisible());
    }

    // An empty or not yet pulled folder says where an app directory comes from, in a wrapped message.
    void notAnAppSaysToPullFirst()
    {
        QTemporaryDir empty;
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        auto *status = GuiTest::find<QLabel>(wizard.get(), "appDirStatusLabel");
        for (const QString &dir : {QString(), empty.path(), empty.filePath(QStringLiteral("new-app"))}) {
            wizard->model()->setAppDirectory(dir);
            QVERIFY2(status->isVisible() && status->wordWrap(), qPrintable(dir));
            QVERIFY2(status->text().contains(QStringLiteral("Run <code>appservices pull</code> first")),
                     qPrintable(status->text()));
        }
    }
};

QTEST_MAIN(tst_ApplyPage)
#include "tst_ApplyPage.moc"
