#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "core/JournalFile.h"
#include "core/ProvidersWriter.h"
#include "net/Deployer.h"
#include "net/Undoer.h"
#include "sandbox/AdminSandbox.h"
#include "wizard/HistoryPanel.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The History panel against the local Admin API simulator: this App's entries newest first, the diff an undo
// would apply, a confirmation before any write, a second question when the remote changed since, and the
// remote back as it was after the undo.
class tst_HistoryPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Bench
    {
        QString journal;
        AdminSandbox sandbox;
        QNetworkAccessManager nam;
        AdminApiClient client{&nam};
        Deployer deployer{&client};
        HistoryPanel panel{&client};
        FakeDialogProvider dialogs;

        explicit Bench(const QString &journalPath) : journal(journalPath)
        {
            QFile::remove(journal);
            sandbox.start();
            client.transport()->setTimeout(5000);
            client.transport()->setRetryDelay(1);
            if (!client.transport()->setBaseUrl(sandbox.baseUrl()))
                qFatal("the sandbox URL was refused");
            deployer.journal().setPath(journal);
            panel.setJournalPath(journal);
            panel.setCredentials(sandbox.publicKey(), sandbox.privateKey());
            panel.setTarget(sandbox.baseUrl(), sandbox.projectId(),
                            sandbox.appId(QStringLiteral("myapp-abcde")), QStringLiteral("myapp-abcde"));
            panel.resize(700, 500);
            panel.show();
        }
        bool deploy(const QString &app, const QString &audience, bool replace = true)
        {
            ProviderSettings s;
            s.oktaDomain = QStringLiteral("dev-1.okta.com");
            s.audience = {audience};
            Deployer::Request r;
            r.publicKey = sandbox.publicKey();
            r.privateKey = sandbox.privateKey();
            r.groupId = sandbox.projectId();
            r.clientAppId = app;
            r.provider = ProvidersWriter::providerObject(s);
            r.replace = replace;
            QSignalSpy done(&deployer, &Deployer::finished);
            deployer.start(r);
            return done.wait(10000) && done.first().first().value<DeployResult>().ok();
        }
        QJsonObject remote() const
        {
            return sandbox.provider(sandbox.appId(QStringLiteral("myapp-abcde")),
                                    QStringLiteral("custom-token"));
        }
        template <class T> T *w(const char *name) { return GuiTest::find<T>(&panel, name); }
        QTreeWidget *tree() { return w<QTreeWidget>("historyTree"); }
        QStringList writes() const { return sandbox.writeLines(); }
        /// Clicks Undo and waits until the panel is idle again (the plan read, the questions, the write).
        void clickUndo()
        {
            QTest::mouseClick(w<QPushButton>("historyUndoButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && w<QPushButton>("historyUndoButton")->isEnabled(),
                                     10000);
            QTest::qWait(50); // the answer is handled on the next event-loop turn
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10000);
        }
    };

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void listsThisAppNewestFirstWithTheUndoDiff()
    {
        Bench b(m_dir.filePath(QStringLiteral("list/journal.jsonl")));
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://one")));
        QVERIFY(b.deploy(QStringLiteral("sync-pqrst"), QStringLiteral("api://other")));
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://two")));
        b.panel.reload();
        QCOMPARE(b.tree()->topLevelItemCount(), 2); // the other App's entry is not listed
        QVERIFY(
            b.tree()->topLevelItem(0)->text(1).startsWith(QStringLiteral("update provider custom-token")));
        QVERIFY(
            b.tree()->topLevelItem(1)->text(1).startsWith(QStringLiteral("create provider custom-token")));
        QCOMPARE(b.tree()->currentItem(), b.tree()->topLevelItem(0));
        const QString diff = b.w<QPlainTextEdit>("historyDiffView")->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("config.audience: [\"api://two\"] → [\"api://one\"]")),
                 qPrintable(diff));
        QVERIFY(b.w<QLabel>("historyStatusLabel")->text().contains(b.journal));
    }

    void undoAsksFirstThenRestores()
    {
        Bench b(m_dir.filePath(QStringLiteral("undo/journal.jsonl")));
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://one")));
        const QJsonObject before = b.remote();
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://two")));
        b.panel.reload();
        QSignalSpy changed(&b.panel, &HistoryPanel::remoteChanged);

        b.sandbox.clearRequests();
        b.dialogs.confirmAnswers = {false}; // "No": nothing is written
        b.clickUndo();
        QCOMPARE(b.dialogs.asked, QStringList{"Undo this change?"});
        QVERIFY(b.dialogs.lastConfirmDetails.contains(
            QStringLiteral("config.audience: [\"api://two\"] → [\"api://one\"]")));
        QVERIFY(b.writes().isEmpty());
        QCOMPARE(changed.count(), 0);

        b.dialogs.confirmAnswers = {true};
        b.clickUndo();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(b.writes(), QStringList{"PATCH /groups/{g}/apps/{a}/auth_providers/{id}"});
        QCOMPARE(b.remote(), before);
        QTRY_COMPARE(b.tree()->topLevelItemCount(), 3); // the undo is journaled too
        QVERIFY(b.tree()->topLevelItem(0)->text(1).endsWith(QStringLiteral("(undo)")));
        QVERIFY(b.dialogs.warnings.isEmpty());
    }

    void changedSinceAsksAgain()
    {
        Bench b(m_dir.filePath(QStringLiteral("changed/journal.jsonl")));
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://one")));
        const QJsonObject before = b.remote();
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://two")));
        b.panel.reload(); // lists the update; then someone changes the provider without the journal
        QJsonObject theirs = b.remote();
        theirs.insert(QStringLiteral("disabled"), true);
        QJsonObject config = theirs.value(QStringLiteral("config")).toObject();
        config.insert(QStringLiteral("audience"), QJsonArray{QStringLiteral("api://theirs")});
        theirs.insert(QStringLiteral("config"), config);
        AdminSandboxStore::App *app = b.sandbox.store().app(b.sandbox.appId(QStringLiteral("myapp-abcde")));
        for (QJsonObject &p : app->live.providers) {
            if (p.value(QStringLiteral("type")) == QLatin1String("custom-token"))
                p = theirs;
        }

        b.sandbox.clearRequests();
        b.dialogs.confirmAnswers = {false};
        b.clickUndo();
        QCOMPARE(b.dialogs.asked, QStringList{"Undo anyway?"});
        QVERIFY(
            b.dialogs.lastConfirmDetails.contains(QStringLiteral("[\"api://two\"] → [\"api://theirs\"]")));
        QVERIFY(b.writes().isEmpty());
        QCOMPARE(b.remote(), theirs);

        b.dialogs.confirmAnswers = {true};
        b.clickUndo();
        QTRY_COMPARE_WITH_TIMEOUT(b.writes().size(), 1, 10000);
        QCOMPARE(b.remote().value(QStringLiteral("config")), before.value(QStringLiteral("config")));
    }

    void secretAndHostileJournalAreReported()
    {
        Bench b(m_dir.filePath(QStringLiteral("hostile/journal.jsonl")));
        QVERIFY(b.deploy(QStringLiteral("myapp-abcde"), QStringLiteral("api://one")));
        QVERIFY(QFile::setPermissions(b.journal, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        b.panel.reload();
        QCOMPARE(b.tree()->topLevelItemCount(), 0);
        QVERIFY(b.w<QLabel>("historyStatusLabel")->text().contains(b.journal));
        QVERIFY(!b.w<QPushButton>("historyUndoButton")->isEnabled());
        QVERIFY(QFile::setPermissions(b.journal, QFile::ReadOwner | QFile::WriteOwner));

        // A Secret's value was never known: undo explains that and sends nothing.
        JournalEntry secret;
        secret.id = QStringLiteral("secret-1");
        secret.time = QDateTime::currentDateTimeUtc();
        secret.adminApi = b.sandbox.baseUrl();
        secret.projectId = b.sandbox.projectId();
        secret.appId = b.sandbox.appId(QStringLiteral("myapp-abcde"));
        secret.action = QStringLiteral("update");
        secret.objectType = JournalEntry::secretType();
        secret.objectName = QStringLiteral("okta_key");
        secret.after = JournalEntry::secretState(QStringLiteral("okta_key"), {}, true);
        QVERIFY(JournalFile(b.journal).append(secret.beginRecord()));
        b.panel.reload();
        QCOMPARE(b.tree()->topLevelItemCount(), 2);
        QVERIFY(b.w<QPlainTextEdit>("historyDiffView")->toPlainText().contains(QStringLiteral("okta_key")));
        b.sandbox.clearRequests();
        b.clickUndo();
        QCOMPARE(b.dialogs.asked, QStringList{"Cannot undo"});
        QVERIFY(b.dialogs.warnings.first().contains(QStringLiteral("okta_key")));
        QVERIFY(b.sandbox.requestLines().isEmpty());
    }
    void oktaEntryPointsToTheCommandLine()
    {
        Bench b(m_dir.filePath(QStringLiteral("okta/journal.jsonl")));
        JournalEntry claim;
        claim.id = QStringLiteral("okta-1");
        claim.time = QDateTime::currentDateTimeUtc();
        claim.service = JournalEntry::okta();
        claim.oktaDomain = QStringLiteral("https://dev-1.okta.com");
        claim.serverId = QStringLiteral("default");
        claim.action = QStringLiteral("create");
        claim.objectType = QStringLiteral("claim");
        claim.objectId = QStringLiteral("ocl1");
        claim.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("email")}};
        QVERIFY(JournalFile(b.journal).append(claim.beginRecord()));
        b.panel.setOktaDomain(QStringLiteral("dev-1.okta.com"));
        b.panel.reload();
        QCOMPARE(b.tree()->topLevelItemCount(), 1);
        b.sandbox.clearRequests();
        b.clickUndo();
        QCOMPARE(b.dialogs.asked, QStringList{"Cannot undo"});
        QVERIFY2(b.dialogs.warnings.first().contains(QStringLiteral("okta-jwt undo okta-1")),
                 qPrintable(b.dialogs.warnings.first()));
        QVERIFY(b.sandbox.requestLines().isEmpty());
    }
};

QTEST_MAIN(tst_HistoryPanel)
#include "tst_HistoryPanel.moc"
