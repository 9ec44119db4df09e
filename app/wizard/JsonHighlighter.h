#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/// Colours JSON line by line: member names, strings, numbers, true/false/null and punctuation.
/// providers.json never has a string spanning lines, so no state is carried between blocks.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token
    {
        Key,
        String,
        Number,
        Keyword,
        Punctuation
    };

    explicit JsonHighlighter(QTextDocument *document);

    QTextCharFormat format(Token token) const { return m_formats[int(token)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
};
