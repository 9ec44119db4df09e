#include "GuiTest.h"
#include "sandbox/OktaSandbox.h"
#include "wizard/DiscoveryPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The Okta page's Discover step against the local Okta simulator on 127.0.0.1 (never the internet).
class tst_DiscoveryPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::unique_ptr<SetupWizard> openFor(const OktaSandbox &sandbox)
    {
        ProviderSettings s = GuiTest::validSettings();
        s.oktaDomain = sandbox.domain();
        return GuiTest::openAt(SetupWizard::OktaPageId, s);
    }
    static QString status(SetupWizard *wizard)
    {
        return GuiTest::find<FindingLabel>(wizard, "discoveryStatusLabel")->text();
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void discoversIssuerJwkUriAndKeys()
    {
        OktaSandbox sandbox;
        QVERIFY(sandbox.start());
        auto wizard = openFor(sandbox);
        auto *discover = GuiTest::find<QPushButton>(wizard.get(), "discoverButton");
        QVERIFY(discover->isEnabled());
        QTest::mouseClick(discover, Qt::LeftButton);
        QVERIFY(wizard->discoveryPanel()->isBusy()); // asynchronous: the UI is not blocked
        QTRY_VERIFY(!wizard->discoveryPanel()->isBusy());
        QCOMPARE(wizard->model()->settings().issuer, sandbox.issuer());
        // Discovered, not an override: the override field stays the user's, the page says what is used.
        QCOMPARE(wizard->model()->settings().discoveredJwkUri, sandbox.jwksUri());
        QVERIFY(wizard->model()->settings().jwkUri.isEmpty());
        QVERIFY(GuiTest::find<QLineEdit>(wizard.get(), "jwkUriLineEdit")->text().isEmpty());
        QCOMPARE(GuiTest::find<QLabel>(wizard.get(), "derivedJwkUriLabel")->text(),
                 QStringLiteral("%1 (discovered)").arg(sandbox.jwksUri()));
        QVERIFY(wizard->previewPane()->text().contains(
            QStringLiteral("\"jwkURI\": \"%1\"").arg(sandbox.jwksUri())));
        auto *keys = GuiTest::find<QTreeWidget>(wizard.get(), "discoveryKeysTreeWidget");
        QVERIFY(keys->topLevelItemCount() >= 1);
        QCOMPARE(keys->topLevelItem(0)->text(1), QStringLiteral("RS256"));
        QVERIFY2(status(wizard.get()).contains(sandbox.issuer()), qPrintable(status(wizard.get())));
        QVERIFY(GuiTest::nextEnabled(*wizard));
    }

    // Seen before: after Discover, changing the server (default → default2) kept .../default/v1/keys in
    // providers.json and "Found the issuer .../default" on screen, and the status said Valid.
    void changingTheServerDropsTheDiscovery()
    {
        OktaSandbox sandbox;
        QVERIFY(sandbox.start());
        auto wizard = openFor(sandbox);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "discoverButton"), Qt::LeftButton);
        QTRY_VERIFY(!wizard->discoveryPanel()->isBusy());
        QVERIFY(status(wizard.get()).contains(sandbox.issuer()));

        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit"),
                        QStringLiteral("default2"));
        const ProviderSettings &s = wizard->model()->settings();
        QVERIFY(s.issuer.isEmpty());
        QVERIFY(s.discoveredJwkUri.isEmpty());
        const QString preview = wizard->previewPane()->text();
        QVERIFY2(preview.contains(QStringLiteral("/oauth2/default2/v1/keys")), qPrintable(preview));
        QVERIFY(!preview.contains(QStringLiteral("/oauth2/default/v1/keys")));
        QVERIFY(!GuiTest::find<QLabel>(wizard.get(), "discoveryStatusLabel")->isVisible());
        QVERIFY(!GuiTest::find<QTreeWidget>(wizard.get(), "discoveryKeysTreeWidget")->isVisible());
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "derivedJwkUriLabel")
                    ->text()
                    .contains(QStringLiteral("default2")));
    }

    // An answer that arrives after the domain changed belongs to the old domain: it is never applied.
    void aLateAnswerForOldInputsIsIgnored()
    {
        OktaSandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.setFault(OktaSandbox::Fault::Hang, OktaSandbox::Discovery);
        auto wizard = openFor(sandbox);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "discoverButton"), Qt::LeftButton);
        QVERIFY(wizard->discoveryPanel()->isBusy());
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "authServerLineEdit"),
                        QStringLiteral("other"));
        QTRY_VERIFY(!wizard->discoveryPanel()->isBusy()); // the request for the old server was stopped
        QVERIFY(GuiTest::find<QPushButton>(wizard.get(), "discoverButton")->isVisible());
        QVERIFY(wizard->model()->settings().issuer.isEmpty());
        QCOMPARE(wizard->model()->discovery().status, WizardModel::Discovery::Status::None);
        QVERIFY(!GuiTest::find<QLabel>(wizard.get(), "discoveryStatusLabel")->isVisible());
    }

    void unknownAuthorizationServer()
    {
        OktaSandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.setFault(OktaSandbox::Fault::NotFound, OktaSandbox::Discovery);
        auto wizard = openFor(sandbox);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "discoverButton"), Qt::LeftButton);
        QTRY_VERIFY(!wizard->discoveryPanel()->isBusy());
        QCOMPARE(GuiTest::find<FindingLabel>(wizard.get(), "discoveryStatusLabel")->kind(),
                 FindingLabel::Kind::Error);
        QVERIFY(wizard->model()->settings().discoveredJwkUri.isEmpty()); // nothing half-filled
        // Seen before: "Start a new provider" kept this error for a domain that is now empty.
        wizard->model()->setSettings(ProviderSettings());
        QVERIFY(!GuiTest::find<QLabel>(wizard.get(), "discoveryStatusLabel")->isVisible());
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "discoverButton")->isEnabled());
    }

    void stopWhileWaiting()
    {
        OktaSandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.setFault(OktaSandbox::Fault::Hang, OktaSandbox::Discovery);
        auto wizard = openFor(sandbox);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "discoverButton"), Qt::LeftButton);
        auto *stop = GuiTest::find<QPushButton>(wizard.get(), "cancelDiscoveryButton");
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!wizard->discoveryPanel()->isBusy());
        QVERIFY(status(wizard.get()).contains(QStringLiteral("stopped")));
        QVERIFY(GuiTest::find<QPushButton>(wizard.get(), "discoverButton")->isVisible());
        QVERIFY(wizard->model()->settings().jwkUri.isEmpty());
    }

    void needsAValidDomain()
    {
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);
        auto *discover = GuiTest::find<QPushButton>(wizard.get(), "discoverButton");
        QVERIFY(!discover->isEnabled());
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit"),
                        QStringLiteral("bad/path"));
        QVERIFY(!discover->isEnabled());
        GuiTest::retype(GuiTest::find<QLineEdit>(wizard.get(), "oktaDomainLineEdit"),
                        QStringLiteral("dev-1.okta.com"));
        QVERIFY(discover->isEnabled());
    }
};

QTEST_MAIN(tst_DiscoveryPanel)
#include "tst_DiscoveryPanel.moc"
