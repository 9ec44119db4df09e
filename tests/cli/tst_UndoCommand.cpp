#include "CliRunner.h"
#include "core/ProviderDiff.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt undo` against the sandbox: every kind of write undone with the remote back as it was, a remote
// changed since refused and then forced, an undo undone, a Secret named but never restored.
class tst_UndoCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void createIsDeletedAndTheUndoUndone();
    void updateIsPatchedBack();
    void disableIsEnabledAgain();
    void changedRemoteIsRefusedThenForced();
    void dryRunSendsNoWrite();
    void undoInADraft();
    void secretIsNamedNotRestored();
    void badEntriesAndCredentials();

private:
    CliRun run(const QStringList &args, bool withKey = true) const;
    CliRun deploy(const QStringList &extra = {}) const;
    QJsonObject remote();
    QJsonArray entries() const;
    QStringList writes();

    Sandbox m_sandbox;
    QTemporaryDir m_state;
};

void tst_UndoCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
}

void tst_UndoCommand::init()
{
    m_sandbox.admin()->store() = AdminSandboxStore(); // a fresh App for every test
    m_sandbox.admin()->clearFaults();
    m_sandbox.admin()->clearRequests();
    QFile::remove(m_state.filePath(QStringLiteral("okta-jwt/journal.jsonl")));
}

CliRun tst_UndoCommand::run(const QStringList &args, bool withKey) const
{
    QProcessEnvironment e = isolatedEnvironment(m_state.filePath(QStringLiteral("run")));
    e.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
    return runCli(args, {}, withKey ? withApiKey(e, m_sandbox.publicKey(), m_sandbox.privateKey()) : e);
}

CliRun tst_UndoCommand::deploy(const QStringList &extra) const
{
    return run(QStringList{"deploy", "--okta-domain", m_sandbox.oktaDomain(), "--claim", "uid", "--admin-api",
                           m_sandbox.adminApiUrl(), "--project-id", m_sandbox.projectId(), "--app",
                           "myapp-abcde", "--timeout", "5"} +
               extra);
}

QJsonObject tst_UndoCommand::remote()
{
    return m_sandbox.admin()->provider(m_sandbox.admin()->appId(QStringLiteral("myapp-abcde")),
                                       QStringLiteral("custom-token"));
}

QJsonArray tst_UndoCommand::entries() const
{
    const CliRun r = run({"history", "--json"}, false);
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
}

QStringList tst_UndoCommand::writes()
{
    return m_sandbox.admin()->writeLines();
}

void tst_UndoCommand::createIsDeletedAndTheUndoUndone()
{
    QCOMPARE(deploy().exitCode, 0);
    const QJsonObject created = remote();
    QVERIFY(!created.isEmpty());
    const CliRun undo = run({"undo"});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QVERIFY(undo.outText().contains(QStringLiteral("undone: DELETE")));
    QVERIFY(remote().isEmpty()); // as before the deploy: no custom-token
    QJsonArray list = entries();
    QCOMPARE(list.size(), 2);
    const QJsonObject undoEntry = list.at(0).toObject();
    QCOMPARE(undoEntry.value(QStringLiteral("action")).toString(), QStringLiteral("delete"));
    QCOMPARE(undoEntry.value(QStringLiteral("undo_of")).toString(),
             list.at(1).toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(undoEntry.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));

    // The undo is itself undone: the provider is back, as it was (under a new `_id`).
    const CliRun redo = run({"undo", undoEntry.value(QStringLiteral("id")).toString()});
    QVERIFY2(redo.exitCode == 0, redo.err.constData());
    QVERIFY(!remote().isEmpty());
    QVERIFY(ProviderDiff::compare(created, remote()).isEmpty());
    QCOMPARE(entries().size(), 3);
}

void tst_UndoCommand::updateIsPatchedBack()
{
    QCOMPARE(deploy().exitCode, 0);
    const QJsonObject before = remote();
    QCOMPARE(deploy({"--audience", "api://orders", "--replace"}).exitCode, 0);
    QVERIFY(remote() != before);
    m_sandbox.admin()->clearRequests();
    const CliRun undo = run({"undo", "--json"});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(undo.out).object();
    QCOMPARE(doc.value(QStringLiteral("undo")).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("patch_back"));
    QCOMPARE(doc.value(QStringLiteral("outcome")).toString(), QStringLiteral("updated"));
    QCOMPARE(doc.value(QStringLiteral("journal_ids")).toArray().size(), 1);
    QCOMPARE(writes(), QStringList{"PATCH /groups/{g}/apps/{a}/auth_providers/{id}"});
    QCOMPARE(remote(), before);
}

void tst_UndoCommand::disableIsEnabledAgain()
{
    QCOMPARE(deploy().exitCode, 0);
    const QJsonObject before = remote();
    QCOMPARE(deploy({"--disabled", "--replace"}).exitCode, 0);
    QVERIFY(remote().value(QStringLiteral("disabled")).toBool());
    QCOMPARE(entries().at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("disable"));
    m_sandbox.admin()->clearRequests();
    const CliRun undo = run({"undo"});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QCOMPARE(writes(), QStringList{"PUT /groups/{g}/apps/{a}/auth_providers/{id}/enable"});
    QCOMPARE(remote(), before);
}

void tst_UndoCommand::changedRemoteIsRefusedThenForced()
{
    QCOMPARE(deploy().exitCode, 0);
    const QJsonObject before = remote();
    QCOMPARE(deploy({"--audience", "api://orders", "--replace"}).exitCode, 0);
    // Someone else changes the provider after our deploy.
    QCOMPARE(deploy({"--audience", "api://someone-else", "--replace"}).exitCode, 0);
    const QJsonObject theirs = remote();
    const QString ours = entries().at(1).toObject().value(QStringLiteral("id")).toString();

    m_sandbox.admin()->clearRequests();
    const CliRun refused = run({"undo", ours});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("okta-jwt: remote_changed: ")),
             refused.err.constData());
    QVERIFY(refused.errText().contains(QStringLiteral("--force")));
    QVERIFY(refused.outText().contains(
        QStringLiteral("config.audience: [\"api://orders\"] → [\"api://someone-else\"]")));
    QVERIFY(writes().isEmpty());
    QCOMPARE(remote(), theirs);

    const CliRun forced = run({"undo", ours, "--force"});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QCOMPARE(remote(), before);
}

void tst_UndoCommand::dryRunSendsNoWrite()
{
    QCOMPARE(deploy().exitCode, 0);
    m_sandbox.admin()->clearRequests();
    const CliRun dry = run({"undo", "--dry-run"});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.outText().contains(QStringLiteral("undo would: DELETE")));
    QVERIFY(writes().isEmpty());
    QVERIFY(!remote().isEmpty());
    QCOMPARE(entries().size(), 1);
}

void tst_UndoCommand::undoInADraft()
{
    QCOMPARE(deploy().exitCode, 0);
    m_sandbox.admin()->clearRequests();
    const CliRun undo = run({"undo", "--draft", "--json"});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QVERIFY(!QJsonDocument::fromJson(undo.out)
                 .object()
                 .value(QStringLiteral("deployment_id"))
                 .toString()
                 .isEmpty());
    QVERIFY(writes().contains(QStringLiteral("POST /groups/{g}/apps/{a}/drafts")));
    QVERIFY(writes().contains(QStringLiteral("DELETE /groups/{g}/apps/{a}/auth_providers/{id}")));
    QVERIFY(remote().isEmpty());
    const QJsonObject entry = entries().at(0).toObject();
    QVERIFY(!entry.value(QStringLiteral("draft_id")).toString().isEmpty());
}

void tst_UndoCommand::secretIsNamedNotRestored()
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("key"));
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray value = "journal-must-never-hold-this-value-0123456789";
    f.write(value);
    f.close();
    const QStringList hs256{"--signing-algorithm", "HS256", "--signing-key", "okta_key=" + keyFile};
    QCOMPARE(deploy(hs256).exitCode, 0);
    QCOMPARE(deploy(hs256 + QStringList{"--replace"}).exitCode, 0); // the Secret is updated
    QFile journal(m_state.filePath(QStringLiteral("okta-jwt/journal.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray text = journal.readAll();
    QVERIFY(!text.contains(value));
    QVERIFY(text.contains("\"value_set\":true"));

    QJsonObject secretEntry;
    for (const QJsonValue &v : entries()) {
        if (v.toObject().value(QStringLiteral("object")).toObject().value(QStringLiteral("type")) ==
                "secret" &&
            v.toObject().value(QStringLiteral("action")) == "update")
            secretEntry = v.toObject();
    }
    QVERIFY(!secretEntry.isEmpty());
    m_sandbox.admin()->clearRequests();
    const CliRun undo = run({"undo", secretEntry.value(QStringLiteral("id")).toString()}, false);
    QCOMPARE(undo.exitCode, 1);
    QVERIFY2(undo.errText().contains(QStringLiteral("okta-jwt: secret_not_restorable: Secret okta_key ")),
             undo.err.constData());
    QVERIFY(m_sandbox.admin()->requestLines().isEmpty()); // decided from the entry alone
}

void tst_UndoCommand::badEntriesAndCredentials()
{
    const CliRun empty = run({"undo"});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.errText().startsWith(QStringLiteral("okta-jwt: no_entry: ")));
    QCOMPARE(deploy().exitCode, 0);
    const CliRun unknown = run({"undo", "no-such-entry"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.errText().contains(QStringLiteral("no-such-entry")));
    QCOMPARE(run({"undo", "a", "b"}).exitCode, 2);
    const CliRun otherApp = run({"undo", "--app", "sync-pqrst"});
    QCOMPARE(otherApp.exitCode, 2);
    QVERIFY(otherApp.errText().contains(QStringLiteral("sync-pqrst")));
    // Only the public key: the private one is looked up in the system keychain, which this run has none of.
    QProcessEnvironment publicOnly = isolatedEnvironment(m_state.filePath(QStringLiteral("run")));
    publicOnly.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
    publicOnly.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), m_sandbox.publicKey());
    const CliRun keychain = runCli({"undo"}, {}, publicOnly);
    QCOMPARE(keychain.exitCode, 2);
    QVERIFY2(keychain.errText().startsWith(QStringLiteral("okta-jwt: credentials_missing: ")),
             keychain.err.constData());
    const CliRun noKey = run({"undo"}, false);
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.errText().startsWith(QStringLiteral("okta-jwt: credentials_missing: ")));
    const CliRun otherApi = run({"undo", "--admin-api", "https://elsewhere.example.com/api/admin/v3.0"});
    QCOMPARE(otherApi.exitCode, 2);
    QVERIFY(otherApi.errText().contains(QStringLiteral("elsewhere.example.com")));
    QVERIFY(!remote().isEmpty()); // none of these sent a write
}

QTEST_GUILESS_MAIN(tst_UndoCommand)
#include "tst_UndoCommand.moc"
