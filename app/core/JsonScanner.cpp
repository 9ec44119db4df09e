#include "core/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

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
    // Most keys have no escapes: the bytes between the quotes are the key (the text is valid UTF-8).
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    // Let Qt's parser undo the escapes: ["<raw>"].
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + raw + QByteArray("]"));
    return doc.array().at(0).toString();
}

QString decodeKeyAt(const QByteArray &text, qsizetype keyBegin, qsizetype keyEnd)
{
    return decodeKey(text.mid(keyBegin, keyEnd - keyBegin));
}

// One pass over the value at `pos` (valid JSON): returns its end; on the first duplicate key in any object
// sets *dup to the key's offset and *key to it. Keys without escapes are compared as raw bytes, pairwise
// while an object is small and through a set of decoded keys once it is large.
qsizetype scanForDuplicates(const QByteArray &text, qsizetype pos, qsizetype *dup, QString *key)
{
    constexpr qsizetype kSmall = 16;
    const qsizetype n = text.size();
    if (pos >= n || (text.at(pos) != '{' && text.at(pos) != '['))
        return JsonScanner::valueEnd(text, pos);
    const bool object = text.at(pos) == '{';
    const char close = object ? '}' : ']';
    QVarLengthArray<QByteArrayView, kSmall> raws; // between the quotes
    QSet<QString> decoded;                        // used once the object has more than kSmall keys
    pos = JsonScanner::skipWhitespace(text, pos + 1);
    while (pos < n && text.at(pos) != close) {
        if (object) {
            const qsizetype keyBegin = pos;
            const qsizetype keyEnd = stringEnd(text, pos);
            const QByteArrayView raw(text.constData() + keyBegin + 1, keyEnd - keyBegin - 2);
            bool duplicate = false;
            if (raws.size() < kSmall) {
                for (const QByteArrayView earlier : raws) {
                    const bool plain = !earlier.contains('\\') && !raw.contains('\\');
                    if (plain ? earlier == raw
                              : decodeKey('"' + earlier.toByteArray() + '"') ==
                                    decodeKeyAt(text, keyBegin, keyEnd)) {
                        duplicate = true;
                        break;
                    }
                }
                raws.append(raw);
                if (raws.size() == kSmall && !duplicate) {
                    for (const QByteArrayView r : raws)
                        decoded.insert(decodeKey('"' + r.toByteArray() + '"'));
                }
            } else {
                const QString k = decodeKeyAt(text, keyBegin, keyEnd);
                duplicate = decoded.contains(k);
                decoded.insert(k);
            }
            if (duplicate) {
                *key = decodeKeyAt(text, keyBegin, keyEnd);
                *dup = keyBegin;
                return n;
            }
            pos = JsonScanner::skipWhitespace(text, keyEnd);
            if (pos >= n || text.at(pos) != ':')
                return n;
            pos = JsonScanner::skipWhitespace(text, pos + 1);
        }
        pos = scanForDuplicates(text, pos, dup, key);
        if (*dup >= 0)
            return n;
        pos = JsonScanner::skipWhitespace(text, pos);
        if (pos < n && text.at(pos) == ',')
            pos = JsonScanner::skipWhitespace(text, pos + 1);
    }
    return pos < n ? pos + 1 : n;
}

// Reports the first duplicate key in any object; returns its offset or -1.
qsizetype findDuplicateKey(const QByteArray &text, qsizetype begin, QString *key)
{
    qsizetype dup = -1;
    scanForDuplicates(text, begin, &dup, key);
    return dup;
}
} // namespace

int JsonScanner::bomSize(const QByteArray &text)
{
    return text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

bool JsonScanner::parse(const QByteArray &text, ParseError *error, QJsonObject *root)
{
    const int bom = bomSize(text);
    const QByteArray body = text.mid(bom);
    if (!QByteArrayView(body).isValidUtf8()) {
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
    if (root)
        *root = doc.object();
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
