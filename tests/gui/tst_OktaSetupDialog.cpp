#include "GuiTest.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"
#include "sandbox/Sandbox.h"
#include "wizard/OktaSetupDialog.h"
#include "wizard/ReviewPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// "Set up Okta…" against the Okta simulator's Management API on 127.0.0.1, driven by objectName.
class tst_OktaSetupDialog : public QObject
{
    Q_OBJECT

    OktaSandbox m_okta;
    OktaManagementSandbox *m_api = nullptr;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    void fill(WizardModel &model, const QStringList &audience = {})
    {
        ProviderSettings s;
        s.oktaDomain = m_okta.domain();
        s.clientAppId = QStringLiteral("myapp-abcde");
        s.audience = audience;
        s.metadataFields = {{QStringLiteral("email"), {}, true}, {QStringLiteral("groups"), {}, false}};
        model.setSettings(s);
    }
    bool read(OktaSetupDialog &dialog, const QString &token = OktaManagementSandbox::demoApiToken())
    {
        GuiTest::find<QLineEdit>(&dialog, "clientIdLineEdit")->setText(OktaSandbox::demoClientId());
        GuiTest::find<QLineEdit>(&dialog, "apiTokenLineEdit")->setText(token);
        QTest::mouseClick(GuiTest::find<QPushButton>(&dialog, "readButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 20000);
    }
    static QStringList steps(const OktaSetupDialog &dialog)
    {
        QStringList out;
        const auto *list = GuiTest::find<QListWidget>(&dialog, "stepsListWidget");
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
        GuiTest::isolateSettings(m_dir);
        QVERIFY(m_okta.start());
        m_api = OktaManagementSandbox::of(m_okta);
    }
    void init() { m_api->reset(); }

    void readsShowsThePlanAndAppliesIt()
    {
        WizardModel model;
        fill(model, {QStringLiteral("api://default")});
        OktaSetupDialog dialog(&model, &m_nam);
        QVERIFY(read(dialog));
        QVERIFY(model.oktaSetup().present);
        QVERIFY(GuiTest::find<QLabel>(&dialog, "stateLabel")->text().contains("api://default"));
        QCOMPARE(steps(dialog), (QStringList{"create claim email = user.email in access tokens",
                                             "create claim groups = groups matching .* in access tokens"}));
        auto *apply = GuiTest::find<QPushButton>(&dialog, "applyButton");
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_api->writeCount() == 2 && !dialog.isBusy(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return dialog.plan().isEmpty(); }, 20000)); // read again after applying
        const QString log = GuiTest::find<QPlainTextEdit>(&dialog, "logPlainTextEdit")->toPlainText();
        QVERIFY(log.contains("POST /api/v1/authorizationServers/default/claims → 201"));
        QVERIFY(!log.contains(OktaManagementSandbox::demoApiToken()));
    }
    void untickedStepsAreLeftOut()
    {
        WizardModel model;
        fill(model, {QStringLiteral("api://default")});
        OktaSetupDialog dialog(&model, &m_nam);
        QVERIFY(read(dialog));
        GuiTest::find<QListWidget>(&dialog, "stepsListWidget")->item(1)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(GuiTest::find<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_api->writeCount() == 1 && !dialog.isBusy(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return dialog.plan().steps().size() == 1; }, 20000));
        QCOMPARE(m_api->writeCount(), 1);
    }
    void aligningTheAudienceChangesTheModel()
    {
        WizardModel model;
        fill(model); // App Services would check the Client App ID; the server issues api://default
        OktaSetupDialog dialog(&model, &m_nam);
        QVERIFY(read(dialog));
        QVERIFY(steps(dialog).at(0).contains("set the App Services audience to api://default"));
        QVERIFY(GuiTest::find<QCheckBox>(&dialog, "replaceAudienceCheckBox")->isVisible() ||
                !GuiTest::find<QCheckBox>(&dialog, "replaceAudienceCheckBox")->isHidden());
        QTest::mouseClick(GuiTest::find<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QCOMPARE(model.settings().audience, QStringList{"api://default"}); // and so the preview
        QVERIFY(QTest::qWaitFor([&] { return m_api->writeCount() == 2 && !dialog.isBusy(); }, 20000));
    }
    void replacingTheAudienceNeedsTheCheckbox()
    {
        WizardModel model;
        fill(model);
        OktaSetupDialog dialog(&model, &m_nam);
        QVERIFY(read(dialog));
        auto *replace = GuiTest::find<QCheckBox>(&dialog, "replaceAudienceCheckBox");
        QVERIFY(replace->text().contains("api://default"));
        replace->setChecked(true);
        QVERIFY(steps(dialog).at(0).contains("change the audience of authorization server default"));
        QTest::mouseClick(GuiTest::find<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_api->writeCount() == 3 && !dialog.isBusy(); }, 20000));
        QVERIFY(m_api->requestLog().contains("PUT /api/v1/authorizationServers/default 200"));
        QVERIFY(model.settings().audience.isEmpty()); // App Services keeps checking the Client App ID
    }
    void oktaErrorsAreShown()
    {
        WizardModel model;
        fill(model, {QStringLiteral("api://default")});
        OktaSetupDialog dialog(&model, &m_nam);
        QVERIFY(read(dialog, QStringLiteral("not-the-token")));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(&dialog, "findingsLabel"), "okta_invalid_token") ||
                GuiTest::find<QLabel>(&dialog, "findingsLabel")->text().contains("Invalid token"));
        QVERIFY(!model.oktaSetup().present);
        QVERIFY(!GuiTest::find<QPushButton>(&dialog, "applyButton")->isEnabled());
    }
    void changingTheOktaInputsDropsTheState()
    {
        WizardModel model;
        fill(model, {QStringLiteral("api://default")});
        OktaSetupDialog dialog(&model, &m_nam);
        QVERIFY(read(dialog));
        model.update([](ProviderSettings &s) { s.authServerId = QStringLiteral("aus-other"); });
        QVERIFY(!model.oktaSetup().present);
        QCOMPARE(GuiTest::find<QListWidget>(&dialog, "stepsListWidget")->count(), 0);
    }
    void reachableFromTheOktaPage()
    {
        QObject owner;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        wizard->setSandboxStarter(Sandbox::starter(&owner));
        QTest::mouseClick(GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton"),
                          Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "setUpOktaButton"), Qt::LeftButton);
        auto *dialog = wizard->findChild<OktaSetupDialog *>("oktaSetupDialog");
        QVERIFY(dialog);
        // Designed taller than an 800×600 screen (offscreen's): it shrinks so that its buttons stay on it.
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->screen()->availableGeometry().height(), 600);
        QVERIFY2(dialog->height() <= 600, qPrintable(QString::number(dialog->height())));
        QCOMPARE(GuiTest::find<QLineEdit>(dialog, "clientIdLineEdit")->text(), OktaSandbox::demoClientId());
        QVERIFY(
            read(*dialog, GuiTest::find<QLineEdit>(dialog, "apiTokenLineEdit")->text())); // the demo token
        QVERIFY(wizard->model()->oktaSetup().present);
    }
    void reachableFromAnOktaSideFindingOnReview()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.metadataFields = {{QStringLiteral("email"), {}, false}}; // claim_not_in_access_token
        auto wizard = GuiTest::openAt(SetupWizard::ReviewPageId, s);
        auto *tree = GuiTest::find<QTreeWidget>(wizard.get(), "findingsTreeWidget");
        QTreeWidgetItem *setUp = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0).startsWith(QStringLiteral("Set up Okta")))
                setUp = *it;
        }
        QVERIFY(setUp);
        QVERIFY(!wizard->findChild<OktaSetupDialog *>("oktaSetupDialog"));
        tree->setCurrentItem(setUp);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(wizard->findChild<OktaSetupDialog *>("oktaSetupDialog"));
    }
};

QTEST_MAIN(tst_OktaSetupDialog)
#include "tst_OktaSetupDialog.moc"
