#pragma once

#include <QSyntaxHighlighter>

/// Colours a unified diff: file headers, hunk headers, added and removed lines.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};
