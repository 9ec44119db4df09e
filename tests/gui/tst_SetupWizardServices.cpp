#include "GuiTest.h"
#include "sandbox/Sandbox.h"
#include "wizard/DeployPanel.h"
#include "wizard/TokenCheckSummary.h"
#include "wizard/TokenPickerDialog.h"
#include "wizard/WizardModel.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QLatin1Char>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The wizard with its network parts in place, against the sandbox: "Pick from token…" on the Metadata page
// feeds the model and the Review page's token check; the Apply page's deploy panel applies the provider.
class tst_SetupWizardServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pickFromTokenFillsMetadataAndReview();
    void deployPanelAppliesTheModel();

private:
    ProviderSettings sandboxSettings() const;
    QTemporaryDir m_dir;
    Sandbox m_sandbox;
};

void tst_SetupWizardServices::initTestCase()
{
    GuiTest::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
}

ProviderSettings tst_SetupWizardServices::sandboxSettings() const
{
    ProviderSettings s;
    s.oktaDomain = m_sandbox.oktaDomain();
    s.clientAppId = Sandbox::demoClientAppId();
    s.projectId = m_sandbox.projectId();
    return s;
}

void tst_SetupWizardServices::pickFromTokenFillsMetadataAndReview()
{
    auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, sandboxSettings());
    QTest::mouseClick(GuiTest::find<QPushButton>(wizard.get(), "pickFromTokenButton"), Qt::LeftButton);
    auto *dialog = wizard->findChild<TokenPickerDialog *>(QStringLiteral("tokenPickerDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setToken(QString::fromLatin1(m_sandbox.mintDemoToken()));
    QTest::mouseClick(GuiTest::find<QPushButton>(dialog, "checkTokenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult(), 10000);
    QVERIFY2(dialog->result().isValid(), qPrintable(dialog->result().failureCodes().join(QLatin1Char(','))));
    QVERIFY(wizard->tokenCheckSummary()->hasResult());

    auto *tree = GuiTest::find<QTreeWidget>(dialog, "claimsTree");
    const QList<QTreeWidgetItem *> uid = tree->findItems(QStringLiteral("uid"), Qt::MatchExactly, 0);
    QCOMPARE(uid.size(), 1);
    uid.constFirst()->setCheckState(0, Qt::Checked);
    dialog->accept();

    const QList<MetadataField> fields = wizard->model()->settings().metadataFields;
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.constFirst().name, QStringLiteral("uid"));
    const QString userData =
        GuiTest::find<QPlainTextEdit>(wizard->tokenCheckSummary(), "userDataTextEdit")->toPlainText();
    QVERIFY2(userData.contains(QStringLiteral("00u1sandboxAda0h7")), qPrintable(userData));
}

void tst_SetupWizardServices::deployPanelAppliesTheModel()
{
    auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, sandboxSettings());
    DeployPanel *panel = wizard->deployPanel();
    GuiTest::showTab(panel);
    QVERIFY(panel->isVisibleTo(wizard.get()));
    panel->setConnection(m_sandbox.adminApiUrl(), m_sandbox.projectId(), m_sandbox.publicKey(),
                         m_sandbox.privateKey());
    QSignalSpy deployed(panel, &DeployPanel::deployed);
    QTest::mouseClick(GuiTest::find<QPushButton>(panel, "deployButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deployed.size(), 1, 15000);
    const QString appId = m_sandbox.admin()->appId(Sandbox::demoClientAppId());
    const QJsonObject provider = m_sandbox.admin()->provider(appId, QStringLiteral("custom-token"));
    QCOMPARE(provider.value(QStringLiteral("config")).toObject().value(QStringLiteral("jwkURI")).toString(),
             wizard->model()->settings().effectiveJwkUri());
    const QString log = GuiTest::find<QPlainTextEdit>(panel, "deployLogTextEdit")->toPlainText();
    QVERIFY(!log.contains(m_sandbox.privateKey()));

    // Closing the wizard stores its inputs: no file of the isolated settings folder may hold the key.
    wizard->close();
    wizard.reset();
    QSettings().sync();
    const QByteArray key = m_sandbox.privateKey().toUtf8();
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        ++files;
        QVERIFY2(!data.contains(key) && !data.contains(key.toBase64()), qPrintable(f.fileName()));
    }
    QVERIFY(files > 0); // the settings file was written, so the scan looked at something
}

QTEST_MAIN(tst_SetupWizardServices)
#include "tst_SetupWizardServices.moc"
