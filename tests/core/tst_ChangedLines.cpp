#include "core/ChangedLines.h"

#include <QTest>

class tst_ChangedLines : public QObject
{
    Q_OBJECT

private slots:
    void between_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        const QStringList abc{"a", "b", "c"};
        QTest::newRow("equal") << abc << abc << 3 << 0 << 0;
        QTest::newRow("both empty") << QStringList() << QStringList() << 0 << 0 << 0;
        QTest::newRow("from empty") << QStringList() << abc << 0 << 0 << 3;
        QTest::newRow("to empty") << abc << QStringList() << 0 << 3 << 0;
        QTest::newRow("middle changed") << abc << QStringList{"a", "X", "c"} << 1 << 1 << 1;
        QTest::newRow("first changed") << abc << QStringList{"X", "b", "c"} << 0 << 1 << 1;
        QTest::newRow("last changed") << abc << QStringList{"a", "b", "X"} << 2 << 1 << 1;
        QTest::newRow("inserted") << abc << QStringList{"a", "b", "N", "M", "c"} << 2 << 0 << 2;
        QTest::newRow("appended") << abc << QStringList{"a", "b", "c", "d"} << 3 << 0 << 1;
        QTest::newRow("deleted") << abc << QStringList{"a", "c"} << 1 << 1 << 0;
        // A repeated line inserted next to its twin: prefix and suffix must not overlap.
        QTest::newRow("repeat inserted")
            << QStringList{"x", "x"} << QStringList{"x", "x", "x"} << 2 << 0 << 1;
        QTest::newRow("two edits") << abc << QStringList{"X", "b", "Y"} << 0 << 3 << 3;
    }

    void between()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        const ChangedLines c = ChangedLines::between(before, after);
        QTEST(int(c.first), "first");
        QTEST(int(c.removed), "removed");
        QTEST(int(c.added), "added");
        // Applying the change to `before` gives `after`.
        QStringList patched = before;
        patched.remove(c.first, c.removed);
        for (qsizetype i = 0; i < c.added; ++i)
            patched.insert(c.first + i, after.at(c.first + i));
        QCOMPARE(patched, after);
        QCOMPARE(c.isEmpty(), before == after);
    }

    void addedLines()
    {
        const ChangedLines c = ChangedLines::between({"a", "b"}, {"a", "N", "M", "b"});
        QCOMPARE(c.addedLines(), (QList<qsizetype>{1, 2}));
        QVERIFY(ChangedLines::between({"a"}, {}).addedLines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ChangedLines)
#include "tst_ChangedLines.moc"
