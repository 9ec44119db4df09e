#include "core/JsonScanner.h"

#include <QTest>

class tst_JsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void membersAndSpans();
    void stringsWithBracketsAndEscapes();
    void parseErrors_data();
    void parseErrors();
    void manyDistinctKeysParse();
    void bom();
    void lineIndent();
    void lineColumnCountsCharacters();
};

void tst_JsonScanner::membersAndSpans()
{
    const QByteArray text = "{\n  \"a\": 1,\n  \"b\" : {\"x\": [1, 2]},\n  \"c\": \"s\"\n}\n";
    const auto m = JsonScanner::members(text, 0);
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.at(0).key, QStringLiteral("a"));
    QCOMPARE(text.mid(m.at(0).valueBegin, m.at(0).valueEnd - m.at(0).valueBegin), QByteArray("1"));
    QCOMPARE(text.mid(m.at(1).keyBegin, 3), QByteArray("\"b\""));
    QCOMPARE(text.mid(m.at(1).valueBegin, m.at(1).valueEnd - m.at(1).valueBegin),
             QByteArray("{\"x\": [1, 2]}"));
    QCOMPARE(text.mid(m.at(2).valueBegin, m.at(2).valueEnd - m.at(2).valueBegin), QByteArray("\"s\""));
}

void tst_JsonScanner::stringsWithBracketsAndEscapes()
{
    const QByteArray text = "{\"k\\\"ey\": \"}]\\\\\", \"n\": {\"s\": \"{\\\"\"}}";
    const auto m = JsonScanner::members(text, 0);
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.at(0).key, QStringLiteral("k\"ey"));
    QCOMPARE(text.mid(m.at(0).valueBegin, m.at(0).valueEnd - m.at(0).valueBegin), QByteArray("\"}]\\\\\""));
    QCOMPARE(m.at(1).key, QStringLiteral("n"));
    QCOMPARE(m.at(1).valueEnd, text.size() - 1);
}

void tst_JsonScanner::parseErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("not object") << QByteArray("[1]") << 1;
    QTest::newRow("duplicate nested") << QByteArray("{\"a\": {\n\"x\": 1,\n\"x\": 2}}") << 3;
    QTest::newRow("duplicate in array") << QByteArray("{\"a\": [{\"x\": 1, \"x\": 1}]}") << 1;
    QTest::newRow("bad utf8") << QByteArray("{\"a\": \"\xc3\x28\"}") << 1;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,\n}") << 2;
    QTest::newRow("empty") << QByteArray("") << 1;
    // Past 16 keys the scan switches from pairwise raw comparison to a set of decoded keys.
    const auto manyKeys = [](int count) {
        QByteArray text("{");
        for (int i = 0; i < count; ++i)
            text += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",\n";
        return text;
    };
    QTest::newRow("duplicate after 16 keys") << QByteArray(manyKeys(20) + "\"k3\": 0}") << 21;
    QTest::newRow("duplicate on the 17th key") << QByteArray(manyKeys(16) + "\"k0\": 0}") << 17;
    QTest::newRow("escaped duplicate among few") << QByteArray("{\"a\": 1, \"\\u0061\": 2}") << 1;
    QTest::newRow("escaped duplicate after 16 keys")
        << QByteArray(manyKeys(17) + "\"a\": 1,\n\"\\u0061\": 2}") << 19;
}

void tst_JsonScanner::manyDistinctKeysParse()
{
    QByteArray text("{");
    for (int i = 0; i < 40; ++i)
        text += "\"k" + QByteArray::number(i) + "\": {\"k" + QByteArray::number(i) + "\": 1},\n";
    text += "\"\\u006b\": 1}"; // "k", escaped: distinct from every kN
    JsonScanner::ParseError e;
    QVERIFY2(JsonScanner::parse(text, &e), qPrintable(e.message));
}

void tst_JsonScanner::parseErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    JsonScanner::ParseError e;
    QVERIFY(!JsonScanner::parse(text, &e));
    QCOMPARE(e.line, line);
    QVERIFY(!e.message.isEmpty());
}

void tst_JsonScanner::bom()
{
    const QByteArray text = "\xef\xbb\xbf{\"a\": 1}";
    JsonScanner::ParseError e;
    QVERIFY(JsonScanner::parse(text, &e));
    QCOMPARE(JsonScanner::rootBegin(text), 3);
    QCOMPARE(JsonScanner::members(text, 3).size(), 1);
}

void tst_JsonScanner::lineIndent()
{
    const QByteArray text = "{\n\t\t\"a\": 1, \"b\": 2}";
    const auto m = JsonScanner::members(text, 0);
    QCOMPARE(JsonScanner::lineIndent(text, m.at(0).keyBegin), QByteArray("\t\t"));
    QCOMPARE(JsonScanner::lineIndent(text, m.at(1).keyBegin), QByteArray()); // not alone on its line
}

void tst_JsonScanner::lineColumnCountsCharacters()
{
    const QByteArray text = "{\n  \"ä\": x}";
    int line = 0, column = 0;
    JsonScanner::lineColumn(text, text.indexOf('x'), &line, &column);
    QCOMPARE(line, 2);
    QCOMPARE(column, 8); // 2 spaces, 3 characters of "ä", ':' and a space before x
}

QTEST_GUILESS_MAIN(tst_JsonScanner)
#include "tst_JsonScanner.moc"
