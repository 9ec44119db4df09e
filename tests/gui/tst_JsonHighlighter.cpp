#include "wizard/JsonHighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// Records which lines were (re)highlighted.
class CountingHighlighter : public JsonHighlighter
{
public:
    using JsonHighlighter::JsonHighlighter;
    QStringList lines;

protected:
    void highlightBlock(const QString &text) override
    {
        lines << text;
        JsonHighlighter::highlightBlock(text);
    }
};

class tst_JsonHighlighter : public QObject
{
    Q_OBJECT

    // The format applied at `column` of line `line`, after highlighting.
    static QTextCharFormat formatAt(const QTextDocument &doc, int line, int column)
    {
        const QTextBlock block = doc.findBlockByNumber(line);
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &r : ranges) {
            if (column >= r.start && column < r.start + r.length)
                return r.format;
        }
        return {};
    }

private slots:
    void tokensGetTheirFormats()
    {
        QTextDocument doc;
        JsonHighlighter highlighter(&doc);
        doc.documentLayout(); // a document shown nowhere gets its layout (and so its formats) on demand
        doc.setPlainText(QStringLiteral("{\n    \"name\": \"custom-token\",\n    \"n\": -1.5e3,\n"
                                        "    \"on\": true, \"off\": false, \"none\": null\n}\n"));
        using T = JsonHighlighter::Token;
        QCOMPARE(formatAt(doc, 0, 0), highlighter.format(T::Punctuation));
        QCOMPARE(formatAt(doc, 1, 4), highlighter.format(T::Key));          // "name"
        QCOMPARE(formatAt(doc, 1, 9), highlighter.format(T::Key));          // its closing quote
        QCOMPARE(formatAt(doc, 1, 10), highlighter.format(T::Punctuation)); // :
        QCOMPARE(formatAt(doc, 1, 12), highlighter.format(T::String));      // "custom-token"
        QCOMPARE(formatAt(doc, 1, 25), highlighter.format(T::String));
        QCOMPARE(formatAt(doc, 2, 9), highlighter.format(T::Number)); // -1.5e3
        QCOMPARE(formatAt(doc, 2, 14), highlighter.format(T::Number));
        QCOMPARE(formatAt(doc, 3, 10), highlighter.format(T::Keyword)); // true
        QCOMPARE(formatAt(doc, 3, 24), highlighter.format(T::Keyword)); // false
        QCOMPARE(formatAt(doc, 3, 39), highlighter.format(T::Keyword)); // null
        QVERIFY(highlighter.format(T::Key) != highlighter.format(T::String));
        QVERIFY(highlighter.format(T::Number) != highlighter.format(T::Keyword));
    }

    void escapedQuotesStayInsideTheString()
    {
        QTextDocument doc;
        JsonHighlighter highlighter(&doc);
        doc.documentLayout(); // a document shown nowhere gets its layout (and so its formats) on demand
        doc.setPlainText(QStringLiteral("\"a\\\"b\": \"x\\\\\", 1"));
        using T = JsonHighlighter::Token;
        QCOMPARE(formatAt(doc, 0, 3), highlighter.format(T::Key)); // the escaped quote is part of the key
        QCOMPARE(formatAt(doc, 0, 5), highlighter.format(T::Key));
        QCOMPARE(formatAt(doc, 0, 6), highlighter.format(T::Punctuation));
        QCOMPARE(formatAt(doc, 0, 12), highlighter.format(T::String)); // "x\\" ends at its real quote
        QCOMPARE(formatAt(doc, 0, 13), highlighter.format(T::Punctuation));
        QCOMPARE(formatAt(doc, 0, 15), highlighter.format(T::Number));
    }

    void brokenInputDoesNotHang()
    {
        QTextDocument doc;
        JsonHighlighter highlighter(&doc);
        // Unterminated strings, a trailing backslash, non-ASCII: every block must still finish.
        doc.documentLayout(); // a document shown nowhere gets its layout (and so its formats) on demand
        doc.setPlainText(QStringLiteral("\"open\n\"end\\\n\"ünïcödé\": \"😀\"\n-\n{{]]::"));
        QCOMPARE(doc.blockCount(), 5);
        QCOMPARE(formatAt(doc, 0, 0), highlighter.format(JsonHighlighter::Token::String));
        QCOMPARE(formatAt(doc, 2, 2), highlighter.format(JsonHighlighter::Token::Key));
    }

    void onlyEditedBlocksAreRehighlighted()
    {
        QTextDocument doc;
        CountingHighlighter highlighter(&doc);
        doc.documentLayout(); // a document shown nowhere gets its layout (and so its formats) on demand
        doc.setPlainText(QStringLiteral("{\n    \"a\": 1,\n    \"b\": 2\n}"));
        QCoreApplication::processEvents(); // the highlighter's own deferred first pass
        QVERIFY(highlighter.lines.contains(QStringLiteral("    \"a\": 1,")));
        highlighter.lines.clear();
        QTextCursor cursor(doc.findBlockByNumber(2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("3"));
        QCOMPARE(highlighter.lines, QStringList({"    \"b\": 23"}));
        QCOMPARE(formatAt(doc, 2, 10), highlighter.format(JsonHighlighter::Token::Number));
    }
};

QTEST_MAIN(tst_JsonHighlighter)
#include "tst_JsonHighlighter.moc"
