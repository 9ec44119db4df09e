#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "sandbox/Sandbox.h"
#include "wizard/DeployPanel.h"
#include "wizard/DiscoveryPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/HistoryPanel.h"
#include "wizard/SandboxBanner.h"
#include "wizard/TokenCheckSummary.h"
#include "wizard/TokenPickerDialog.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

// The wizard's sandbox mode, injected the way okta-jwt-wizard does it (Sandbox::starter), with the real
// simulators on 127.0.0.1: a newcomer can walk Welcome → Apply and deploy without any account.
class tst_SetupWizardSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walksTheWholeFlowAgainstTheSandbox();
    void withoutStarterThereIsNoSandbox();
    void aStarterThatFailsIsReported();
    void showsTheStartWhileItRuns_data();
    void showsTheStartWhileItRuns();

private:
    QTemporaryDir m_dir;
};

void tst_SetupWizardSandbox::initTestCase()
{
    // No keychain service, as in CI: the tests never touch a developer's real keychain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
    GuiTest::isolateSettings(m_dir);
}

void tst_SetupWizardSandbox::walksTheWholeFlowAgainstTheSandbox()
{
    QSettings().setValue(QStringLiteral("inputs/profile"), QStringLiteral("remembered"));
    QSettings().setValue(QStringLiteral("deploy/rememberKey"), true); // ticked in an earlier real session
    QObject owner; // holds the Sandbox, as the wizard does in okta-jwt-wizard
    auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
    wizard->setSandboxStarter(Sandbox::starter(&owner));
    auto *banner = GuiTest::find<SandboxBanner>(wizard.get(), "sandboxBannerLabel");
    QVERIFY(!banner->isVisible());
    QVERIFY(!owner.findChild<Sandbox *>()); // nothing runs until asked for

    auto *tryIt = GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton");
    QVERIFY(tryIt->isVisible());
    QTest::mouseClick(tryIt, Qt::LeftButton);
    Sandbox *sandbox = owner.findChild<Sandbox *>();
    QVERIFY(sandbox);
    QVERIFY(wizard->isSandboxMode());
    QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("127.0.0.1")), qPrintable(banner->text()));
    QVERIFY(
        banner->text().contains(QStringLiteral("Nothing here touches your real Okta org or MongoDB Atlas")));
    QVERIFY(wizard->windowTitle().contains(QStringLiteral("sandbox")));
    QVERIFY(GuiTest::find<QLabel>(wizard->tokenCheckSummary(), "tokenCheckEmptyLabel")
                ->text()
                .contains(QStringLiteral("Mint a demo token")));

    // Okta: prefilled for the simulator, and discovery goes to it.
    QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit")->text(), sandbox->oktaDomain());
    QVERIFY(sandbox->oktaDomain().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit")->text(), sandbox->authServerId());
    QVERIFY(wizard->model()->settings().metadataFields.isEmpty()); // the earlier inputs are gone
    QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "discoverButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->discoveryPanel()->isBusy(), 10000);
    QCOMPARE(wizard->model()->settings().effectiveJwkUri(), sandbox->okta()->jwksUri());
    QVERIFY(GuiTest::find<QLineEdit>(wizard.get(), "jwkUriLineEdit")->text().isEmpty()); // no override
    QVERIFY(sandbox->okta()->jwksRequestCount() > 0);
    QVERIFY(GuiTest::nextEnabled(*wizard));
    GuiTest::clickNext(wizard.get());

    // App Services: the demo App.
    QCOMPARE(wizard->currentId(), int(SetupWizard::AppServicesPageId));
    QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "clientAppIdLineEdit")->text(),
             Sandbox::demoClientAppId());
    QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "projectIdLineEdit")->text(), sandbox->projectId());
    GuiTest::clickNext(wizard.get());

    // Metadata: "Pick from token…" mints a demo token, checks it against the simulator, claims get ticked.
    QCOMPARE(wizard->currentId(), int(SetupWizard::MetadataPageId));
    QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "pickFromTokenButton"), Qt::LeftButton);
    auto *dialog = wizard->findChild<TokenPickerDialog *>(QStringLiteral("tokenPickerDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Designed taller than an 800×600 screen (offscreen's): it shrinks so that its buttons stay on it.
    QCOMPARE(dialog->screen()->availableGeometry().height(), 600);
    QVERIFY2(dialog->height() <= 600, qPrintable(QString::number(dialog->height())));
    auto *mint = GuiTest::find<QPushButton>(dialog, "mintDemoTokenButton");
    QVERIFY(mint->isVisible());
    QTest::mouseClick(mint, Qt::LeftButton);
    QVERIFY(!GuiTest::find<QPlainTextEdit>(dialog, "tokenTextEdit")->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult(), 10000);
    QVERIFY2(dialog->result().isValid(), qPrintable(dialog->result().failureCodes().join(QLatin1Char(','))));
    auto *tree = GuiTest::find<QTreeWidget>(dialog, "claimsTree");
    const QList<QTreeWidgetItem *> email = tree->findItems(QStringLiteral("email"), Qt::MatchExactly, 0);
    QCOMPARE(email.size(), 1);
    email.constFirst()->setCheckState(0, Qt::Checked);
    QTest::mouseClick(GuiTest::find<QPushButton>(dialog, "useClaimsButton"), Qt::LeftButton);
    const QList<MetadataField> fields = wizard->model()->settings().metadataFields;
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.constFirst().name, QStringLiteral("email"));
    QVERIFY(GuiTest::nextEnabled(*wizard));
    GuiTest::clickNext(wizard.get());

    // Review: the token check of the demo token, with the user data App Services would build.
    QCOMPARE(wizard->currentId(), int(SetupWizard::ReviewPageId));
    QVERIFY(wizard->tokenCheckSummary()->isVisible());
    QVERIFY(wizard->tokenCheckSummary()->hasResult());
    QVERIFY(wizard->tokenCheckSummary()->result().isValid());
    const QString userData =
        GuiTest::find<QPlainTextEdit>(wizard->tokenCheckSummary(), "userDataTextEdit")->toPlainText();
    QVERIFY2(userData.contains(QStringLiteral("ada@example.com")), qPrintable(userData));
    QVERIFY(GuiTest::nextEnabled(*wizard));
    GuiTest::clickNext(wizard.get());

    // Apply: the deploy panel is connected to the simulated Admin API and deploys there.
    QCOMPARE(wizard->currentId(), int(SetupWizard::ApplyPageId));
    DeployPanel *panel = wizard->deployPanel();
    QCOMPARE(GuiTest::find<QLineEdit>(panel, "adminApiUrlLineEdit")->text(), sandbox->adminApiUrl());
    QCOMPARE(GuiTest::find<QLineEdit>(panel, "publicKeyLineEdit")->text(), sandbox->publicKey());
    QVERIFY(!GuiTest::find<QCheckBox>(panel, "rememberKeyCheckBox")->isChecked());
    QVERIFY(!GuiTest::find<QCheckBox>(panel, "rememberKeyCheckBox")->isEnabled());
    const QString appId = sandbox->admin()->appId(Sandbox::demoClientAppId());
    QVERIFY(sandbox->admin()->provider(appId, QStringLiteral("custom-token")).isEmpty());
    QSignalSpy deployed(panel, &DeployPanel::deployed);
    QTest::mouseClick(GuiTest::find<QPushButton>(panel, "deployButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deployed.size(), 1, 15000);
    const QJsonObject provider = sandbox->admin()->provider(appId, QStringLiteral("custom-token"));
    const QJsonObject config = provider.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("jwkURI")).toString(), sandbox->okta()->jwksUri());
    const QJsonArray metadata = provider.value(QStringLiteral("metadata_fields")).toArray();
    QCOMPARE(metadata.size(), 1);
    QCOMPARE(metadata.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("email"));

    // History: the create is journaled; Undo asks, then deletes the provider it created, and the deploy area
    // no longer claims what it showed before.
    HistoryPanel *history = wizard->historyPanel();
    GuiTest::showTab(history);
    auto *entries = GuiTest::find<QTreeWidget>(history, "historyTree");
    QTRY_VERIFY(entries->topLevelItemCount() >= 1);
    entries->setCurrentItem(entries->topLevelItem(0)); // newest first
    FakeDialogProvider dialogs;
    dialogs.confirmAnswers << true;
    QSignalSpy undone(history, &HistoryPanel::remoteChanged);
    QTest::mouseClick(GuiTest::find<QPushButton>(history, "historyUndoButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 15000);
    QCOMPARE(dialogs.asked, QStringList{QStringLiteral("Undo this change?")});
    QVERIFY(sandbox->admin()->provider(appId, QStringLiteral("custom-token")).isEmpty());
    QVERIFY(GuiTest::find<FindingLabel>(panel, "deployResultLabel")
                ->messageText()
                .contains(QStringLiteral("changed since the last run")));

    // Closing keeps the sandbox's loopback URLs and demo key out of the remembered inputs.
    wizard->done(QDialog::Accepted);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("inputs/profile")).toString(), QStringLiteral("remembered"));
    QVERIFY(
        !settings.value(QStringLiteral("deploy/adminApiUrl")).toString().contains(QStringLiteral("127.0")));
}

void tst_SetupWizardSandbox::withoutStarterThereIsNoSandbox()
{
    const ProviderSettings before = GuiTest::validSettings();
    auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, before);
    QVERIFY(!GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton")->isVisible());
    QVERIFY(!GuiTest::find<SandboxBanner>(wizard.get(), "sandboxBannerLabel")->isVisible());
    QSignalSpy failed(wizard.get(), &SetupWizard::sandboxFailed);
    wizard->startSandbox();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Problem>().code, QStringLiteral("sandbox_unavailable"));
    QVERIFY(!wizard->isSandboxMode());
    QCOMPARE(wizard->model()->settings(), before);

    // Setting and then removing a starter hides the choice again.
    QObject owner;
    wizard->setSandboxStarter(Sandbox::starter(&owner));
    QVERIFY(GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton")->isVisible());
    wizard->setSandboxStarter({});
    QVERIFY(!GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton")->isVisible());

    // Outside sandbox mode the token picker has no demo tokens to offer.
    wizard->pickFromToken();
    auto *dialog = wizard->findChild<TokenPickerDialog *>(QStringLiteral("tokenPickerDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!GuiTest::find<QPushButton>(dialog, "mintDemoTokenButton")->isVisible());
    dialog->reject();
    QVERIFY(!owner.findChild<Sandbox *>());
}

void tst_SetupWizardSandbox::aStarterThatFailsIsReported()
{
    const ProviderSettings before = GuiTest::validSettings();
    auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, before);
    wizard->setSandboxStarter([](const SandboxStarted &done) {
        done(Problem{QStringLiteral("sandbox_not_started"),
                     QStringLiteral("no free port for the Admin API simulator"),
                     {}});
    });
    QTest::mouseClick(GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton"),
                      Qt::LeftButton);
    auto *status = GuiTest::find<FindingLabel>(wizard.get(), "welcomeStatusLabel");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("sandbox could not start")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("no free port for the Admin API simulator")));
    QCOMPARE(status->kind(), FindingLabel::Kind::Error);
    QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(!wizard->isSandboxMode());
    QVERIFY(!GuiTest::find<SandboxBanner>(wizard.get(), "sandboxBannerLabel")->isVisible());
    QCOMPARE(wizard->model()->settings(), before);
}

// The answer comes later from the event loop, as from the child process: meanwhile the button says so and
// takes no second click, the inputs stay; then the sandbox's values, or the error with the inputs unchanged.
void tst_SetupWizardSandbox::showsTheStartWhileItRuns_data()
{
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("started") << true;
    QTest::newRow("failed") << false;
}

void tst_SetupWizardSandbox::showsTheStartWhileItRuns()
{
    QFETCH(bool, succeeds);
    const ProviderSettings before = GuiTest::validSettings();
    auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, before);
    QObject owner;
    QList<SandboxStarted> pending;
    wizard->setSandboxStarter([&pending](const SandboxStarted &done) { pending << done; });
    auto *tryIt = GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton");
    const QString idleText = tryIt->text();
    QTest::mouseClick(tryIt, Qt::LeftButton);
    QCOMPARE(pending.size(), 1);
    QVERIFY(wizard->isSandboxStarting());
    QVERIFY(!tryIt->isEnabled());
    QCOMPARE(tryIt->text(), QStringLiteral("Starting the sandbox…"));
    QTest::mouseClick(tryIt, Qt::LeftButton);
    wizard->startSandbox(); // nor does a second call ask again
    QCOMPARE(pending.size(), 1);
    QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(!wizard->isSandboxMode());
    QCOMPARE(wizard->model()->settings(), before);

    QTimer::singleShot(10, &owner, [&] {
        if (!succeeds)
            return pending.first()(Problem{QStringLiteral("sandbox_silent"),
                                           QStringLiteral("okta-jwt printed no description within 30 s"),
                                           {}});
        Sandbox *sandbox = new Sandbox(&owner);
        QVERIFY(sandbox->start());
        pending.first()(sandbox->connection());
    });
    QTRY_VERIFY(!wizard->isSandboxStarting());
    QVERIFY(tryIt->isEnabled());
    QCOMPARE(tryIt->text(), idleText);
    if (succeeds) {
        QVERIFY(wizard->isSandboxMode());
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit")->text(),
                 owner.findChild<Sandbox *>()->oktaDomain());
        QVERIFY(GuiTest::find<SandboxBanner>(wizard.get(), "sandboxBannerLabel")->isVisible());
        return;
    }
    auto *status = GuiTest::find<FindingLabel>(wizard.get(), "welcomeStatusLabel");
    QCOMPARE(status->kind(), FindingLabel::Kind::Error);
    QVERIFY2(
        status->text().contains(QStringLiteral("The built-in sandbox could not start: okta-jwt printed no "
                                               "description within 30 s")),
        qPrintable(status->text()));
    QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(!wizard->isSandboxMode());
    QCOMPARE(wizard->model()->settings(), before);
}

QTEST_MAIN(tst_SetupWizardSandbox)
#include "tst_SetupWizardSandbox.moc"
