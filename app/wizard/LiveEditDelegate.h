#pragma once

#include <QStyledItemDelegate>

/// An item delegate whose line editor commits on every keystroke, so the preview follows typing.
/// The role `PlaceholderRole` of an index becomes the editor's grey placeholder text.
class LiveEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PlaceholderRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    /// At least as tall as the line editor: a new, empty row must not crush the editor typed into.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable int m_editorHeight = -1; // the line editor's height, measured once
};
