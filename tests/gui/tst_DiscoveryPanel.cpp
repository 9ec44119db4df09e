#include "DiscoveryPanel.h"
#include "GuiTest.h"
#include "OktaSandbox.h"
#include "PreviewPane.h"
#include "WizardModel.h"

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
        return GuiTest::find<QLabel>(wizard, "discoveryStatusLabel")->text();
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
        QCOMPARE(wizard->model()->settings().jwkUri, sandbox.jwksUri());
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "jwkUriLineEdit")->text(), sandbox.jwksUri());
        QVERIFY(wizard->previewPane()->text().contains(
            QStringLiteral("\"jwkURI\": \"%1\"").arg(sandbox.jwksUri())));
        auto *keys = GuiTest::find<QTreeWidget>(wizard.get(), "discoveryKeysTreeWidget");
        QVERIFY(keys->topLevelItemCount() >= 1);
        QCOMPARE(keys->topLevelItem(0)->text(1), QStringLiteral("RS256"));
        QVERIFY2(status(wizard.get()).contains(sandbox.issuer()), qPrintable(status(wizard.get())));
        QVERIFY(GuiTest::nextEnabled(*wizard));
    }

    void unknownAuthorizationServer()
    {
        OktaSandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.setFault(OktaSandbox::Fault::NotFound, OktaSandbox::Discovery);
        auto wizard = openFor(sandbox);
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "discoverButton"), Qt::LeftButton);
        QTRY_VERIFY(!wizard->discoveryPanel()->isBusy());
        QCOMPARE(GuiTest::find<QLabel>(wizard.get(), "discoveryStatusLabel")->property("messageKind").toInt(),
                 int(FindingLabel::Kind::Error));
        QVERIFY(wizard->model()->settings().jwkUri.isEmpty()); // nothing half-filled
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
