#include "wizard/LiveEditDelegate.h"

#include <QLineEdit>

QWidget *LiveEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setPlaceholderText(index.data(PlaceholderRole).toString());
        // textChanged, not textEdited: text set by paste, completion or the accessibility API counts too.
        connect(line, &QLineEdit::textChanged, this,
                [this, line] { emit const_cast<LiveEditDelegate *>(this)->commitData(line); });
    }
    return editor;
}

void LiveEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Re-setting the same text would move the cursor to the end while the user types in the middle.
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (line && line->text() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

QSize LiveEditDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_editorHeight < 0)
        m_editorHeight = QLineEdit().sizeHint().height();
    size.setHeight(qMax(size.height(), m_editorHeight));
    return size;
}
