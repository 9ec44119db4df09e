#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "core/Profile.h"
#include "wizard/FindingLabel.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardModel.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class tst_WelcomePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void click(SetupWizard *wizard, const char *button)
    {
        QTest::mouseClick(GuiTest::find<QCommandLinkButton>(wizard, button), Qt::LeftButton);
    }
    static FindingLabel *status(SetupWizard *wizard)
    {
        return GuiTest::find<FindingLabel>(wizard, "welcomeStatusLabel");
    }

    static QByteArray providersJson()
    {
        return "{\n    \"custom-token\": {\n        \"name\": \"custom-token\",\n        \"type\": "
               "\"custom-token\",\n"
               "        \"disabled\": false,\n        \"config\": {\n            \"audience\": "
               "[\"api://x\"],\n"
               "            \"jwkURI\": \"https://dev-7.okta.com/oauth2/aus7/v1/keys\",\n"
               "            \"useJWKURI\": true\n        },\n        \"secret_config\": {\n"
               "            \"signingKeys\": []\n        },\n        \"metadata_fields\": [\n"
               "            {\"required\": true, \"name\": \"sub\", \"field_name\": \"uid\"}\n        ]\n    "
               "}\n}\n";
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void startNewResetsAndMovesOn()
    {
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        QVERIFY(wizard->model()->isPristine());
        click(wizard.get(), "startNewButton"); // nothing to lose: no question
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
    }

    // Seen before: "Start a new provider" after Back wiped every input without asking.
    void startNewAsksBeforeWipingInputs()
    {
        FakeDialogProvider dialogs;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        wizard->model()->setAppDirectory(path(QStringLiteral("old")));
        QVERIFY(GuiTest::nextEnabled(*wizard));
        dialogs.confirmAnswers << false;
        click(wizard.get(), "startNewButton");
        QCOMPARE(dialogs.asked, QStringList{QStringLiteral("Start a new provider?")});
        QCOMPARE(wizard->model()->settings(), GuiTest::validSettings()); // kept
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
        dialogs.confirmAnswers << true;
        click(wizard.get(), "startNewButton");
        QCOMPARE(wizard->model()->settings(), ProviderSettings());
        QVERIFY(wizard->model()->appDirectory().isEmpty());
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
    }

    void keyboardOnly()
    {
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        auto *start = GuiTest::find<QCommandLinkButton>(wizard.get(), "startNewButton");
        QCOMPARE(start->accessibleName().isEmpty() ? start->text() : start->accessibleName(),
                 start->text());                                         // its visible text is what AT reads
        QTest::keyClick(wizard.get(), Qt::Key_S, Qt::AltModifier);       // "&Start a new provider"
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::OktaPageId)); // a mnemonic animates the click
    }

    void openProfile()
    {
        FakeDialogProvider dialogs;
        ProviderSettings saved = GuiTest::validSettings();
        saved.projectId = QStringLiteral("0123456789abcdef01234567");
        QVERIFY(GuiTest::writeFile(path(QStringLiteral("p.json")), Profile::toJson(saved)));
        dialogs.openFileAnswers << path(QStringLiteral("p.json"));
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        click(wizard.get(), "openProfileButton");
        QCOMPARE(wizard->model()->settings(), saved);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
    }

    void badProfileIsReportedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{ nope") << "not a wizard profile";
        QTest::newRow("other json") << QByteArray("{\"a\": 1}") << "not a wizard profile";
        QTest::newRow("missing") << QByteArray() << "Cannot read";
        QTest::newRow("endless device") << QByteArray() << "larger than";
    }

    void badProfileIsReportedAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        FakeDialogProvider dialogs;
        const QString file =
            QTest::currentDataTag() == QLatin1String("endless device")
                ? QStringLiteral("/dev/zero")
                : path(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
        if (!content.isEmpty())
            QVERIFY(GuiTest::writeFile(file, content));
        dialogs.openFileAnswers << file;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        click(wizard.get(), "openProfileButton");
        QCOMPARE(wizard->model()->settings(), GuiTest::validSettings());
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
        QVERIFY(status(wizard.get())->isVisible());
        QVERIFY2(status(wizard.get())->text().contains(says), qPrintable(status(wizard.get())->text()));
    }

    void cancelledDialogDoesNothing()
    {
        FakeDialogProvider dialogs; // no answers: every dialog is cancelled
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        click(wizard.get(), "openProfileButton");
        click(wizard.get(), "importFileButton");
        click(wizard.get(), "importAppDirButton");
        QCOMPARE(dialogs.asked.size(), 3);
        QCOMPARE(wizard->model()->settings(), GuiTest::validSettings());
        QVERIFY(status(wizard.get())->isHidden());
    }

    void importProvidersFile()
    {
        FakeDialogProvider dialogs;
        QVERIFY(GuiTest::writeFile(path(QStringLiteral("providers.json")), providersJson()));
        dialogs.openFileAnswers << path(QStringLiteral("providers.json"));
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        click(wizard.get(), "importFileButton");
        const ProviderSettings &s = wizard->model()->settings();
        QCOMPARE(s.oktaDomain, QStringLiteral("dev-7.okta.com"));
        QCOMPARE(s.authServerId, QStringLiteral("aus7"));
        QCOMPARE(s.audience, QStringList{QStringLiteral("api://x")});
        QCOMPARE(s.metadataFields.size(), 1);
        QCOMPARE(s.metadataFields.at(0).fieldName, QStringLiteral("uid"));
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
    }

    void importProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("malformed") << QByteArray("{\n  \"custom-token\": {,\n}") << "line 2";
        QTest::newRow("no custom-token") << QByteArray("{\"anon-user\": {\"name\": \"anon-user\", \"type\": "
                                                       "\"anon-user\", \"disabled\": false}}")
                                         << "no custom-token";
    }

    void importProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        FakeDialogProvider dialogs;
        const QString file =
            path(QStringLiteral("import-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(GuiTest::writeFile(file, content));
        dialogs.openFileAnswers << file;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        click(wizard.get(), "importFileButton");
        QCOMPARE(wizard->model()->settings(), GuiTest::validSettings());
        QVERIFY2(status(wizard.get())->text().contains(says), qPrintable(status(wizard.get())->text()));
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
    }

    void importAppDirectory()
    {
        FakeDialogProvider dialogs;
        const QString app = GuiTest::makeCurrentApp(path(QStringLiteral("app")), providersJson());
        dialogs.directoryAnswers << app;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        click(wizard.get(), "importAppDirButton");
        QCOMPARE(wizard->model()->settings().oktaDomain, QStringLiteral("dev-7.okta.com"));
        QCOMPARE(wizard->model()->appDirectory(), app); // exports go back there
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
    }

    void importAppDirectoryWithoutProvider()
    {
        FakeDialogProvider dialogs;
        const QString app = GuiTest::makeCurrentApp(path(QStringLiteral("empty-app")), QByteArray());
        dialogs.directoryAnswers << app;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        click(wizard.get(), "importAppDirButton");
        QCOMPARE(wizard->model()->settings(), ProviderSettings()); // a fresh provider for that app
        QCOMPARE(wizard->model()->appDirectory(), app);
    }

    void notAnAppDirectory()
    {
        FakeDialogProvider dialogs;
        dialogs.directoryAnswers << m_dir.path() + QStringLiteral("/does-not-exist");
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        click(wizard.get(), "importAppDirButton");
        QVERIFY(status(wizard.get())->text().contains(QStringLiteral("does not exist")));
        QVERIFY(wizard->model()->appDirectory().isEmpty());
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
    }
};

QTEST_MAIN(tst_WelcomePage)
#include "tst_WelcomePage.moc"
