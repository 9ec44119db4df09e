#include "FindingLabel.h"

#include "PngIcon.h"

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

QString FindingLabel::styleSheet(Kind kind)
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

void FindingLabel::showMessage(QLabel *label, Kind kind, const QString &text)
{
    apply(label, kind, text, Layout::HangingIcon);
}

void FindingLabel::showStatus(QLabel *label, Kind kind, const QString &text)
{
    apply(label, kind, text, Layout::InlineIcon);
}

void FindingLabel::apply(QLabel *label, Kind kind, const QString &text, Layout layout)
{
    // Restyling a label is costly (a style sheet re-polish): only a new kind restyles it, and nothing is
    // done when nothing changed.
    if (label->property("messageKind") == int(kind) && label->property("messageLayout") == int(layout) &&
        label->property("messageText") == text)
        return;
    label->setProperty("messageLayout", int(layout));
    label->setProperty("messageKind", int(kind));
    label->setProperty("messageText", text);
    if (text.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    if (label->property("messageStyle") != int(kind)) {
        label->setStyleSheet(styleSheet(kind));
        label->setProperty("messageStyle", int(kind));
    }
    const QString icon =
        QStringLiteral("<img src=\"%1\" width=\"14\" height=\"14\"%2>&nbsp;").arg(iconFor(kind));
    // The table keeps wrapped lines clear of the icon; laying it out costs more than the rest of the label,
    // so a one-line status goes without, its icon centred on the line instead.
    if (layout == Layout::HangingIcon)
        label->setText(QStringLiteral("<table><tr><td valign=\"top\">%1</td><td>%2</td></tr></table>")
                           .arg(icon.arg(QString()), text));
    else
        label->setText(icon.arg(QStringLiteral(" style=\"vertical-align: middle\"")) + text);
    label->setVisible(true);
}

void FindingLabel::show(QLabel *label, const Findings &findings, QWidget *field)
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
    label->setProperty("findingCodes", codes);
    if (field)
        field->setAccessibleDescription(plain.join(QLatin1Char(' ')));
    showMessage(label, hasErrors(findings) ? Kind::Error : Kind::Warning, html.join(QStringLiteral("<br>")));
}
