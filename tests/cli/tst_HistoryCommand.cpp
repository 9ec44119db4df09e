#include "CliRunner.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// `okta-jwt history` and the journal a deploy leaves: newest first and filtered, a run killed mid-write
// leaves an "outcome unknown" entry, concurrent deploys leave whole entries, an unsafe journal stops a deploy
// before it sends anything.
class tst_HistoryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsNewestFirstAndFilters();
    void killedMidWriteLeavesOutcomeUnknown();
    void concurrentDeploysLeaveWholeEntries();
    void unsafeJournalStopsTheDeploy();
    void usage();

private:
    QProcessEnvironment env() const;
    QStringList deployArgs(const QString &app) const;
    QString journalPath() const { return m_state.filePath(QStringLiteral("okta-jwt/journal.jsonl")); }
    QJsonObject history(const QStringList &extra = {}) const;

    Sandbox m_sandbox;
    QTemporaryDir m_state;
};

void tst_HistoryCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
}

void tst_HistoryCommand::init()
{
    m_sandbox.admin()->store() = AdminSandboxStore();
    m_sandbox.admin()->clearFaults();
    m_sandbox.admin()->clearRequests();
    QFile::remove(journalPath());
}

QProcessEnvironment tst_HistoryCommand::env() const
{
    QProcessEnvironment e = isolatedEnvironment(m_state.filePath(QStringLiteral("run")));
    e.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
    return withApiKey(e, m_sandbox.publicKey(), m_sandbox.privateKey());
}

QStringList tst_HistoryCommand::deployArgs(const QString &app) const
{
    return {"deploy",
            "--okta-domain",
            m_sandbox.oktaDomain(),
            "--claim",
            "uid",
            "--admin-api",
            m_sandbox.adminApiUrl(),
            "--project-id",
            m_sandbox.projectId(),
            "--app",
            app,
            "--timeout",
            "30"};
}

QJsonObject tst_HistoryCommand::history(const QStringList &extra) const
{
    const CliRun r = runCli(QStringList{"history", "--json"} + extra, {}, env());
    if (r.exitCode != 0)
        qWarning("history: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void tst_HistoryCommand::listsNewestFirstAndFilters()
{
    const CliRun none = runCli({"history"}, {}, env());
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.outText().contains(QStringLiteral("no remote changes journaled")));
    QVERIFY(none.outText().contains(journalPath()));

    QCOMPARE(runCli(deployArgs("myapp-abcde"), {}, env()).exitCode, 0);
    QCOMPARE(runCli(deployArgs("sync-pqrst"), {}, env()).exitCode, 0);
    const QJsonArray all = history().value(QStringLiteral("entries")).toArray();
    QCOMPARE(all.size(), 2);
    const QJsonObject newest = all.at(0).toObject();
    QCOMPARE(
        newest.value(QStringLiteral("target")).toObject().value(QStringLiteral("client_app_id")).toString(),
        QStringLiteral("sync-pqrst"));
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(newest.value(QStringLiteral("before")), QJsonValue(QJsonValue::Null));
    QVERIFY(
        !newest.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(newest.value(QStringLiteral("target")).toObject().value(QStringLiteral("admin_api")).toString(),
             m_sandbox.adminApiUrl());

    const QJsonArray mine = history({"--app", "myapp-abcde"}).value(QStringLiteral("entries")).toArray();
    QCOMPARE(mine.size(), 1);
    const QString appId = m_sandbox.admin()->appId(QStringLiteral("myapp-abcde"));
    QCOMPARE(history({"--app", appId}).value(QStringLiteral("entries")).toArray(), mine);
    QVERIFY(
        history({"--okta-domain", "dev-1.okta.com"}).value(QStringLiteral("entries")).toArray().isEmpty());

    const CliRun text = runCli({"history", "--app", "myapp-abcde"}, {}, env());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("ok       myapp-abcde  create provider custom-token (")));
}

void tst_HistoryCommand::killedMidWriteLeavesOutcomeUnknown()
{
    // The POST never gets an answer; the run is killed while it waits.
    m_sandbox.admin()->addFault(
        {AdminSandbox::Fault::Hang, QStringLiteral("POST"), QStringLiteral("/auth_providers"), -1, -1});
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), deployArgs("myapp-abcde"));
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT((m_sandbox.admin()->requestLines().contains(
                                 QStringLiteral("POST /groups/{g}/apps/{a}/auth_providers"))),
                             20000);
    p.kill(); // SIGKILL: no chance to write anything more
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    m_sandbox.admin()->clearFaults();

    const QJsonArray list = history().value(QStringLiteral("entries")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    const CliRun text = runCli({"history"}, {}, env());
    QVERIFY(text.outText().contains(QStringLiteral("unknown  myapp-abcde  create provider custom-token")));
}

void tst_HistoryCommand::concurrentDeploysLeaveWholeEntries()
{
    QProcess a;
    QProcess b;
    for (QProcess *p : {&a, &b})
        p->setProcessEnvironment(env());
    a.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), deployArgs("myapp-abcde"));
    b.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), deployArgs("triggers-fghij"));
    QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning && b.state() == QProcess::NotRunning, 30000);
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const QJsonObject doc = history();
    QVERIFY(doc.value(QStringLiteral("findings")).toArray().isEmpty()); // no line cut or mixed
    const QJsonArray list = doc.value(QStringLiteral("entries")).toArray();
    QCOMPARE(list.size(), 2);
    QSet<QString> apps;
    for (const QJsonValue &v : list) {
        QCOMPARE(v.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        apps.insert(v.toObject()
                        .value(QStringLiteral("target"))
                        .toObject()
                        .value(QStringLiteral("client_app_id"))
                        .toString());
    }
    QCOMPARE(apps, (QSet<QString>{"myapp-abcde", "triggers-fghij"}));
}

void tst_HistoryCommand::unsafeJournalStopsTheDeploy()
{
    QCOMPARE(runCli(deployArgs("myapp-abcde"), {}, env()).exitCode, 0);
    QVERIFY(QFile::setPermissions(journalPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QFile f(journalPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    m_sandbox.admin()->clearRequests();
    const CliRun r = runCli(deployArgs("sync-pqrst"), {}, env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("okta-jwt: journal_permissions: ")), r.err.constData());
    QVERIFY(r.errText().contains(journalPath()));
    for (const QString &line : m_sandbox.admin()->requestLines())
        QVERIFY2(line.startsWith(QLatin1String("GET ")) || line.contains(QLatin1String("/login")),
                 qPrintable(line));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    const CliRun list = runCli({"history"}, {}, env());
    QCOMPARE(list.exitCode, 2);
    QVERIFY(list.errText().contains(journalPath()));
}

void tst_HistoryCommand::usage()
{
    const CliRun both = runCli({"history", "--app", "x", "--okta-domain", "y"}, {}, env());
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.errText().startsWith(QStringLiteral("okta-jwt: usage: ")));
    QCOMPARE(runCli({"history", "extra"}, {}, env()).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_HistoryCommand)
#include "tst_HistoryCommand.moc"
