#include "wizard/CommandLinkButton.h"

#include <QEvent>

namespace {
constexpr qsizetype kRememberedWidths = 4;
}

void CommandLinkButton::validate() const
{
    // Everything QCommandLinkButton's and QPushButton's size hints read; a changed text, font, icon,
    // style or default-button state gives another key (a style sheet change clears it: changeEvent).
    const QString key = text() + QChar(0) + description() + QChar(0) + font().key() + QChar(0) +
                        QStringLiteral("%1x%2 %3 %4%5%6%7")
                            .arg(iconSize().width())
                            .arg(iconSize().height())
                            .arg(quintptr(style()))
                            .arg(icon().cacheKey())
                            .arg(isDefault())
                            .arg(autoDefault())
                            .arg(isFlat());
    if (key == m_key)
        return;
    m_key = key;
    m_sizeHint = m_minimumSizeHint = QSize();
    m_heights.clear();
}

void CommandLinkButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_key.clear();
    QCommandLinkButton::changeEvent(event);
}

QSize CommandLinkButton::sizeHint() const
{
    validate();
    if (!m_sizeHint.isValid())
        m_sizeHint = QCommandLinkButton::sizeHint();
    return m_sizeHint;
}

QSize CommandLinkButton::minimumSizeHint() const
{
    validate();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QCommandLinkButton::minimumSizeHint();
    return m_minimumSizeHint;
}

int CommandLinkButton::heightForWidth(int width) const
{
    validate();
    for (const auto &[w, h] : std::as_const(m_heights)) {
        if (w == width)
            return h;
    }
    const int height = QCommandLinkButton::heightForWidth(width);
    if (m_heights.size() == kRememberedWidths)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}
