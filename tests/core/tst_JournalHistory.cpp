#include "core/JournalHistory.h"

#include <QJsonDocument>
#include <QTest>

// Reading the journal back: end records complete their entries, lines that cannot be used are skipped with
// their line number, newest first, and ids found by a unique prefix.
class tst_JournalHistory : public QObject
{
    Q_OBJECT

private:
    static JournalEntry entry(const QString &id, const QString &app, qint64 msecs)
    {
        JournalEntry e;
        e.id = id;
        e.time = QDateTime::fromMSecsSinceEpoch(1700000000000 + msecs, Qt::UTC);
        e.adminApi = QStringLiteral("http://127.0.0.1:9/api/admin/v3.0");
        e.projectId = QStringLiteral("g1");
        e.appId = app;
        e.action = QStringLiteral("create");
        e.objectType = JournalEntry::providerType();
        e.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("custom-token")}};
        return e;
    }
    static QByteArray line(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }

private slots:
    void endRecordsCompleteTheirEntries()
    {
        JournalEntry a = entry(QStringLiteral("a-1"), QStringLiteral("app1"), 0);
        JournalEntry b = entry(QStringLiteral("b-2"), QStringLiteral("app2"), 10);
        QByteArray text = line(a.beginRecord()) + line(b.beginRecord());
        a.outcome = JournalEntry::Outcome::Ok;
        a.objectId = QStringLiteral("p9");
        text += line(a.endRecord());
        const JournalHistory h = JournalHistory::parse(text);
        QCOMPARE(h.entries.size(), 2);
        QVERIFY(h.skipped.isEmpty());
        QVERIFY(!h.truncated);
        QCOMPARE(h.entries.at(0).outcome, JournalEntry::Outcome::Ok);
        QCOMPARE(h.entries.at(0).objectId, QStringLiteral("p9"));
        QCOMPARE(h.entries.at(1).outcome, JournalEntry::Outcome::Unknown); // the crash case: no end record
    }
    void badLinesAreSkippedWithTheirNumber()
    {
        const JournalEntry a = entry(QStringLiteral("a-1"), QStringLiteral("app1"), 0);
        JournalEntry stray = entry(QStringLiteral("zz-9"), QStringLiteral("app1"), 5);
        stray.outcome = JournalEntry::Outcome::Ok;
        QJsonObject future = a.beginRecord();
        future.insert(QStringLiteral("v"), 99);
        const QByteArray text = line(a.beginRecord()) + "not json at all\n" + "[1,2]\n" + "\n" +
                                line(stray.endRecord()) + line(future) + line(a.beginRecord()) +
                                "{\"v\":1,\"record\":\"begin\",\"id\":\"cut";
        const JournalHistory h = JournalHistory::parse(text);
        QCOMPARE(h.entries.size(), 1);
        QVERIFY(h.truncated);
        QList<int> lines;
        for (const JournalHistory::Skipped &s : h.skipped)
            lines << s.line;
        QCOMPARE(lines, (QList<int>{2, 3, 5, 6, 7, 8}));
        QVERIFY(h.skipped.at(2).reason.contains(QStringLiteral("zz-9")));
        QVERIFY(h.skipped.at(4).reason.contains(QStringLiteral("a-1"))); // the duplicate id
        QVERIFY(h.skipped.at(5).reason.contains(QStringLiteral("cut short")));
    }
    void binaryGarbageNeverCrashes()
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) % 256));
        const JournalHistory h = JournalHistory::parse(junk);
        QVERIFY(h.entries.isEmpty());
        QVERIFY(!h.skipped.isEmpty());
    }
    void newestFirstAndFiltered()
    {
        const QByteArray text = line(entry(QStringLiteral("a-1"), QStringLiteral("app1"), 0).beginRecord()) +
                                line(entry(QStringLiteral("b-2"), QStringLiteral("app2"), 10).beginRecord()) +
                                line(entry(QStringLiteral("c-3"), QStringLiteral("app1"), 10).beginRecord()) +
                                line(entry(QStringLiteral("d-4"), QStringLiteral("app1"), 20).beginRecord());
        const JournalHistory h = JournalHistory::parse(text);
        QStringList ids;
        for (const JournalEntry &e : h.newestFirst())
            ids << e.id;
        // Same millisecond: the later line is the newer write.
        QCOMPARE(ids, (QStringList{"d-4", "c-3", "b-2", "a-1"}));
        ids.clear();
        for (const JournalEntry &e : h.newestFirst(QStringLiteral("app1")))
            ids << e.id;
        QCOMPARE(ids, (QStringList{"d-4", "c-3", "a-1"}));
        QVERIFY(h.newestFirst({}, QStringLiteral("dev-1.okta.com")).isEmpty());
    }
    void findByPrefix()
    {
        const QByteArray text =
            line(entry(QStringLiteral("abc-1"), QStringLiteral("app1"), 0).beginRecord()) +
            line(entry(QStringLiteral("abd-2"), QStringLiteral("app1"), 1).beginRecord());
        const JournalHistory h = JournalHistory::parse(text);
        QCOMPARE(h.find(QStringLiteral("abd"))->id, QStringLiteral("abd-2"));
        QCOMPARE(h.find(QStringLiteral("abc-1"))->id, QStringLiteral("abc-1"));
        const auto ambiguous = h.find(QStringLiteral("ab"));
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.problem().message.contains(QStringLiteral("2")));
        const auto missing = h.find(QStringLiteral("zzz"));
        QVERIFY(!missing);
        QCOMPARE(missing.problem().code, QStringLiteral("no_entry"));
        QVERIFY(missing.problem().message.contains(QStringLiteral("zzz")));
        QVERIFY(!h.find(QString()));
    }
};

QTEST_GUILESS_MAIN(tst_JournalHistory)
#include "tst_JournalHistory.moc"
