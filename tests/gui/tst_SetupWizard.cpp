#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "core/Profile.h"
#include "core/ProvidersWriter.h"
#include "core/ShellCommands.h"
#include "wizard/ApplyPage.h"
#include "wizard/FindingLabel.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_SetupWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // An app directory as `appservices pull` (current) or realm-cli v1 (legacy) leaves it.
    static void makeApp(const QString &app, bool legacy)
    {
        if (legacy)
            GuiTest::makeLegacyApp(app);
        else
            GuiTest::makeCurrentApp(app, GuiTest::anonUserProviders());
    }

    static int runCli(const QStringList &args, QString *output)
    {
        QProcess cli;
        cli.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), args);
        if (!cli.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        return cli.exitCode();
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void pageOrder()
    {
        SetupWizard wizard;
        QCOMPARE(wizard.startId(), int(SetupWizard::WelcomePageId));
        QVERIFY(wizard.minimumWidth() <= 800 && wizard.minimumHeight() <= 600); // fits a small screen
        // Only the Welcome page is built with the window (start-up time); Next builds the next one.
        QCOMPARE(wizard.pageIds(), (QList<int>{SetupWizard::WelcomePageId}));
        QVERIFY(!wizard.findChild<QLineEdit *>(QStringLiteral("oktaDomainLineEdit")));
        QVERIFY(!wizard.findChild<QNetworkAccessManager *>()); // nothing goes online before the Okta page
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        GuiTest::clickNext(&wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::OktaPageId));
        QCOMPARE(wizard.pageIds(), (QList<int>{SetupWizard::WelcomePageId, SetupWizard::OktaPageId}));
        QVERIFY(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("oktaDomainLineEdit")));
        QCOMPARE(wizard.findChildren<QNetworkAccessManager *>().size(), 1);
        // Asking for a panel never builds it; building a later page builds every page up to it, in order.
        QVERIFY(!wizard.deployPanel());
        QCOMPARE(wizard.pageIds(), (QList<int>{SetupWizard::WelcomePageId, SetupWizard::OktaPageId}));
        wizard.buildPagesUpTo(SetupWizard::ApplyPageId);
        QVERIFY(wizard.deployPanel());
        QCOMPARE(wizard.pageIds(), (QList<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(wizard.findChildren<QNetworkAccessManager *>().size(), 1); // shared by every page
        QVERIFY(wizard.page(SetupWizard::ApplyPageId)->isFinalPage());
        QCOMPARE(wizard.currentId(), int(SetupWizard::OktaPageId));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Okta JWT Wizard"));
    }

    void fullFlowMatchesTheCli_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("current layout") << false;
        QTest::newRow("legacy layout") << true;
    }

    void fullFlowMatchesTheCli()
    {
        QFETCH(bool, legacy);
        const QString tag = legacy ? QStringLiteral("legacy") : QStringLiteral("current");
        const QString guiApp = m_dir.filePath(tag + QStringLiteral("-gui"));
        const QString cliApp = m_dir.filePath(tag + QStringLiteral("-cli"));
        const QString cmdApp = m_dir.filePath(tag + QStringLiteral("-cmd"));
        for (const QString &app : {guiApp, cliApp, cmdApp})
            makeApp(app, legacy);

        FakeDialogProvider dialogs;
        dialogs.confirmAnswers << true; // inputs remembered from the row before: yes, start afresh
        SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
        QTest::mouseClick(GuiTest::find<QCommandLinkButton>(&wizard, "startNewButton"), Qt::LeftButton);

        // Okta: keyboard only.
        QCOMPARE(wizard.currentId(), int(SetupWizard::OktaPageId));
        QVERIFY(!GuiTest::nextEnabled(wizard));
        auto *domain = GuiTest::find<QLineEdit>(&wizard, "oktaDomainLineEdit");
        domain->setFocus();
        QTest::keyClicks(domain, QStringLiteral("dev-123456.okta.com"));
        QTest::keyClick(domain, Qt::Key_Tab);
        auto *server = GuiTest::find<QLineEdit>(&wizard, "authServerLineEdit");
        QCOMPARE(QApplication::focusWidget(), server);
        server->selectAll();
        QTest::keyClicks(server, QStringLiteral("aus1abc"));
        QTest::keyClick(server, Qt::Key_Return); // Enter = Next
        QCOMPARE(wizard.currentId(), int(SetupWizard::AppServicesPageId));

        // App Services.
        auto *clientAppId = GuiTest::find<QLineEdit>(&wizard, "clientAppIdLineEdit");
        clientAppId->setFocus();
        QTest::keyClicks(clientAppId, QStringLiteral("myapp-abcde"));
        QTest::mouseClick(GuiTest::find<QPushButton>(&wizard, "addAudienceButton"), Qt::LeftButton);
        QVERIFY(GuiTest::typeInFocusedEditor(QStringLiteral("api://myapp")));
        QCOMPARE(wizard.currentId(), int(SetupWizard::AppServicesPageId)); // Return closed the editor only
        QVERIFY(GuiTest::nextEnabled(wizard));
        GuiTest::clickNext(&wizard);

        // Metadata: sub → oktaUserId (required), groups.
        QCOMPARE(wizard.currentId(), int(SetupWizard::MetadataPageId));
        auto *view = GuiTest::find<QTableView>(&wizard, "metadataTableView");
        QTest::mouseClick(GuiTest::find<QPushButton>(&wizard, "addFieldButton"), Qt::LeftButton);
        QVERIFY(GuiTest::typeInFocusedEditor(QStringLiteral("sub")));
        view->setCurrentIndex(view->model()->index(0, 1));
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(GuiTest::typeInFocusedEditor(QStringLiteral("oktaUserId")));
        view->setCurrentIndex(view->model()->index(0, 2));
        QTest::keyClick(view, Qt::Key_Space);
        QTest::mouseClick(GuiTest::find<QPushButton>(&wizard, "addFieldButton"), Qt::LeftButton);
        QVERIFY(GuiTest::typeInFocusedEditor(QStringLiteral("groups")));
        QVERIFY(GuiTest::nextEnabled(wizard));
        GuiTest::clickNext(&wizard);

        // Review: warnings only (groups is an ID token claim), so Next is enabled.
        QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
        QVERIFY(GuiTest::nextEnabled(wizard));
        GuiTest::clickNext(&wizard);

        // Apply: export into the app directory.
        QCOMPARE(wizard.currentId(), int(SetupWizard::ApplyPageId));
        GuiTest::retype(GuiTest::find<QLineEdit>(&wizard, "appDirLineEdit"), guiApp);
        QTest::mouseClick(GuiTest::find<QPushButton>(&wizard, "exportButton"), Qt::LeftButton);
        QVERIFY(GuiTest::find<FindingLabel>(&wizard, "exportResultLabel")
                    ->text()
                    .contains(QStringLiteral("Added")));

        // The same inputs through `okta-jwt export`, written by hand as a user would...
        QString output;
        const QStringList args{QStringLiteral("export"),
                               QStringLiteral("--app-dir"),
                               cliApp,
                               QStringLiteral("--okta-domain"),
                               QStringLiteral("dev-123456.okta.com"),
                               QStringLiteral("--auth-server"),
                               QStringLiteral("aus1abc"),
                               QStringLiteral("--require-claim"),
                               QStringLiteral("sub=oktaUserId"),
                               QStringLiteral("--claim"),
                               QStringLiteral("groups"),
                               QStringLiteral("--audience"),
                               QStringLiteral("api://myapp")};
        QCOMPARE(runCli(args, &output), 0);
        // ...and exactly as the Apply page's command shows them.
        const ProviderSettings &s = wizard.model()->settings();
        QCOMPARE(runCli(QStringList{QStringLiteral("export"), QStringLiteral("--app-dir"), cmdApp} +
                            ShellCommands::providerArguments(s),
                        &output),
                 0);
        QVERIFY(GuiTest::find<QPlainTextEdit>(&wizard, "commandsTextEdit")
                    ->toPlainText()
                    .startsWith(ShellCommands::oktaJwtExport(s, guiApp)));

        const QString file = legacy ? QStringLiteral("/auth_providers/custom-token.json")
                                    : QStringLiteral("/auth/providers.json");
        const QByteArray gui = GuiTest::readFile(guiApp + file);
        QVERIFY(gui.contains("\"field_name\": \"oktaUserId\""));
        QCOMPARE(gui, GuiTest::readFile(cliApp + file));
        QCOMPARE(gui, GuiTest::readFile(cmdApp + file));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
    }

    void backKeepsWhatWasTyped()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId, GuiTest::validSettings());
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit"),
                        QStringLiteral("dev-9.okta.com"));
        GuiTest::clickNext(wizard.get());
        auto *clientAppId = GuiTest::find<QLineEdit>(wizard.get(), "clientAppIdLineEdit");
        GuiTest::retype(clientAppId, QStringLiteral("other-fghij"));
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit")->text(),
                 QStringLiteral("dev-9.okta.com"));
        GuiTest::clickNext(wizard.get());
        QCOMPARE(clientAppId->text(), QStringLiteral("other-fghij"));
        QCOMPARE(wizard->model()->settings().clientAppId, QStringLiteral("other-fghij"));
    }

    // Seen before: --sandbox opened on the Okta page with no way back to Welcome.
    void advancingKeepsTheWayBack()
    {
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        wizard->advanceTo(SetupWizard::OktaPageId);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        QAbstractButton *back = wizard->button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
    }

    void remembersInputsAndGeometry()
    {
        QSettings().clear();
        ProviderSettings s = GuiTest::validSettings();
        s.projectId = QStringLiteral("0123456789abcdef01234567");
        {
            SetupWizard wizard;
            wizard.show();
            wizard.model()->setSettings(s);
            wizard.model()->setAppDirectory(m_dir.filePath(QStringLiteral("somewhere")));
            wizard.resize(1234, 777);
            wizard.reject(); // Cancel remembers too
        }
        const QString stored = QSettings().value(QStringLiteral("inputs/profile")).toString();
        QVERIFY(stored.contains(QStringLiteral("dev-123456.okta.com")));
        SetupWizard again;
        QCOMPARE(again.model()->settings(), s);
        QCOMPARE(again.model()->appDirectory(), m_dir.filePath(QStringLiteral("somewhere")));
        QCOMPARE(again.size(), QSize(1234, 777));
        QCOMPARE(again.previewPane()->text(), QString::fromUtf8(ProvidersWriter::providersFile(s)));
        QSettings().clear();
    }

    void damagedSettingsStartEmpty()
    {
        QSettings().setValue(QStringLiteral("inputs/profile"), QStringLiteral("{ broken"));
        SetupWizard wizard;
        QCOMPARE(wizard.model()->settings(), ProviderSettings());
        QSettings().clear();
    }

    void saveProfile()
    {
        FakeDialogProvider dialogs;
        const QString file = m_dir.filePath(QStringLiteral("profiles/mine.json"));
        dialogs.saveFileAnswers << file;
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, GuiTest::validSettings());
        QAbstractButton *save = wizard->button(QWizard::CustomButton1);
        QVERIFY(save->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        const auto r = Profile::fromJson(GuiTest::readFile(file));
        QVERIFY(r);
        QCOMPARE(*r, wizard->model()->settings());
        // Seen before: saving gave no sign that it happened. The note goes with the next edit.
        auto *notice = GuiTest::find<FindingLabel>(wizard.get(), "wizardNoticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->messageText().contains(QStringLiteral("mine.json")));
        wizard->model()->update([](ProviderSettings &s) { s.disabled = true; });
        QVERIFY(!notice->isVisible());

        GuiTest::writeFile(m_dir.filePath(QStringLiteral("a-file")), "x");
        dialogs.saveFileAnswers << m_dir.filePath(QStringLiteral("a-file/mine.json")); // its folder is a file
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialogs.warnings.size(), 1);
    }

    void everyInputHasAnAccessibleName()
    {
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        QStringList missing;
        const QList<QWidget *> widgets = wizard->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                               qobject_cast<QAbstractButton *>(w);
            if (!input || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                missing << w->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        QCOMPARE(wizard->previewPane()->textEdit()->accessibleName(),
                 QStringLiteral("providers.json preview"));
    }
};

QTEST_MAIN(tst_SetupWizard)
#include "tst_SetupWizard.moc"
