#include "wizard/FindingLabel.h"

#include "wizard/PngIcon.h"

#include <QLabel>

namespace {
QString iconFor(FindingLabel::Kind kind)
{
    switch (kind) {
    case FindingLabel::Kind::Success:
        return PngIcon::path(QStringLiteral("ok"), 0);
    case FindingLabel::Kind::Info:
        return PngIcon::path(QStringLiteral("info"), 0);
    case FindingLabel::Kind::Warning:
        return PngIcon::path(QStringLiteral("warning"), 0);
    case FindingLabel::Kind::Error:
        break;
    }
    return PngIcon::path(QStringLiteral("error"), 0);
}
} // namespace

FindingLabel::FindingLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
}

QString FindingLabel::styleFor(Kind kind)
{
    // Foreground, background, accent: readable on light themes, tinted rather than loud.
    const char *colors[][3] = {{"#1e5e2f", "#e9f6ec", "#2e8540"},
                               {"#1f3f66", "#e8f0fb", "#2f6fbf"},
                               {"#6b4500", "#fdf4e1", "#c98a00"},
                               {"#8c1d18", "#fcebea", "#c62828"}};
    const auto &c = colors[int(kind)];
    return QStringLiteral("QLabel { color: %1; background: %2; border-left: 3px solid %3; "
                          "border-radius: 3px; padding: 4px 8px; }")
        .arg(QLatin1String(c[0]), QLatin1String(c[1]), QLatin1String(c[2]));
}

void FindingLabel::showMessage(Kind kind, const QString &text)
{
    m_codes.clear();
    apply(kind, text, Layout::HangingIcon);
}

void FindingLabel::showStatus(Kind kind, const QString &text)
{
    m_codes.clear();
    apply(kind, text, Layout::InlineIcon);
}

void FindingLabel::apply(Kind kind, const QString &text, Layout layout)
{
    // Restyling a label is costly (a style sheet re-polish): only a new kind restyles it, and nothing is
    // done when nothing changed.
    if (m_layout == layout && m_kind == kind && m_text == text)
        return;
    m_layout = layout;
    m_kind = kind;
    m_text = text;
    if (text.isEmpty()) {
        clear();
        setVisible(false);
        return;
    }
    if (m_styledAs != kind) {
        setStyleSheet(styleFor(kind));
        m_styledAs = kind;
    }
    if (textFormat() != Qt::RichText)
        setTextFormat(Qt::RichText);
    if (!wordWrap())
        setWordWrap(true);
    const QString icon =
        QStringLiteral("<img src=\"%1\" width=\"14\" height=\"14\"%2>&nbsp;").arg(iconFor(kind));
    // The table keeps wrapped lines clear of the icon; laying it out costs more than the rest of the label,
    // so a one-line status goes without, its icon centred on the line instead.
    if (layout == Layout::HangingIcon)
        setText(QStringLiteral("<table><tr><td valign=\"top\">%1</td><td>%2</td></tr></table>")
                    .arg(icon.arg(QString()), text));
    else
        setText(icon.arg(QStringLiteral(" style=\"vertical-align: middle\"")) + text);
    setVisible(true);
}

void FindingLabel::showFindings(const Findings &findings, QWidget *field)
{
    QStringList html, plain, codes;
    for (const bool errors : {true, false}) {
        for (const Finding &f : findings) {
            if (f.isError() != errors)
                continue;
            QString line = f.message.toHtmlEscaped();
            if (!f.hint.isEmpty())
                line += QStringLiteral(" <span style=\"color:#555\">%1</span>").arg(f.hint.toHtmlEscaped());
            html << line;
            plain << f.message;
            codes << f.code;
        }
    }
    if (field)
        field->setAccessibleDescription(plain.join(QLatin1Char(' ')));
    apply(hasErrors(findings) ? Kind::Error : Kind::Warning, html.join(QStringLiteral("<br>")),
          Layout::HangingIcon);
    m_codes = codes;
}
