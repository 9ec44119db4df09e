#include "GuiTest.h"
#include "core/ProvidersWriter.h"
#include "net/Deployer.h"
#include "net/KeychainStore.h"
#include "sandbox/AdminSandbox.h"
#include "sandbox/AdminSandboxStore.h"
#include "wizard/DeployPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Fault = AdminSandbox::Fault;

// The Apply page's deploy panel against the local Admin API simulator on 127.0.0.1 (never the internet).
class tst_DeployPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Bench
    {
        AdminSandbox sandbox;
        QNetworkAccessManager nam;
        WizardModel model;
        DeployPanel panel{&model, &nam};
        QList<DeployResult> results;
        QStringList payloads; // every signal argument the panel emitted, as text
        int confirmations = 0;
        QString confirmDetails;
        bool confirmAnswer = false;

        Bench()
        {
            sandbox.start();
            panel.client()->transport()->setRetryDelay(1);
            panel.client()->transport()->setTimeout(5000);
            ProviderSettings s = provider(QStringLiteral("myapp-abcde"));
            s.clientAppId = QStringLiteral("myapp-abcde");
            model.setSettings(s);
            panel.setConnection(sandbox.baseUrl(), sandbox.projectId(), sandbox.publicKey(),
                                sandbox.privateKey());
            panel.setConfirmHook([this](const QString &title, const QString &text, const QString &details) {
                ++confirmations;
                confirmDetails = details;
                payloads << title << text << details;
                return confirmAnswer;
            });
            QObject::connect(&panel, &DeployPanel::deployed, [this](const DeployResult &r) {
                results << r;
                payloads << QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
            });
            QObject::connect(&panel, &DeployPanel::busyChanged,
                             [this](bool b) { payloads << QString::number(b); });
            panel.resize(700, 800);
            panel.show();
        }
        static ProviderSettings provider(const QString &audience)
        {
            ProviderSettings s;
            s.oktaDomain = QStringLiteral("dev-1.okta.com");
            s.audience = {audience};
            s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("userId"), true}};
            return s;
        }
        template <class T> T *w(const char *name) { return GuiTest::find<T>(&panel, name); }
        QString myApp() const { return sandbox.appId(QStringLiteral("myapp-abcde")); }
        QString result() { return w<FindingLabel>("deployResultLabel")->messageText(); }
        FindingLabel::Kind resultKind() { return w<FindingLabel>("deployResultLabel")->kind(); }
        QString diff() { return w<QPlainTextEdit>("deployDiffTextEdit")->toPlainText(); }
        QString log() { return w<QPlainTextEdit>("deployLogTextEdit")->toPlainText(); }
        QStringList stepStates()
        {
            QStringList out;
            auto *list = w<QListWidget>("deployStepsListWidget");
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->data(Qt::UserRole).toString();
            return out;
        }
        /// Clicks `button` and waits until the panel is idle again.
        bool run(const char *button)
        {
            QTest::mouseClick(w<QPushButton>(button), Qt::LeftButton);
            if (!panel.isBusy())
                return false; // refused before any request
            return QTest::qWaitFor([this] { return !panel.isBusy(); }, 20000);
        }
    };

private slots:
    void initTestCase()
    {
        // No keychain service, as in CI: the tests never touch a developer's real keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/owz-test-bus");
        GuiTest::isolateSettings(m_dir);
    }

    void loadsAppsAndPicksTheModelsApp()
    {
        Bench b;
        QVERIFY(b.run("loadAppsButton"));
        auto *apps = b.w<QComboBox>("appComboBox");
        QVERIFY(apps->count() >= 2);
        QCOMPARE(apps->currentData().toString(), QStringLiteral("myapp-abcde"));
        QVERIFY(apps->findData(QStringLiteral("triggers-fghij")) >= 0);
        QCOMPARE(b.sandbox.requestLines(),
                 QStringList({"POST /auth/providers/mongodb-cloud/login",
                              "GET /groups/{g}/apps?product=standard,atlas,data-api,device-sync"}));
        QCOMPARE(b.stepStates(), QStringList({"ok", "ok"}));
        QCOMPARE(b.resultKind(), FindingLabel::Kind::Success);
        // Picking another App reaches the model, and the next run neither logs in nor lists again.
        apps->setFocus();
        QTest::keyClick(apps, Qt::Key_Down);
        QCOMPARE(b.model.settings().clientAppId, apps->currentData().toString());
        QCOMPARE(b.panel.clientAppId(), apps->currentData().toString());
        b.sandbox.clearRequests();
        QVERIFY(b.run("showDiffButton"));
        QVERIFY(!b.sandbox.requestLines().join('\n').contains("login"));
        QVERIFY(!b.sandbox.requestLines().join('\n').contains("GET /groups/{g}/apps?"));
    }

    void diffForANewProvider()
    {
        Bench b;
        QVERIFY(b.run("showDiffButton"));
        QVERIFY2(b.diff().contains(QLatin1String("will create")), qPrintable(b.diff()));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
        for (const QString &line : b.sandbox.requestLines()) // a dry run sends no write
            QVERIFY(line.startsWith("GET") || line.contains("login"));
        QVERIFY(b.results.isEmpty()); // deployed() is for deploy runs
    }

    void diffForAnExistingDifferentProvider()
    {
        Bench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(Bench::provider("other-aud")));
        QVERIFY(b.run("showDiffButton"));
        QVERIFY2(b.diff().contains(QStringLiteral("config.audience: [\"other-aud\"] → [\"myapp-abcde\"]")),
                 qPrintable(b.diff()));
        QVERIFY(b.result().contains(QLatin1String("ask before replacing")));
    }

    void deployCreatesThenReportsUnchanged()
    {
        Bench b;
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.results.size(), 1);
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Created);
        QCOMPARE(b.result(), b.results.last().summary());
        const QJsonObject created = b.sandbox.provider(b.myApp(), "custom-token");
        QCOMPARE(created.value("config").toObject().value("audience").toArray().first().toString(),
                 QStringLiteral("myapp-abcde"));
        QVERIFY(!b.stepStates().isEmpty());
        QVERIFY(!b.stepStates().contains("failed") && !b.stepStates().contains("running"));
        QVERIFY(b.log().contains(QLatin1String("POST")));
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Unchanged);
        QVERIFY(b.result().contains(QLatin1String("No change")));
        QCOMPARE(b.sandbox.requestLines().count("POST /auth/providers/mongodb-cloud/login"),
                 1); // session reused
        QVERIFY(b.w<QPushButton>("deployButton")->isEnabled());
    }

    // Seen before: after Back and an edit the deploy area still said "No differences"; after a create the
    // box still said "Deploy will create it".
    void resultsAreDroppedWhenTheirInputsChange()
    {
        Bench b;
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Created);
        QVERIFY(!b.w<QPlainTextEdit>("deployDiffTextEdit")->isVisible()); // no "will create" after it did
        QVERIFY(b.run("showDiffButton"));
        QVERIFY2(b.diff().contains(QLatin1String("No differences")), qPrintable(b.diff()));
        QVERIFY(b.result().contains(QLatin1String("Nothing to deploy")));

        b.model.update([](ProviderSettings &s) { s.audience.clear(); }); // Back, and an edit
        QVERIFY2(!b.result().contains(QLatin1String("Nothing to deploy")), qPrintable(b.result()));
        QVERIFY(b.result().contains(QLatin1String("changed since the last run")));
        QCOMPARE(b.resultKind(), FindingLabel::Kind::Info);
        QVERIFY(!b.w<QPlainTextEdit>("deployDiffTextEdit")->isVisible());

        // Going back to the same inputs does not bring an old answer back as if it were new.
        b.model.update([](ProviderSettings &s) { s.audience = {QStringLiteral("myapp-abcde")}; });
        QVERIFY(!b.result().contains(QLatin1String("Nothing to deploy")));
        // Another connection is another remote, too.
        QVERIFY(b.run("showDiffButton"));
        QVERIFY(b.result().contains(QLatin1String("Nothing to deploy")));
        b.w<QLineEdit>("publicKeyLineEdit")->setText(QStringLiteral("another-key"));
        QVERIFY(!b.result().contains(QLatin1String("Nothing to deploy")));
    }

    // Seen before: after picking another app, "Client App ID … is not among the 4 app(s)" stayed.
    void theAppsMessageFollowsThePickedApp()
    {
        Bench b;
        b.model.update([](ProviderSettings &s) { s.clientAppId = QStringLiteral("gone-zzzzz"); });
        QVERIFY(b.run("loadAppsButton"));
        QVERIFY2(b.result().contains(QLatin1String("is not among")), qPrintable(b.result()));
        auto *apps = b.w<QComboBox>("appComboBox");
        apps->setFocus();
        QTest::keyClick(apps, Qt::Key_Down);
        QVERIFY(!b.model.settings().clientAppId.isEmpty());
        QVERIFY2(!b.result().contains(QLatin1String("is not among")), qPrintable(b.result()));
        QCOMPARE(b.resultKind(), FindingLabel::Kind::Success);
    }

    // The wizard uploads signing-key values as the CLI's --signing-key NAME=FILE does: checked before any
    // request, written to the App's Secrets, then forgotten.
    void manualSigningKeyValuesAreCheckedAndUploaded()
    {
        Bench b;
        b.model.update([](ProviderSettings &s) {
            s.verification = ProviderSettings::Verification::ManualKeys;
            s.signingAlgorithm = QStringLiteral("HS256");
            s.signingKeyNames = {QStringLiteral("okta_key")};
        });
        auto *value = b.w<QLineEdit>("signingKeyValueLineEdit_okta_key");
        QVERIFY(value->isVisible());
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        value->setText(QStringLiteral("too-short"));
        QVERIFY(!b.run("deployButton")); // refused before any request
        QVERIFY2(b.result().contains(QLatin1String("okta_key")), qPrintable(b.result()));
        QVERIFY(b.sandbox.requestLines().isEmpty());

        const QString secret = QStringLiteral("wizard_signing_key_value-0123456789abcdef");
        value->setText(secret);
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Created);
        const AdminSandboxStore::App *app = b.sandbox.store().app(b.myApp());
        QVERIFY(app);
        QStringList uploaded;
        for (const AdminSandboxStore::Secret &s : app->live.secrets) {
            if (s.name == QLatin1String("okta_key"))
                uploaded << s.value;
        }
        QCOMPARE(uploaded, QStringList{secret});
        QVERIFY(value->text().isEmpty()); // not kept once written
        QVERIFY(!b.log().contains(secret));
        for (const QString &payload : std::as_const(b.payloads))
            QVERIFY(!payload.contains(secret));
        // Back to the JWK URI: no value fields.
        b.model.update([](ProviderSettings &s) { s.verification = ProviderSettings::Verification::JwkUri; });
        QVERIFY(!b.panel.findChild<QLineEdit *>(QStringLiteral("signingKeyValueLineEdit_okta_key")));
    }

    void blockedAsksThenReplaces()
    {
        Bench b;
        b.sandbox.seedProvider(b.myApp(), ProvidersWriter::providerObject(Bench::provider("other-aud")));
        b.confirmAnswer = false;
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.confirmations, 1);
        QVERIFY(b.confirmDetails.contains(QLatin1String("config.audience")));
        QVERIFY(b.result().contains(QLatin1String("kept")));
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Blocked);
        QCOMPARE(b.sandbox.provider(b.myApp(), "custom-token").value("config").toObject().value("audience"),
                 QJsonValue(QJsonArray{"other-aud"}));

        b.confirmAnswer = true;
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.confirmations, 2);
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Updated);
        QCOMPARE(b.sandbox.provider(b.myApp(), "custom-token").value("config").toObject().value("audience"),
                 QJsonValue(QJsonArray{"myapp-abcde"}));
        QVERIFY(b.sandbox.requestLines().contains("PATCH /groups/{g}/apps/{a}/auth_providers/{id}"));
    }

    void serverFaultIsExplainedAndTheStepMarked()
    {
        Bench b;
        b.sandbox.addFault({Fault::ServerError, "GET", QString(), -1});
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Failed);
        QCOMPARE(b.resultKind(), FindingLabel::Kind::Error);
        QVERIFY2(b.result().contains(QLatin1String("server_error")), qPrintable(b.result()));
        QVERIFY(b.stepStates().contains("failed"));
        QVERIFY(!b.stepStates().contains("running"));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
        QVERIFY(!b.w<QPushButton>("cancelDeployButton")->isVisible());
    }

    void cancelMidDeployLeavesNoDraft()
    {
        Bench b;
        b.sandbox.addFault({Fault::Hang, "POST", "/auth_providers", 1});
        GuiTest::clickIndicator(b.w<QCheckBox>("useDraftCheckBox"));
        QVERIFY(b.w<QCheckBox>("useDraftCheckBox")->isChecked());
        QTest::mouseClick(b.w<QPushButton>("deployButton"), Qt::LeftButton);
        QVERIFY(b.panel.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(
            b.sandbox.requestLines().contains("POST /groups/{g}/apps/{a}/auth_providers"), 20000);
        QVERIFY(b.sandbox.hasDraft(b.myApp()));
        auto *cancel = b.w<QPushButton>("cancelDeployButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!b.panel.isBusy(), 20000);
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Cancelled);
        QVERIFY(!b.sandbox.hasDraft(b.myApp()));
        QVERIFY(b.sandbox.provider(b.myApp(), "custom-token").isEmpty());
        QVERIFY(!cancel->isVisible());
        QVERIFY(b.w<QPushButton>("deployButton")->isEnabled());
        QVERIFY(!b.stepStates().contains("running"));
    }

    void missingPrivateKeyIsNamedAndNothingSent()
    {
        Bench b;
        b.panel.setConnection(b.sandbox.baseUrl(), b.sandbox.projectId(), b.sandbox.publicKey(), QString());
        QVERIFY(!b.run("loadAppsButton"));
        QVERIFY(b.result().contains(QLatin1String("private key")));
        QCOMPARE(b.resultKind(), FindingLabel::Kind::Error);
        QVERIFY(b.sandbox.requestLines().isEmpty());
    }

    void keychainFallbackAndTheKeyNeverLeaks()
    {
        Bench b;
        auto *remember = b.w<QCheckBox>("rememberKeyCheckBox");
        GuiTest::clickIndicator(remember);
        QVERIFY(b.run("loadAppsButton"));
        QVERIFY(b.w<QComboBox>("appComboBox")->count() >= 2); // the panel keeps working
        auto *status = b.w<FindingLabel>("keychainStatusLabel");
        QTRY_COMPARE(status->messageText(), KeychainStore::fallbackMessage());
        QVERIFY(status->isVisibleTo(&b.panel));
        QVERIFY(!remember->isChecked());
        QVERIFY(!remember->isEnabled());
        QVERIFY(b.run("deployButton"));
        QCOMPARE(b.results.last().outcome, DeployResult::Outcome::Created);
        b.panel.saveSettings();

        const QString key = b.sandbox.privateKey();
        QVERIFY(key.size() > 8);
        QVERIFY(!b.log().isEmpty());
        QVERIFY(!b.log().contains(key));
        QVERIFY(!b.result().contains(key));
        QVERIFY(!b.w<FindingLabel>("deployResultLabel")->text().contains(key));
        QVERIFY(!status->text().contains(key));
        QVERIFY(!b.payloads.isEmpty());
        for (const QString &payload : std::as_const(b.payloads))
            QVERIFY(!payload.contains(key));
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            ++files;
            QVERIFY2(!GuiTest::readFile(it.next()).contains(key.toUtf8()), qPrintable(it.filePath()));
        }
        QVERIFY(files > 0); // the settings were written, without the key
    }
};

QTEST_MAIN(tst_DeployPanel)
#include "tst_DeployPanel.moc"
