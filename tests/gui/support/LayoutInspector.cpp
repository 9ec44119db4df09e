#include "LayoutInspector.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>
#include <QWidget>

namespace {
bool isScrolledContent(const QWidget *w)
{
    // The contents of a scroll area (and an item view's editors) move under its viewport by design.
    const QWidget *p = w->parentWidget();
    const auto *area = p ? qobject_cast<const QAbstractScrollArea *>(p->parentWidget()) : nullptr;
    return area && area->viewport() == p;
}

// A text view that is meant to scroll sideways (diffs and logs keep their lines as they are).
bool scrollsSidewaysByDesign(const QAbstractScrollArea *area)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(area))
        return plain->lineWrapMode() == QPlainTextEdit::NoWrap &&
               plain->objectName() != QLatin1String("previewTextEdit");
    if (const auto *rich = qobject_cast<const QTextEdit *>(area))
        return rich->lineWrapMode() == QTextEdit::NoWrap;
    return false;
}

bool inLayout(const QLayout *layout, const QWidget *w)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w || inLayout(item->layout(), w))
            return true;
    }
    return false;
}

QSize layoutMinimum(const QWidget *w)
{
    // What a layout would never go below (qSmartMinSize): the minimum size if set, else the minimum size
    // hint unless the policy ignores it.
    QSize min = w->minimumSizeHint();
    const QSizePolicy policy = w->sizePolicy();
    if (policy.horizontalPolicy() == QSizePolicy::Ignored)
        min.setWidth(0);
    if (policy.verticalPolicy() == QSizePolicy::Ignored)
        min.setHeight(0);
    if (w->minimumWidth() > 0)
        min.setWidth(w->minimumWidth());
    if (w->minimumHeight() > 0)
        min.setHeight(w->minimumHeight());
    return min;
}

} // namespace

// "ClassName#objectName" of the widget and of its nearest named ancestor, enough to find it in a .ui.
QString LayoutInspector::describe(const QWidget *w)
{
    const auto name = [](const QWidget *x) {
        return QString::fromLatin1(x->metaObject()->className()) +
               (x->objectName().isEmpty() ? QString() : QLatin1Char('#') + x->objectName());
    };
    QString out = name(w);
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            out += QStringLiteral(" in ") + name(p);
            break;
        }
    return out;
}

QStringList LayoutInspector::violations(const QWidget *root)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->isWindow())
            continue;
        const QWidget *parent = w->parentWidget();
        if (!isScrolledContent(w) && !parent->rect().contains(w->geometry()))
            out << QStringLiteral("clipped: %1 at %2,%3 %4x%5 in a %6x%7 parent")
                       .arg(describe(w))
                       .arg(w->x())
                       .arg(w->y())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(parent->width())
                       .arg(parent->height());
        // Only a layout promises a minimum size; a line edit's clear button or a view's header sits where
        // its owner puts it.
        const QSize min = inLayout(parent->layout(), w) ? layoutMinimum(w) : QSize(0, 0);
        if (w->width() < min.width() || w->height() < min.height())
            out << QStringLiteral("crushed: %1 is %2x%3, needs %4x%5")
                       .arg(describe(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(min.width())
                       .arg(min.height());
        else if (const auto *label = qobject_cast<const QLabel *>(w);
                 label && label->wordWrap() && label->heightForWidth(w->width()) > w->height())
            out << QStringLiteral("cut text: %1 is %2 high, its text needs %3")
                       .arg(describe(w))
                       .arg(w->height())
                       .arg(label->heightForWidth(w->width()));
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
            if (area->horizontalScrollBar()->isVisible() && !scrollsSidewaysByDesign(area)) {
                out << QStringLiteral("scrolls sideways: %1").arg(describe(w));
                for (const QWidget *c : area->findChildren<QWidget *>())
                    if (c->isVisible() && c->minimumSizeHint().width() > area->viewport()->width())
                        out << QStringLiteral("    wider than the view: %1 needs %2")
                                   .arg(describe(c))
                                   .arg(c->minimumSizeHint().width());
            }
            // Only an area inside another's viewport is nested (a table's header is part of the table).
            int depth = 1;
            for (const QWidget *child = w, *p = parent; p; child = p, p = p->parentWidget())
                if (const auto *outer = qobject_cast<const QAbstractScrollArea *>(p))
                    depth += outer->viewport() == child ? 1 : 0;
            if (depth > 2)
                out << QStringLiteral("scroll areas %1 deep: %2").arg(depth).arg(describe(w));
        }
    }
    return out;
}
