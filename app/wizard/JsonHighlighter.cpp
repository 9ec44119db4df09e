#include "wizard/JsonHighlighter.h"

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const QColor colors[] = {QColor(0x0b, 0x5c, 0xad), QColor(0x1a, 0x7f, 0x37), QColor(0xb3, 0x59, 0x00),
                             QColor(0x82, 0x50, 0xdf), QColor(0x6e, 0x77, 0x81)};
    for (int i = 0; i < 5; ++i)
        m_formats[i].setForeground(colors[i]);
    m_formats[int(Token::Key)].setFontWeight(QFont::DemiBold);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A hand-written scanner: a regular expression per token costs several times more per line.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, n);
            qsizetype next = end;
            while (next < n && text.at(next) == QLatin1Char(' '))
                ++next;
            const bool key = next < n && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), m_formats[int(key ? Token::Key : Token::String)]);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.') ||
                               text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_formats[int(Token::Number)]);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_formats[int(Token::Keyword)]);
            i = end;
        } else {
            if (!c.isSpace())
                setFormat(int(i), 1, m_formats[int(Token::Punctuation)]);
            ++i;
        }
    }
}
