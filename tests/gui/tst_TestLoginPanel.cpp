#include "GuiTest.h"
#include "SandboxBrowser.h"
#include "sandbox/AppServicesSandbox.h"
#include "sandbox/Sandbox.h"
#include "wizard/MetadataPage.h"
#include "wizard/SignInDialog.h"
#include "wizard/TestLoginPanel.h"
#include "wizard/TokenPickerDialog.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTcpServer>
#include <QtTest>

// The wizard's "Sign in with Okta…" and the Apply page's Test login, in sandbox mode against the real
// simulators, driven through their widgets.
class tst_TestLoginPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QObject m_owner;
    QNetworkAccessManager m_nam;

    Sandbox *sandboxOf() { return m_owner.findChild<Sandbox *>(); }
    std::unique_ptr<SetupWizard> sandboxWizard()
    {
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        wizard->setSandboxStarter(Sandbox::starter(&m_owner));
        wizard->startSandbox(); // the in-process sandbox answers before this returns
        if (!wizard->isSandboxMode())
            qFatal("the sandbox did not start");
        return wizard;
    }
    // Plays the browser for a SignInDialog: the sign-in page, its button, the redirect into the listener.
    std::function<void(const QUrl &)> browser()
    {
        return [this](const QUrl &authorize) {
            QTimer::singleShot(0, this, [this, authorize] {
                SandboxBrowser::signIn(&m_nam, sandboxOf()->oktaDomain(), authorize);
            });
        };
    }

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
        GuiTest::isolateSettings(m_dir);
    }

    void signInFeedsTheTokenPicker()
    {
        auto wizard = sandboxWizard();
        wizard->metadataPage();
        QCOMPARE(wizard->model()->oktaClientId(), OktaSandbox::demoClientId());
        auto *button = GuiTest::find<QPushButton>(wizard.get(), "signInWithOktaButton");
        QVERIFY(button->isVisibleTo(wizard->metadataPage()));
        SignInDialog *dialog = wizard->signInWithOkta();
        dialog->setUrlOpener(browser());
        auto *clientId = GuiTest::find<QLineEdit>(dialog, "oktaClientIdLineEdit");
        QCOMPARE(clientId->text(), OktaSandbox::demoClientId());
        auto *redirect = GuiTest::find<QLineEdit>(dialog, "redirectUriLineEdit");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        redirect->setText(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
        QTest::mouseClick(GuiTest::find<QPushButton>(dialog, "startSignInButton"), Qt::LeftButton);
        TokenPickerDialog *picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = wizard->findChild<TokenPickerDialog *>()) != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(picker->hasResult(), 10000);
        QCOMPARE(picker->result().claims.value("sub").toString(), OktaSandbox::demoUserLogin());
        QTRY_VERIFY(wizard->model()->tokenCheck().present);
        picker->reject();
    }

    void signInErrorIsShown()
    {
        auto wizard = sandboxWizard();
        SignInDialog *dialog = wizard->signInWithOkta();
        GuiTest::find<QLineEdit>(dialog, "oktaClientIdLineEdit")->setText("0oanotthere");
        GuiTest::find<QCheckBox>(dialog, "deviceCodeCheckBox")->setChecked(true);
        QTest::mouseClick(GuiTest::find<QPushButton>(dialog, "startSignInButton"), Qt::LeftButton);
        auto *status = GuiTest::find<QLabel>(dialog, "signInStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("native Okta app"), 10000);
        QVERIFY(GuiTest::find<QPushButton>(dialog, "startSignInButton")->isEnabled());
        dialog->reject();
    }

    void demoTokenLoginShowsUserAndData()
    {
        auto wizard = sandboxWizard();
        sandboxOf()->deployDemoProvider({}, {{"email", "", true}, {"department", "", false}});
        wizard->model()->update([](ProviderSettings &s) {
            s.metadataFields = {{"email", "", true}, {"department", "", false}};
        });
        TestLoginPanel *panel = wizard->testLoginPanel();
        GuiTest::showTab(panel);
        QCOMPARE(GuiTest::find<QLineEdit>(panel, "clientApiLineEdit")->text(),
                 sandboxOf()->admin()->origin());
        auto *demo = GuiTest::find<QPushButton>(panel, "testLoginDemoButton");
        QVERIFY(!demo->isHidden());
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->model()->testLogin().present, 10000);
        QVERIFY(wizard->model()->testLogin().result.ok);
        QVERIFY(GuiTest::find<QLabel>(panel, "testLoginUserLabel")
                    ->text()
                    .contains("ada@example.com (custom-token)"));
        auto *table = GuiTest::find<QTableWidget>(panel, "testLoginDataTable");
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QVERIFY(!table->item(row, 0)->text().startsWith("≠"));
            QCOMPARE(table->item(row, 1)->text(), table->item(row, 2)->text());
        }

        // The provider deployed differs from the local one: the difference is marked.
        sandboxOf()->deployDemoProvider({}, {{"email", "mail", true}});
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && table->rowCount() == 3, 10000);
        QStringList marked;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text().startsWith("≠"))
                marked << table->item(row, 0)->text();
        QCOMPARE(marked, (QStringList{"≠ department", "≠ email", "≠ mail"}));

        // Other settings make it stale.
        auto *status = GuiTest::find<QLabel>(panel, "testLoginStatusLabel");
        QVERIFY(!status->text().contains("other settings"));
        wizard->model()->update([](ProviderSettings &s) { s.audience = {"api://other"}; });
        QVERIFY(wizard->model()->testLogin().stale);
        QVERIFY(status->text().contains("other settings"));
        QVERIFY(!table->isEnabled()); // greyed: it no longer describes these settings
        wizard->model()->update([](ProviderSettings &s) { s.audience = {}; });
        QVERIFY(table->isEnabled() == !wizard->model()->testLogin().stale);
    }

    void refusedLoginShowsErrorLogAndDiagnosis()
    {
        auto wizard = sandboxWizard();
        sandboxOf()->deployDemoProvider({}, {{"email", "", true}});
        wizard->model()->update([](ProviderSettings &s) {
            s.metadataFields = {{"email", "", true}};
            s.audience = {"api://other"};
        });
        TestLoginPanel *panel = wizard->testLoginPanel();
        GuiTest::showTab(panel);
        // The deployed provider requires the Client App ID in aud; make the demo token carry another one.
        panel->run(sandboxOf()->okta()->mintToken({{"aud", "api://other"}, {"email", "a@b.c"}}));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->model()->testLogin().present, 10000);
        const QString details = GuiTest::find<QLabel>(panel, "testLoginDetailsLabel")->text();
        QVERIFY(details.contains("'myapp-abcde' not found in 'aud' claim"));
        QVERIFY(GuiTest::find<QLabel>(panel, "testLoginStatusLabel")->text().contains("login"));

        sandboxOf()->admin()->clientApi().setGone(true);
        panel->run(sandboxOf()->mintDemoToken());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && wizard->model()->testLogin().result.error.code ==
                                                            "client_api_unavailable",
                                 10000);
        QVERIFY(GuiTest::find<QLabel>(panel, "testLoginStatusLabel")->text().contains("2025-09-30"));
        sandboxOf()->admin()->clientApi().setGone(false);
    }
};

QTEST_MAIN(tst_TestLoginPanel)
#include "tst_TestLoginPanel.moc"
