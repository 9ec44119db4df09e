#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/// Finds where things are in JSON text, byte for byte, so a merge can splice without reformatting.
/// It trusts the text to be valid JSON (check with JsonScanner::parse first).
class JsonScanner
{
public:
    struct Member
    {
        QString key;
        qsizetype keyBegin = 0;   // the key's opening quote
        qsizetype valueBegin = 0; // first byte of the value
        qsizetype valueEnd = 0;   // one past the value's last byte
    };
    struct ParseError
    {
        QString message;
        int line = 0; // 1-based
        int column = 0;
    };

    /// Strict parse check: valid UTF-8 JSON whose root is an object, no duplicate keys at any level.
    /// `bomSize` skips a leading UTF-8 byte order mark. `root`, when given, receives the parsed object.
    static bool parse(const QByteArray &text, ParseError *error, QJsonObject *root = nullptr);
    static int bomSize(const QByteArray &text);

    /// The members of the object whose '{' is at `objectBegin`, in file order.
    static QList<Member> members(const QByteArray &text, qsizetype objectBegin);
    /// Offset of the first root object's '{' (after a BOM and whitespace).
    static qsizetype rootBegin(const QByteArray &text);
    /// One past the end of the value starting at `begin`.
    static qsizetype valueEnd(const QByteArray &text, qsizetype begin);
    static qsizetype skipWhitespace(const QByteArray &text, qsizetype pos);
    /// The whitespace between the start of the line holding `pos` and `pos`, if only whitespace.
    static QByteArray lineIndent(const QByteArray &text, qsizetype pos);
    static void lineColumn(const QByteArray &text, qsizetype offset, int *line, int *column);
};
