#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>

namespace {
bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype stringEnd(const QByteArray &text, qsizetype begin) // begin at the opening quote
{
    for (qsizetype i = begin + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return text.size();
}

QString decodeKey(const QByteArray &raw)
{
    // Let Qt's parser undo the escapes: ["<raw>"].
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + raw + QByteArray("]"));
    return doc.array().at(0).toString();
}

// Walks the value at `begin` once (each byte is visited once, however deep the nesting), recording the
// first duplicate key of any object in *dupAt/*key. Returns one past the value. The text is valid JSON.
qsizetype walkForDuplicates(const QByteArray &text, qsizetype begin, qsizetype *dupAt, QString *key)
{
    const char open = text.at(begin);
    if (open != '{' && open != '[')
        return JsonScanner::valueEnd(text, begin);
    const char close = open == '{' ? '}' : ']';
    QSet<QString> seen;
    qsizetype pos = JsonScanner::skipWhitespace(text, begin + 1);
    while (pos < text.size() && text.at(pos) != close) {
        if (open == '{') {
            const qsizetype keyEnd = stringEnd(text, pos);
            const QString name = decodeKey(text.mid(pos, keyEnd - pos));
            if (seen.contains(name) && *dupAt < 0) {
                *dupAt = pos;
                *key = name;
            }
            seen.insert(name);
            pos = JsonScanner::skipWhitespace(text, JsonScanner::skipWhitespace(text, keyEnd) + 1); // ':'
        }
        pos = JsonScanner::skipWhitespace(text, walkForDuplicates(text, pos, dupAt, key));
        if (*dupAt >= 0)
            return text.size();
        if (pos < text.size() && text.at(pos) == ',')
            pos = JsonScanner::skipWhitespace(text, pos + 1);
    }
    return pos + 1;
}

// Reports the first duplicate key in any object; returns its offset or -1.
qsizetype findDuplicateKey(const QByteArray &text, qsizetype begin, QString *key)
{
    qsizetype dupAt = -1;
    walkForDuplicates(text, begin, &dupAt, key);
    return dupAt;
}
} // namespace

int JsonScanner::bomSize(const QByteArray &text)
{
    return text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

bool JsonScanner::parse(const QByteArray &text, ParseError *error)
{
    const int bom = bomSize(text);
    const QByteArray body = text.mid(bom);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(body);
    if (decoder.hasError()) {
        error->message = QStringLiteral("the file is not valid UTF-8");
        lineColumn(text, bom, &error->line, &error->column);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error->message = pe.errorString();
        lineColumn(text, bom + pe.offset, &error->line, &error->column);
        return false;
    }
    // Qt's parser skips a byte order mark of its own; a second one would put every offset we splice at
    // off by three bytes, so the root object must start right after the (single) mark and whitespace.
    if (doc.isObject() && text.at(rootBegin(text)) != '{') {
        error->message =
            QStringLiteral("unexpected bytes before the top-level object (a second byte order mark?)");
        lineColumn(text, rootBegin(text), &error->line, &error->column);
        return false;
    }
    if (!doc.isObject()) {
        error->message = QStringLiteral("the top level is not a JSON object");
        lineColumn(text, rootBegin(text), &error->line, &error->column);
        return false;
    }
    QString key;
    const qsizetype dup = findDuplicateKey(text, rootBegin(text), &key);
    if (dup >= 0) {
        error->message = QStringLiteral("the key \"%1\" appears twice in the same object").arg(key);
        lineColumn(text, dup, &error->line, &error->column);
        return false;
    }
    return true;
}

qsizetype JsonScanner::skipWhitespace(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size() && isWs(text.at(pos)))
        ++pos;
    return pos;
}

qsizetype JsonScanner::rootBegin(const QByteArray &text)
{
    return skipWhitespace(text, bomSize(text));
}

qsizetype JsonScanner::valueEnd(const QByteArray &text, qsizetype begin)
{
    if (begin >= text.size())
        return begin;
    const char c = text.at(begin);
    if (c == '"')
        return stringEnd(text, begin);
    if (c == '{' || c == '[') {
        int depth = 0;
        for (qsizetype i = begin; i < text.size(); ++i) {
            const char d = text.at(i);
            if (d == '"')
                i = stringEnd(text, i) - 1;
            else if (d == '{' || d == '[')
                ++depth;
            else if ((d == '}' || d == ']') && --depth == 0)
                return i + 1;
        }
        return text.size();
    }
    qsizetype i = begin; // number, true, false, null
    while (i < text.size() && !isWs(text.at(i)) && text.at(i) != ',' && text.at(i) != '}' &&
           text.at(i) != ']')
        ++i;
    return i;
}

QList<JsonScanner::Member> JsonScanner::members(const QByteArray &text, qsizetype objectBegin)
{
    QList<Member> out;
    qsizetype pos = skipWhitespace(text, objectBegin + 1);
    while (pos < text.size() && text.at(pos) == '"') {
        Member m;
        m.keyBegin = pos;
        const qsizetype keyEnd = stringEnd(text, pos);
        m.key = decodeKey(text.mid(pos, keyEnd - pos));
        pos = skipWhitespace(text, keyEnd);
        if (pos >= text.size() || text.at(pos) != ':')
            break;
        m.valueBegin = skipWhitespace(text, pos + 1);
        m.valueEnd = valueEnd(text, m.valueBegin);
        out.append(m);
        pos = skipWhitespace(text, m.valueEnd);
        if (pos < text.size() && text.at(pos) == ',')
            pos = skipWhitespace(text, pos + 1);
    }
    return out;
}

QByteArray JsonScanner::lineIndent(const QByteArray &text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text.at(start - 1) != '\n')
        --start;
    const QByteArray prefix = text.mid(start, pos - start);
    for (const char c : prefix) {
        if (c != ' ' && c != '\t')
            return {};
    }
    return prefix;
}

void JsonScanner::lineColumn(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    *line = 1;
    qsizetype lineStart = 0;
    offset = qBound<qsizetype>(0, offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so editors agree with us on non-ASCII lines.
    *column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
}
