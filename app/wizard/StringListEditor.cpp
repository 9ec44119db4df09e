#include "wizard/StringListEditor.h"

#include "wizard/LiveEditDelegate.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

StringListEditor::StringListEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      m_add(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add"), this)),
      m_remove(new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove"), this))
{
    m_list->setItemDelegate(new LiveEditDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setMinimumHeight(64);
    m_list->setMaximumHeight(110);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    setFocusProxy(m_list); // a buddy label's mnemonic lands in the list

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &StringListEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &StringListEditor::removeCurrentItem);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), m_list, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &StringListEditor::addItem);
    connect(new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &StringListEditor::removeCurrentItem);
    connect(m_list, &QListWidget::itemChanged, this, [this] { emit edited(items()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListEditor::updateButtons);
    updateButtons();
}

void StringListEditor::setNames(const QString &prefix, const QString &item, const QString &itemLabel)
{
    m_list->setObjectName(prefix + QStringLiteral("ListWidget"));
    m_add->setObjectName(QStringLiteral("add%1Button").arg(item));
    m_remove->setObjectName(QStringLiteral("remove%1Button").arg(item));
    m_add->setToolTip(tr("Add %1 (Insert)").arg(itemLabel));
    m_remove->setToolTip(tr("Remove the selected %1 (Delete)").arg(itemLabel));
    m_add->setAccessibleName(tr("Add %1").arg(itemLabel));
    m_remove->setAccessibleName(tr("Remove %1").arg(itemLabel));
}

void StringListEditor::setItems(const QStringList &items)
{
    if (items == this->items())
        return;
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
}

QStringList StringListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void StringListEditor::setMaximumCount(int count)
{
    m_maximum = count;
    updateButtons();
}

void StringListEditor::addItem()
{
    if (m_maximum > 0 && m_list->count() >= m_maximum)
        return;
    auto *item = new QListWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->addItem(item);
    {
        const QSignalBlocker blocker(m_list); // one edited() below, not one per flag change
        m_list->setCurrentItem(item);
    }
    updateButtons();
    emit edited(items());
    m_list->setFocus();
    m_list->scrollToItem(item);
    m_list->editItem(item);
    // The edit can move the list (a message appears under it): once laid out again, bring the editor into
    // the page's view, so typing never goes into a field the user cannot see.
    QTimer::singleShot(0, this, [this, item] {
        if (m_list->row(item) < 0)
            return;
        m_list->scrollToItem(item);
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(m_list);
                break;
            }
        }
    });
}

void StringListEditor::removeCurrentItem()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit edited(items());
}

void StringListEditor::updateButtons()
{
    m_add->setEnabled(m_maximum == 0 || m_list->count() < m_maximum);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}
