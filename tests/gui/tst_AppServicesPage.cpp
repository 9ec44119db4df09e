#include "GuiTest.h"
#include "wizard/AppServicesPage.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

class tst_AppServicesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Clicks Add and types `text` into the new row's editor, as a user would.
    static void addItem(SetupWizard *wizard, const char *button, const QString &text)
    {
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard, button), Qt::LeftButton);
        QVERIFY(GuiTest::typeInFocusedEditor(text));
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    // Seen before: the audience's Add opened an editor the user could not see (the new row below the
    // list's visible rows).
    void addOpensAnEditorInView_data()
    {
        QTest::addColumn<int>("existing");
        QTest::newRow("empty list") << 0;
        QTest::newRow("full list") << 8;
    }
    void addOpensAnEditorInView()
    {
        QFETCH(int, existing);
        ProviderSettings s = GuiTest::validSettings();
        s.audience.clear();
        for (int i = 0; i < existing; ++i)
            s.audience << QStringLiteral("api://aud-%1").arg(i);
        auto wizard = GuiTest::openAt(SetupWizard::AppServicesPageId, s);
        wizard->resize(800, 600);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "addAudienceButton"), Qt::LeftButton);
        QApplication::processEvents();
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->height() >= editor->minimumSizeHint().height(),
                 qPrintable(QString::number(editor->height())));
        QWidget *viewport = editor->parentWidget();
        QVERIFY2(viewport->rect().contains(editor->geometry()),
                 qPrintable(QStringLiteral("editor at %1,%2 %3x%4 in a viewport of %5x%6")
                                .arg(editor->x())
                                .arg(editor->y())
                                .arg(editor->width())
                                .arg(editor->height())
                                .arg(viewport->width())
                                .arg(viewport->height())));
        QVERIFY(wizard->rect().contains(QRect(editor->mapTo(wizard.get(), QPoint()), editor->size())));
        QVERIFY(GuiTest::typeInFocusedEditor(QStringLiteral("api://new")));
        QCOMPARE(wizard->model()->settings().audience.last(), QStringLiteral("api://new"));
    }

    void clientAppId()
    {
        auto wizard = GuiTest::openAt(SetupWizard::AppServicesPageId, GuiTest::validSettings());
        QVERIFY(GuiTest::nextEnabled(*wizard));
        auto *id = GuiTest::find<QLineEdit>(wizard.get(), "clientAppIdLineEdit");
        QCOMPARE(id->text(), QStringLiteral("myapp-abcde"));
        QCOMPARE(id->accessibleName(), QStringLiteral("Client App ID"));
        GuiTest::retype(id, QStringLiteral("my app"));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "clientAppIdErrorLabel"),
                                   "client_app_id_invalid"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        GuiTest::retype(id, QStringLiteral("myapp"));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "clientAppIdErrorLabel"),
                                   "client_app_id_unusual"));
        QVERIFY(GuiTest::nextEnabled(*wizard)); // a warning does not block
        QCOMPARE(wizard->model()->settings().clientAppId, QStringLiteral("myapp"));
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "projectIdLineEdit"), QStringLiteral("xyz"));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "projectIdErrorLabel"),
                                   "project_id_invalid"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
    }

    void audienceList()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.audience.clear();
        auto wizard = GuiTest::openAt(SetupWizard::AppServicesPageId, s);
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"audience\": [],")));
        addItem(wizard.get(), "addAudienceButton", QStringLiteral("api://one"));
        QCOMPARE(wizard->model()->settings().audience, QStringList{QStringLiteral("api://one")});
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"api://one\"")));
        addItem(wizard.get(), "addAudienceButton", QStringLiteral("api://one"));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "audienceErrorLabel"),
                                   "audience_duplicate"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        auto *list = GuiTest::find<QListWidget>(wizard.get(), "audienceListWidget");
        QCOMPARE(list->accessibleName(), QStringLiteral("Audience values"));
        list->setCurrentRow(1);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "removeAudienceButton"), Qt::LeftButton);
        QCOMPARE(wizard->model()->settings().audience, QStringList{QStringLiteral("api://one")});
        QVERIFY(GuiTest::nextEnabled(*wizard));

        // An added row left empty is an error until filled or removed (Delete key).
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "addAudienceButton"), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(
            GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "audienceErrorLabel"), "audience_empty"));
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(wizard->model()->settings().audience.size(), 1);
    }

    void requireAnyAudience()
    {
        auto wizard = GuiTest::openAt(SetupWizard::AppServicesPageId, GuiTest::validSettings());
        auto *box = GuiTest::find<QCheckBox>(wizard.get(), "requireAnyAudienceCheckBox");
        GuiTest::clickIndicator(box);
        QVERIFY(wizard->model()->settings().requireAnyAudience);
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "audienceErrorLabel"),
                                   "require_any_audience_unused"));
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"requireAnyAudience\": true")));
    }

    void manualSigningKeys()
    {
        auto wizard = GuiTest::openAt(SetupWizard::AppServicesPageId, GuiTest::validSettings());
        auto *manualWidget = GuiTest::find<QWidget>(wizard.get(), "manualKeysWidget");
        QVERIFY(manualWidget->isHidden());
        GuiTest::clickIndicator(GuiTest::find<QRadioButton>(wizard.get(), "manualKeysRadioButton"));
        QCOMPARE(wizard->model()->settings().verification, ProviderSettings::Verification::ManualKeys);
        QVERIFY(manualWidget->isVisible());
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"useJWKURI\": false")));
        // RS256 first: what Okta signs with.
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"signingAlgorithm\": \"RS256\"")));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "signingKeysErrorLabel"),
                                   "signing_keys_missing"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));

        GuiTest::find<QComboBox>(wizard.get(), "signingAlgorithmComboBox")
            ->setCurrentText(QStringLiteral("HS256"));
        QCOMPARE(wizard->model()->settings().signingAlgorithm, QStringLiteral("HS256"));
        addItem(wizard.get(), "addSigningKeyButton", QStringLiteral("-bad"));
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "signingKeysErrorLabel"),
                                   "signing_key_name_invalid"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        auto *list = GuiTest::find<QListWidget>(wizard.get(), "signingKeysListWidget");
        list->setCurrentRow(0);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "removeSigningKeyButton"), Qt::LeftButton);
        addItem(wizard.get(), "addSigningKeyButton", QStringLiteral("okta-key-1"));
        addItem(wizard.get(), "addSigningKeyButton", QStringLiteral("okta-key-2"));
        addItem(wizard.get(), "addSigningKeyButton", QStringLiteral("okta-key-3"));
        QCOMPARE(wizard->model()->settings().signingKeyNames,
                 (QStringList{"okta-key-1", "okta-key-2", "okta-key-3"}));
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "addSigningKeyButton")->isEnabled()); // 3 at most
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"okta-key-3\"")));

        GuiTest::clickIndicator(GuiTest::find<QRadioButton>(wizard.get(), "jwkUriRadioButton"));
        QVERIFY(manualWidget->isHidden());
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"useJWKURI\": true")));
        QVERIFY(!wizard->previewPane()->text().contains(
            QStringLiteral("okta-key-1"))); // names only in manual mode
    }

    void disabledProvider()
    {
        auto wizard = GuiTest::openAt(SetupWizard::AppServicesPageId, GuiTest::validSettings());
        auto *box = GuiTest::find<QCheckBox>(wizard.get(), "disabledCheckBox");
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(wizard->model()->settings().disabled);
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"disabled\": true")));
    }
};

QTEST_MAIN(tst_AppServicesPage)
#include "tst_AppServicesPage.moc"
