#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

/// An editable list of strings with Add / Remove (Insert / Delete keys too), edited live in place.
class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StringListEditor(QWidget *parent = nullptr);

    /// Names the parts for tests and automation: "<prefix>ListWidget", "add<Item>Button",
    /// "remove<Item>Button".
    void setNames(const QString &prefix, const QString &item, const QString &itemLabel);
    /// Replaces the items without emitting edited().
    void setItems(const QStringList &items);
    QStringList items() const;
    /// Add is disabled once the list holds `count` items (0 = no limit).
    void setMaximumCount(int count);

    QListWidget *listWidget() const { return m_list; }

public slots:
    void addItem();
    void removeCurrentItem();

signals:
    void edited(const QStringList &items);

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    int m_maximum = 0;
};
