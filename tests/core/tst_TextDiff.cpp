#include "core/TextDiff.h"

#include <QLatin1Char>
#include <QStringList>
#include <QTest>

class tst_TextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalIsEmpty();
    void oneChangedLine();
    void separateHunks();
    void insertionAtEnd();
    void finalNewlineOnly();
};

void tst_TextDiff::equalIsEmpty()
{
    QVERIFY(TextDiff::unified(QStringLiteral("a\n"), QStringLiteral("a\n"), QStringLiteral("x"),
                              QStringLiteral("y"))
                .isEmpty());
}

void tst_TextDiff::oneChangedLine()
{
    const QString before = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n");
    const QString after = QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n");
    QCOMPARE(TextDiff::unified(before, after, QStringLiteral("a"), QStringLiteral("b")),
             QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
}

void tst_TextDiff::separateHunks()
{
    QStringList lines;
    for (int i = 1; i <= 30; ++i)
        lines << QString::number(i);
    const QString before = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    lines[1] = QStringLiteral("two");
    lines[27] = QStringLiteral("twenty-eight");
    const QString diff = TextDiff::unified(before, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                                           QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(diff.count(QStringLiteral("\n@@ ")), 2);
    QVERIFY(diff.contains(QStringLiteral("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n")));
    QVERIFY(diff.contains(QStringLiteral("@@ -25,6 +25,6 @@\n")));
}

void tst_TextDiff::insertionAtEnd()
{
    const QString diff = TextDiff::unified(QStringLiteral("a\n"), QStringLiteral("a\nb\n"),
                                           QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(diff, QStringLiteral("--- x\n+++ y\n@@ -1,1 +1,2 @@\n a\n+b\n"));
}

void tst_TextDiff::finalNewlineOnly()
{
    const QString diff = TextDiff::unified(QStringLiteral("a"), QStringLiteral("a\n"), QStringLiteral("x"),
                                           QStringLiteral("y"));
    QVERIFY(diff.contains(QStringLiteral("final newline")));
}

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_TextDiff.moc"
