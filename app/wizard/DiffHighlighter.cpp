#include "wizard/DiffHighlighter.h"

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat f;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        f.setFontWeight(QFont::Bold);
        f.setForeground(QColor(0x44, 0x4d, 0x56));
    } else if (text.startsWith(QLatin1String("@@"))) {
        f.setForeground(QColor(0x6f, 0x42, 0xc1));
    } else if (text.startsWith(QLatin1Char('+'))) {
        f.setForeground(QColor(0x11, 0x63, 0x29));
        f.setBackground(QColor(0xe6, 0xff, 0xec));
    } else if (text.startsWith(QLatin1Char('-'))) {
        f.setForeground(QColor(0x82, 0x07, 0x1e));
        f.setBackground(QColor(0xff, 0xeb, 0xe9));
    } else {
        return;
    }
    setFormat(0, int(text.size()), f);
}
