#include "wizard/SidePanel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QMouseEvent>

SidePanel::SidePanel(QWidget *content, QWidget *parent) : QWidget(parent), m_handle(new QFrame(this))
{
    setObjectName(QStringLiteral("sidePanel"));
    m_handle->setObjectName(QStringLiteral("sidePanelHandle"));
    m_handle->setCursor(Qt::SplitHCursor);
    m_handle->setFrameShape(QFrame::VLine); // a visible divider says there is something to drag
    m_handle->setFrameShadow(QFrame::Sunken);
    m_handle->setFixedWidth(12);
    m_handle->setToolTip(tr("Drag to resize the preview"));
    m_handle->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(content, 1);
    layout->addWidget(m_handle);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void SidePanel::setPreferredWidth(int width)
{
    width = qMax(width, int(minimumWidth));
    if (width == m_preferred)
        return;
    m_preferred = width;
    updateGeometry();
}

int SidePanel::effectiveWidth() const
{
    const int room = window() == this ? m_preferred : window()->width() - pageMinimumWidth;
    return qMax(int(minimumWidth), qMin(m_preferred, room));
}

QSize SidePanel::sizeHint() const
{
    return {effectiveWidth(), QWidget::sizeHint().height()};
}

QSize SidePanel::minimumSizeHint() const
{
    return {effectiveWidth(), QWidget::minimumSizeHint().height()};
}

bool SidePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow) {
        if (event->type() == QEvent::Resize)
            updateGeometry(); // the room left beside the page changed
        return false;
    }
    if (watched != m_handle)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Show:
        // Installed once the panel has its window: QWizard re-parents its side widget.
        if (!m_watchedWindow && window() != this) {
            m_watchedWindow = window();
            m_watchedWindow->installEventFilter(this);
        }
        break;
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            m_grab = int(mouse->position().x());
        return true;
    }
    case QEvent::MouseMove:
        if (m_grab >= 0) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const int x = mapFromGlobal(mouse->globalPosition().toPoint()).x();
            setPreferredWidth(qMin(x - m_grab + m_handle->width(), window()->width() - pageMinimumWidth));
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_grab >= 0) {
            m_grab = -1;
            emit dragged(m_preferred);
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}
