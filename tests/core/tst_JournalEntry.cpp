#include "core/JournalEntry.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

// The journal entry: its begin and end records, what is refused when read back, and that a Secret is
// recorded by name only.
class tst_JournalEntry : public QObject
{
    Q_OBJECT

private:
    static JournalEntry sample()
    {
        JournalEntry e;
        e.id = JournalEntry::newId();
        e.time = QDateTime::currentDateTimeUtc();
        e.adminApi = QStringLiteral("http://127.0.0.1:9/api/admin/v3.0");
        e.projectId = QStringLiteral("g1");
        e.appId = QStringLiteral("a1");
        e.clientAppId = QStringLiteral("myapp-abcde");
        e.action = QStringLiteral("update");
        e.objectType = JournalEntry::providerType();
        e.objectId = QStringLiteral("p1");
        e.objectName = QStringLiteral("custom-token");
        e.before = QJsonObject{{QStringLiteral("disabled"), false}};
        e.after = QJsonObject{{QStringLiteral("disabled"), true}};
        e.undoOf = QStringLiteral("older-1");
        return e;
    }

private slots:
    void beginRecordRoundTrips()
    {
        const JournalEntry e = sample();
        const auto back = JournalEntry::fromBeginRecord(e.beginRecord());
        QVERIFY2(back, qPrintable(back.problem().message));
        QCOMPARE(back->id, e.id);
        QCOMPARE(back->time, e.time);
        QCOMPARE(back->appId, QStringLiteral("a1"));
        QCOMPARE(back->clientAppId, QStringLiteral("myapp-abcde"));
        QCOMPARE(back->before, e.before);
        QCOMPARE(back->after, e.after);
        QCOMPARE(back->undoOf, QStringLiteral("older-1"));
        QCOMPARE(back->outcome, JournalEntry::Outcome::Unknown); // a begin record alone: no answer yet
    }
    void oktaTargetRoundTrips()
    {
        JournalEntry e = sample();
        e.service = JournalEntry::okta();
        e.oktaDomain = QStringLiteral("dev-1.okta.com");
        e.serverId = QStringLiteral("aus1");
        e.objectType = QStringLiteral("claim");
        const auto back = JournalEntry::fromBeginRecord(e.beginRecord());
        QVERIFY2(back, qPrintable(back.problem().message));
        QCOMPARE(back->serverId, QStringLiteral("aus1"));
        QVERIFY(back->policyId.isEmpty()); // an entry written before policy ids were recorded still reads
        e.policyId = QStringLiteral("pol1");
        QCOMPARE(
            e.beginRecord().value(QStringLiteral("target")).toObject().value(QStringLiteral("policy_id")),
            QStringLiteral("pol1"));
        QCOMPARE(JournalEntry::fromBeginRecord(e.beginRecord())->policyId, QStringLiteral("pol1"));
        QVERIFY(back->matches({}, QStringLiteral("https://DEV-1.okta.com")));
        QVERIFY(!sample().matches({}, QStringLiteral("dev-1.okta.com")));
    }
    void endRecordsApplyInOrder()
    {
        JournalEntry e = sample();
        JournalEntry done = e;
        done.outcome = JournalEntry::Outcome::Failed;
        done.error = QStringLiteral("http_error: nope");
        QVERIFY(e.applyEndRecord(done.endRecord()));
        QCOMPARE(e.outcome, JournalEntry::Outcome::Failed);
        QCOMPARE(e.error, QStringLiteral("http_error: nope"));
        done.outcome = JournalEntry::Outcome::Ok;
        done.error.clear();
        done.objectId = QStringLiteral("p2");
        QVERIFY(e.applyEndRecord(done.endRecord()));
        QCOMPARE(e.outcome, JournalEntry::Outcome::Ok);
        QVERIFY(e.error.isEmpty());
        QCOMPARE(e.objectId, QStringLiteral("p2"));
        QJsonObject bad = done.endRecord();
        bad.insert(QStringLiteral("outcome"), QStringLiteral("maybe"));
        const auto applied = e.applyEndRecord(bad);
        QVERIFY(!applied);
        QVERIFY(applied.problem().message.contains(QStringLiteral("outcome")));
        QCOMPARE(e.outcome, JournalEntry::Outcome::Ok);
    }
    void malformedBeginRecordsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("id with a slash") << "id" << QJsonValue(QStringLiteral("../x"));
        QTest::newRow("time garbage") << "time" << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("service unknown") << "service" << QJsonValue(QStringLiteral("ftp"));
        QTest::newRow("target empty") << "target" << QJsonValue(QJsonObject());
        QTest::newRow("action number") << "action" << QJsonValue(3);
        QTest::newRow("before missing") << "before" << QJsonValue(QJsonValue::Undefined);
    }
    void malformedBeginRecordsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject record = sample().beginRecord();
        if (value.isUndefined())
            record.remove(key);
        else
            record.insert(key, value);
        const auto entry = JournalEntry::fromBeginRecord(record);
        QVERIFY(!entry);
        QCOMPARE(entry.problem().code, QStringLiteral("journal_record_invalid"));
        QVERIFY(!entry.problem().message.isEmpty());
    }
    void secretStateHasNoValue()
    {
        const QJsonObject s =
            JournalEntry::secretState(QStringLiteral("okta_key"), QStringLiteral("s1"), true);
        QCOMPARE(s, (QJsonObject{{QStringLiteral("name"), QStringLiteral("okta_key")},
                                 {QStringLiteral("_id"), QStringLiteral("s1")},
                                 {QStringLiteral("value_set"), true}}));
        QVERIFY(
            !JournalEntry::secretState(QStringLiteral("k"), {}, false).contains(QStringLiteral("value_set")));
    }
    void idsAreUniqueAndOrdered()
    {
        QSet<QString> ids;
        QString previous;
        for (int i = 0; i < 200; ++i) {
            const QString id = JournalEntry::newId();
            QVERIFY(!ids.contains(id));
            QVERIFY(id.left(18) >= previous.left(18)); // the time part never goes back
            ids.insert(id);
            previous = id;
        }
    }
    void matchesAppByIdOrClientAppId()
    {
        const JournalEntry e = sample();
        QVERIFY(e.matches({}, {}));
        QVERIFY(e.matches(QStringLiteral("a1"), {}));
        QVERIFY(e.matches(QStringLiteral("myapp-abcde"), {}));
        QVERIFY(!e.matches(QStringLiteral("other-xyz"), {}));
    }
    void jsonViewShowsOutcome()
    {
        JournalEntry e = sample();
        const QJsonObject o = e.toJson();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
        QVERIFY(!o.contains(QStringLiteral("record")));
        QCOMPARE(
            o.value(QStringLiteral("target")).toObject().value(QStringLiteral("client_app_id")).toString(),
            QStringLiteral("myapp-abcde"));
    }
    void endSaysWhatTheServiceAnswered()
    {
        JournalEntry e;
        e.end({}, false);
        QCOMPARE(e.outcome, JournalEntry::Outcome::Ok);
        QVERIFY(e.error.isEmpty());
        QVERIFY(e.completedAt.isValid());
        e.end(Problem(QStringLiteral("okta_validation_failed"), QStringLiteral("bad body")), true);
        QCOMPARE(e.outcome, JournalEntry::Outcome::Failed);
        QCOMPARE(e.error, QStringLiteral("okta_validation_failed: bad body"));
        e.end(Problem(QStringLiteral("timeout"), QStringLiteral("no reply")), false); // may have been applied
        QCOMPARE(e.outcome, JournalEntry::Outcome::Unknown);
        QCOMPARE(e.error, QStringLiteral("timeout: no reply"));
    }
};

QTEST_GUILESS_MAIN(tst_JournalEntry)
#include "tst_JournalEntry.moc"
