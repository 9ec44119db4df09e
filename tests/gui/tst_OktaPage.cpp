#include "GuiTest.h"
#include "wizard/FindingLabel.h"
#include "wizard/OktaPage.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

class tst_OktaPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void typingUpdatesModelPreviewAndDerivedUri()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        auto *domain = GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit");
        auto *error = GuiTest::find<QLabel>(wizard.get(), "oktaDomainErrorLabel");
        // Untouched and empty: Next waits for it, but it is not a mistake to show yet.
        QVERIFY(!GuiTest::showsCode(error, "domain_empty"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        QCOMPARE(GuiTest::find<FindingLabel>(wizard.get(), "previewStatusLabel")->kind(),
                 FindingLabel::Kind::Info);
        domain->setFocus();
        GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit")->setFocus(); // left empty
        QVERIFY(GuiTest::showsCode(error, "domain_empty"));

        GuiTest::retype(domain, QStringLiteral("dev-42.okta.com"));
        QCOMPARE(wizard->model()->settings().oktaDomain, QStringLiteral("dev-42.okta.com"));
        const QString uri = QStringLiteral("https://dev-42.okta.com/oauth2/default/v1/keys");
        QCOMPARE(GuiTest::find<QLabel>(wizard.get(), "derivedJwkUriLabel")->text(),
                 uri + QStringLiteral(" (derived from the domain and server)"));
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"jwkURI\": \"%1\"").arg(uri)));
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "oktaDomainErrorLabel")->isHidden());
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QCOMPARE(wizard->model()->settings().oktaDomain, QStringLiteral("dev-42.okta.com"));
    }

    // Seen before: text set through the accessibility API (as screen readers, voice control and UI
    // automation do) showed in the field but never reached the model.
    void textFromTheAccessibilityApiReachesTheModel()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        auto *domain = GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit");
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(domain);
        QVERIFY(iface);
        iface->setText(QAccessible::Value, QStringLiteral("dev-7.okta.com"));
        QCOMPARE(domain->text(), QStringLiteral("dev-7.okta.com"));
        QCOMPARE(wizard->model()->settings().oktaDomain, QStringLiteral("dev-7.okta.com"));
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("https://dev-7.okta.com/oauth2/")));
        auto *server = GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit");
        QAccessible::queryAccessibleInterface(server)->editableTextInterface()->replaceText(
            0, int(server->text().size()), QStringLiteral("aus9"));
        QCOMPARE(wizard->model()->settings().authServerId, QStringLiteral("aus9"));
        QVERIFY(GuiTest::nextEnabled(*wizard));
        // Loading the model into the fields is not an edit (nothing is marked, nothing changes).
        wizard->model()->setSettings(GuiTest::validSettings());
        QCOMPARE(domain->text(), GuiTest::validSettings().oktaDomain);
        QCOMPARE(wizard->model()->settings(), GuiTest::validSettings());
    }

    // Spaces around a pasted domain are dropped like https:// and a trailing slash, and the page says so.
    void surroundingSpacesAreDroppedWithANote()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit"),
                        QStringLiteral(" https://dev-8.okta.com/ "));
        auto *note = GuiTest::find<FindingLabel>(wizard.get(), "oktaDomainErrorLabel");
        QCOMPARE(note->kind(), FindingLabel::Kind::Info);
        QVERIFY(note->messageText().contains(QStringLiteral("dev-8.okta.com")));
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QVERIFY(wizard->previewPane()->text().contains(
            QStringLiteral("\"https://dev-8.okta.com/oauth2/default/v1/keys\"")));
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit"), QString());
        QVERIFY(!wizard->previewPane()->text().contains(QStringLiteral("/oauth2//")));
    }

    void previewFollowsEveryKeystroke()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        auto *domain = GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit");
        domain->setFocus();
        QTest::keyClicks(domain, QStringLiteral("ab"));
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("https://ab/oauth2/default/v1/keys")));
        QTest::keyClick(domain, Qt::Key_C);
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("https://abc/oauth2/default/v1/keys")));
    }

    void invalidDomainsAreMarkedInline_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("blocksNext");
        QTest::newRow("path") << "dev-1.okta.com/oauth2/default"
                              << "domain_path" << true;
        QTest::newRow("admin") << "dev-1-admin.okta.com"
                               << "domain_admin" << true;
        QTest::newRow("http") << "http://dev-1.okta.com"
                              << "domain_insecure" << true;
        QTest::newRow("space") << "dev 1.okta.com"
                               << "domain_whitespace" << true;
        QTest::newRow("placeholder") << "{yourOktaDomain}"
                                     << "domain_placeholder" << false;
        QTest::newRow("com.com") << "dev-1.okta.com.com"
                                 << "domain_double_com" << false;
    }

    void invalidDomainsAreMarkedInline()
    {
        QFETCH(QString, domain);
        QFETCH(QString, code);
        QFETCH(bool, blocksNext);
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit"), domain);
        auto *label = GuiTest::find<QLabel>(wizard.get(), "oktaDomainErrorLabel");
        QVERIFY2(GuiTest::showsCode(label, code), qPrintable(label->text()));
        QCOMPARE(GuiTest::nextEnabled(*wizard), !blocksNext);
        QCOMPARE(wizard->model()->settings().oktaDomain, domain); // kept as typed, never "fixed" silently
    }

    void orgAuthorizationServerIsRefused()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId, GuiTest::validSettings());
        QVERIFY(GuiTest::nextEnabled(*wizard));
        auto *server = GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit");
        QCOMPARE(server->text(), QStringLiteral("default"));
        GuiTest::retype(server, QString());
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "authServerErrorLabel"),
                                   "auth_server_org"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        QTest::keyClicks(server, QStringLiteral("aus1a2b3"));
        QCOMPARE(wizard->model()->settings().authServerId, QStringLiteral("aus1a2b3"));
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("/oauth2/aus1a2b3/v1/keys")));
    }

    void jwkUriOverride()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId, GuiTest::validSettings());
        auto *uri = GuiTest::find<QLineEdit>(wizard.get(), "jwkUriLineEdit");
        GuiTest::retype(uri, QStringLiteral("http://keys.example.com/k"));
        QVERIFY(
            GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "jwkUriErrorLabel"), "jwk_uri_insecure"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        GuiTest::retype(uri,
                        QStringLiteral("http://127.0.0.1:8080/oauth2/default/v1/keys")); // loopback sandbox
        QVERIFY(GuiTest::nextEnabled(*wizard));
        QVERIFY(wizard->previewPane()->text().contains(
            QStringLiteral("\"jwkURI\": \"http://127.0.0.1:8080/oauth2/default/v1/keys\"")));
    }

    void enterGoesToTheNextPageOnlyWhenValid()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        auto *domain = GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit");
        GuiTest::retype(domain, QStringLiteral("bad/path"));
        QTest::keyClick(domain, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        GuiTest::retype(domain, QStringLiteral("dev-1.okta.com"));
        QTest::keyClick(domain, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::AppServicesPageId));
    }

    void accessibleNamesAndTabOrder()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        auto *domain = GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit");
        QCOMPARE(domain->accessibleName(), QStringLiteral("Okta domain"));
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit")->accessibleName(),
                 QStringLiteral("Authorization server"));
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "jwkUriLineEdit")->accessibleName(),
                 QStringLiteral("JWK URI override"));
        domain->setFocus();
        QTest::keyClick(domain, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit"));
        QVERIFY( // left empty: the inline error is shown and read out
            domain->accessibleDescription().contains(QStringLiteral("empty")));
        QTest::keyClick(wizard.get(), Qt::Key_D, Qt::AltModifier); // mnemonic of "Okta &domain"
        QCOMPARE(QApplication::focusWidget(), domain);
    }

    void reloadsOnReset()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        ProviderSettings s = GuiTest::validSettings();
        s.authServerId = QStringLiteral("aus9");
        wizard->model()->setSettings(s);
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit")->text(), s.oktaDomain);
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit")->text(),
                 QStringLiteral("aus9"));
        QVERIFY(wizard->oktaPage()->discoveryArea()); // where the Discover button goes
    }
};

QTEST_MAIN(tst_OktaPage)
#include "tst_OktaPage.moc"
