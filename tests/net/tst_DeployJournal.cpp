#include "AdminBench.h"
#include "core/JournalFile.h"
#include "core/ProvidersWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Fault = AdminSandbox::Fault;

// Every write of a deploy is journaled before it is sent and completed after its answer: what each outcome
// becomes (done, refused by the server, unknown), that a Secret's value never reaches the journal, and that
// nothing is sent when the journal cannot take the entry.
class tst_DeployJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_runs = 0;

    QString freshJournal() { return m_dir.filePath(QStringLiteral("run%1/journal.jsonl").arg(++m_runs)); }
    static QList<JournalEntry> entries(const QString &path)
    {
        const auto r = JournalFile(path).read();
        return r ? r->history.entries : QList<JournalEntry>();
    }
    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void secretAndCreateAreJournaledInOrder()
    {
        AdminBench b;
        Deployer d(&b.client);
        const QString path = freshJournal();
        d.journal().setPath(path);
        Deployer::Request request = b.request(AdminBench::manualKeys());
        request.secretValues.insert(QStringLiteral("okta_signing_key"),
                                    QStringLiteral("s3cr3t-value-never-kept"));
        const DeployResult r = b.deploy(d, request);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        const QList<JournalEntry> list = entries(path);
        QCOMPARE(list.size(), 2);
        QCOMPARE(r.journalIds, (QStringList{list.at(0).id, list.at(1).id}));
        const JournalEntry &secret = list.at(0);
        QCOMPARE(secret.objectType, JournalEntry::secretType());
        QCOMPARE(secret.action, QStringLiteral("create"));
        QCOMPARE(secret.objectName, QStringLiteral("okta_signing_key"));
        QVERIFY(secret.before.isNull());
        QCOMPARE(secret.after.toObject().value(QStringLiteral("value_set")), QJsonValue(true));
        QCOMPARE(secret.outcome, JournalEntry::Outcome::Ok);
        QVERIFY(!secret.objectId.isEmpty()); // the created Secret's `_id`, from the reply
        const JournalEntry &provider = list.at(1);
        QCOMPARE(provider.action, QStringLiteral("create"));
        QCOMPARE(provider.objectId, r.providerId);
        QCOMPARE(provider.appId, b.myApp());
        QCOMPARE(provider.clientAppId, QStringLiteral("myapp-abcde"));
        QCOMPARE(provider.adminApi, b.sandbox.baseUrl());
        QCOMPARE(provider.after.toObject(), request.provider);
        QVERIFY(!bytes(path).contains("s3cr3t-value-never-kept"));
    }
    void updateRecordsTheServersBeforeState()
    {
        AdminBench b;
        Deployer d(&b.client);
        const QString path = freshJournal();
        d.journal().setPath(path);
        QVERIFY(b.deploy(d, b.request(AdminBench::okta())).ok());
        const QJsonObject before = b.sandbox.provider(b.myApp(), QStringLiteral("custom-token"));
        Deployer::Request request = b.request(AdminBench::withAudience(QStringLiteral("api://x")));
        request.replace = true;
        QVERIFY(b.deploy(d, request).ok());
        const JournalEntry update = entries(path).last();
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.before.toObject(), before); // as GET returned it, `_id` included
        QCOMPARE(update.outcome, JournalEntry::Outcome::Ok);
    }
    void refusedWriteIsFailedAndLostAnswerUnknown()
    {
        AdminBench b;
        Deployer d(&b.client);
        const QString path = freshJournal();
        d.journal().setPath(path);
        Deployer::Request bad = b.request(AdminBench::okta());
        bad.provider.insert(QStringLiteral("config"), QStringLiteral("not an object")); // the server says 400
        const DeployResult refused = b.deploy(d, bad);
        QCOMPARE(refused.outcome, DeployResult::Outcome::Failed);
        QCOMPARE(refused.error.httpStatus, 400);
        QCOMPARE(entries(path).last().outcome, JournalEntry::Outcome::Failed);
        QVERIFY(entries(path).last().error.startsWith(refused.error.code + QStringLiteral(": ")));

        b.sandbox.addFault({Fault::Reset, "POST", "/auth_providers", 1}); // the answer never arrives
        QCOMPARE(b.deploy(d, b.request(AdminBench::okta())).outcome, DeployResult::Outcome::Failed);
        QCOMPARE(entries(path).last().outcome, JournalEntry::Outcome::Unknown);
        QVERIFY(entries(path).last().error.startsWith(QStringLiteral("network_error")));
    }
    void cancelMidWriteIsUnknown()
    {
        AdminBench b;
        Deployer d(&b.client);
        const QString path = freshJournal();
        d.journal().setPath(path);
        b.sandbox.addFault({Fault::Hang, "POST", "/auth_providers", 1});
        connect(&b.sandbox, &AdminSandbox::requestHandled, &d, [&d](const QString &method, const QString &p) {
            if (method == QLatin1String("POST") && p.endsWith(QLatin1String("/auth_providers")))
                d.cancel();
        });
        QCOMPARE(b.deploy(d, b.request(AdminBench::okta())).outcome, DeployResult::Outcome::Cancelled);
        QCOMPARE(entries(path).size(), 1);
        QCOMPARE(entries(path).first().outcome, JournalEntry::Outcome::Unknown);
    }
    void unusableJournalSendsNothing()
    {
        AdminBench b;
        Deployer d(&b.client);
        const QString path = freshJournal();
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be
        d.journal().setPath(path);
        const DeployResult r = b.deploy(d, b.request(AdminBench::okta()));
        QCOMPARE(r.outcome, DeployResult::Outcome::Failed);
        QCOMPARE(r.error.code, QStringLiteral("journal_not_a_file"));
        QVERIFY(r.error.message.contains(path));
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(!b.sandbox.requestLines().contains(AdminLines::kPost));
        QVERIFY(r.journalIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeployJournal)
#include "tst_DeployJournal.moc"
