#include "GuiTest.h"
#include "net/SandboxProcess.h"
#include "wizard/SandboxBanner.h"
#include "wizard/TokenPickerDialog.h"
#include "wizard/WizardModel.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

#include <csignal>

// The sandbox as okta-jwt-wizard runs it: `okta-jwt sandbox --json` as a child process. Its demo tokens
// arrive asynchronously over HTTP; a child that fails is reported on the Welcome page and changes nothing.
class tst_SetupWizardSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
        GuiTest::isolateSettings(m_dir);
    }

    void mintsADemoTokenFromTheChild()
    {
        QObject owner;
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        wizard->setSandboxStarter(SandboxProcess::starter(&owner, QStringLiteral(OWZ_BIN_DIR "/okta-jwt")));
        auto *tryIt = GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton");
        QTest::mouseClick(tryIt, Qt::LeftButton);
        // The click returns while the child starts: the button says so, the window keeps painting.
        QVERIFY(!wizard->isSandboxMode());
        QVERIFY(!tryIt->isEnabled());
        QCOMPARE(tryIt->text(), QStringLiteral("Starting the sandbox…"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isSandboxMode(), 30000);
        QVERIFY(tryIt->isEnabled());
        QCOMPARE(wizard->currentId(), int(SetupWizard::OktaPageId));
        auto *child = owner.findChild<SandboxProcess *>();
        QVERIFY(child);
        QVERIFY(child->isRunning());
        QCOMPARE(wizard->model()->settings().oktaDomain, child->connection().oktaDomain);
        QVERIFY(GuiTest::find<SandboxBanner>(wizard.get(), "sandboxBannerLabel")->isVisible());

        wizard->pickFromToken();
        auto *dialog = wizard->findChild<TokenPickerDialog *>(QStringLiteral("tokenPickerDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *mint = GuiTest::find<QPushButton>(dialog, "mintDemoTokenButton");
        auto *text = GuiTest::find<QPlainTextEdit>(dialog, "tokenTextEdit");
        QTest::mouseClick(mint, Qt::LeftButton);
        QVERIFY(!mint->isEnabled());             // asked, the answer still on its way
        QTest::mouseClick(mint, Qt::LeftButton); // a second click asks nothing more
        QTRY_VERIFY_WITH_TIMEOUT(!text->toPlainText().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult(), 10000);
        QVERIFY2(dialog->result().isValid(),
                 qPrintable(dialog->result().failureCodes().join(QLatin1Char(','))));
        QVERIFY(dialog->result().claims.contains(QLatin1String("email")));
        QTRY_VERIFY(mint->isEnabled());

        // The child gone (killed from outside): a clear message, the dialog still usable.
        ::kill(pid_t(child->processId()), SIGKILL);
        QTRY_VERIFY(!child->isRunning());
        text->clear();
        QTest::mouseClick(mint, Qt::LeftButton);
        auto *error = GuiTest::find<QLabel>(dialog, "tokenCheckErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("no longer runs")), qPrintable(error->text()));
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(mint->isEnabled());
        dialog->reject();
    }

    void aChildPrintingGarbageIsReported()
    {
        const QString script = m_dir.filePath(QStringLiteral("fake-okta-jwt"));
        QVERIFY(GuiTest::writeFile(script, "#!/bin/sh\necho 'Okta JWT Wizard sandbox: hello'\nsleep 30\n"));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const ProviderSettings before = GuiTest::validSettings();
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, before);
        QObject owner;
        wizard->setSandboxStarter(SandboxProcess::starter(&owner, script));
        auto *tryIt = GuiTest::find<QCommandLinkButton>(wizard.get(), "tryWithSandboxButton");
        QTest::mouseClick(tryIt, Qt::LeftButton);
        QVERIFY(!tryIt->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(tryIt->isEnabled(), 10000);
        auto *status = GuiTest::find<QLabel>(wizard.get(), "welcomeStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("sandbox could not start")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Okta JWT Wizard sandbox: hello")),
                 qPrintable(status->text()));
        QVERIFY(!wizard->isSandboxMode());
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
        QCOMPARE(wizard->model()->settings(), before);
        QTRY_VERIFY(!owner.findChild<SandboxProcess *>());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_SetupWizardSandboxProcess)
#include "tst_SetupWizardSandboxProcess.moc"
