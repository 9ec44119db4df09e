#include "FakeDialogProvider.h"
#include "FakeProxy.h"
#include "GuiTest.h"
#include "TestPki.h"
#include "TlsTestServer.h"
#include "net/TrustAnchors.h"
#include "sandbox/OktaSandboxKeys.h"
#include "wizard/DiscoveryPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"
#include "wizard/WizardSettings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The Okta page's "Extra CA certificates (PEM)" field: discovery against a local HTTPS server whose CA
// was made here fails without it (naming host and reason) and succeeds with it; a file without a
// certificate is named inline; the field is remembered in QSettings. And the system proxy is honoured.
class tst_OktaPageNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caFile;
    std::unique_ptr<TlsTestServer> m_server;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        if (!GuiTest::writeFile(path, content))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // Clicks Discover and returns the status line once discovery has answered.
    static QString discover(SetupWizard *wizard)
    {
        auto *panel = GuiTest::find<DiscoveryPanel>(wizard, "discoveryPanel");
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard, "discoverButton"), Qt::LeftButton);
        if (!panel->isBusy() || !QTest::qWaitFor([panel] { return !panel->isBusy(); }, 10000))
            return QStringLiteral("(discovery did not run)");
        return GuiTest::find<FindingLabel>(wizard, "discoveryStatusLabel")->text();
    }
    std::unique_ptr<SetupWizard> openWizard()
    {
        ProviderSettings s;
        s.oktaDomain = m_server->url();
        s.authServerId = QStringLiteral("default");
        return GuiTest::openAt(SetupWizard::OktaPageId, s);
    }
    static void enter(QLineEdit *edit, const QString &text)
    {
        GuiTest::retype(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab); // leaving the field finishes the edit
    }

private slots:
    void initTestCase()
    {
        GuiTest::isolateSettings(m_dir);
        const TestCert ca = TestPki::makeCa(QStringLiteral("OWZ Wizard Test CA"));
        m_caFile = write(QStringLiteral("ca.pem"), ca.certPem);
        m_server = std::make_unique<TlsTestServer>(
            TestPki::makeServer(ca, {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}));
        QVERIFY(m_server->start());
        m_server->serveOkta(QStringLiteral("127.0.0.1"), QJsonDocument(OktaSandboxKeys().jwks()).toJson());
    }
    void init()
    {
        WizardSettings::setCaFile(QString());
        QVERIFY(TrustAnchors::use(QString()));
    }

    void discoveryNeedsTheCaFile()
    {
        auto wizard = openWizard();
        auto *caFile = GuiTest::find<QLineEdit>(wizard.get(), "caFileLineEdit");
        QVERIFY(caFile->text().isEmpty());
        const QString refused = discover(wizard.get());
        QVERIFY2(refused.contains(QStringLiteral("The TLS connection to 127.0.0.1 failed")),
                 qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("issuer certificate")), qPrintable(refused));

        enter(caFile, m_caFile);
        QVERIFY(GuiTest::find<QLabel>(wizard.get(), "caFileErrorLabel")->isHidden());
        QCOMPARE(WizardSettings::caFile(), m_caFile);
        const QString found = discover(wizard.get());
        QVERIFY2(found.contains(QStringLiteral("Found the issuer")), qPrintable(found));
        QCOMPARE(wizard->model()->settings().issuer, m_server->url() + QStringLiteral("/oauth2/default"));

        enter(caFile, QString()); // cleared: the system's anchors alone again
        QVERIFY(WizardSettings::caFile().isEmpty());
        const QString again = discover(wizard.get());
        QVERIFY2(again.contains(QStringLiteral("The TLS connection to 127.0.0.1 failed")), qPrintable(again));
    }

    void rememberedAcrossRuns()
    {
        {
            auto wizard = openWizard();
            enter(GuiTest::find<QLineEdit>(wizard.get(), "caFileLineEdit"), m_caFile);
        }
        QVERIFY(TrustAnchors::use(QString())); // as in a new process
        const QString settingsFile = QSettings().fileName();
        const QDateTime saved = QFileInfo(settingsFile).lastModified();
        QTest::qWait(20); // a rewrite would get a later time
        auto wizard = openWizard();
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "caFileLineEdit")->text(), m_caFile);
        QCOMPARE(QFileInfo(settingsFile).lastModified(), saved); // trusted, not saved again
        const QString found = discover(wizard.get());
        QVERIFY2(found.contains(QStringLiteral("Found the issuer")), qPrintable(found));
    }

    void browseChoosesTheFile()
    {
        FakeDialogProvider dialogs;
        dialogs.openFileAnswers << m_caFile;
        DialogProvider::setCurrent(&dialogs);
        auto wizard = openWizard();
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "caFileBrowseButton"), Qt::LeftButton);
        DialogProvider::setCurrent(nullptr);
        QCOMPARE(GuiTest::find<QLineEdit>(wizard.get(), "caFileLineEdit")->text(), m_caFile);
        QCOMPARE(WizardSettings::caFile(), m_caFile);
        const QString found = discover(wizard.get());
        QVERIFY2(found.contains(QStringLiteral("Found the issuer")), qPrintable(found));
    }

    void fileWithoutCertificateIsNamedInline()
    {
        const QString bad = write(QStringLiteral("not-a-cert.pem"), "hello\n");
        auto wizard = openWizard();
        auto *caFile = GuiTest::find<QLineEdit>(wizard.get(), "caFileLineEdit");
        enter(caFile, m_caFile);
        enter(caFile, bad);
        auto *label = GuiTest::find<QLabel>(wizard.get(), "caFileErrorLabel");
        QVERIFY(GuiTest::showsCode(label, QStringLiteral("ca_file")));
        QVERIFY2(label->text().contains(bad), qPrintable(label->text()));
        // While the field shows the error no extra anchor is trusted (not even the previous file).
        const QString refused = discover(wizard.get());
        QVERIFY2(refused.contains(QStringLiteral("The TLS connection to 127.0.0.1 failed")),
                 qPrintable(refused));

        enter(caFile, m_caFile); // fixed
        QVERIFY(label->isHidden());
        QVERIFY(discover(wizard.get()).contains(QStringLiteral("Found the issuer")));
    }

    // https_proxy points at a fake proxy that records the CONNECT line and closes; the host is under
    // .invalid, so even a direct attempt could not reach anything real.
    void usesTheSystemProxy()
    {
        FakeProxy proxy;
        QVERIFY(proxy.isListening());
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        qputenv("https_proxy", proxy.url());
        ProviderSettings s;
        s.oktaDomain = QStringLiteral("dev-123456.okta.invalid");
        s.authServerId = QStringLiteral("default");
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId, s);
        const QString status = discover(wizard.get());
        qunsetenv("https_proxy");
        QCOMPARE(proxy.requestLine, QByteArray("CONNECT dev-123456.okta.invalid:443 HTTP/1.1"));
        QVERIFY2(status.contains(QStringLiteral("dev-123456.okta.invalid")), qPrintable(status));
    }
};

QTEST_MAIN(tst_OktaPageNetwork)
#include "tst_OktaPageNetwork.moc"
