#pragma once

#include <QAbstractTableModel>

class WizardModel;

/// The metadata fields of the wizard model as a table: claim path, field name (default in grey), required.
/// Rows with findings carry an icon and the messages as a tooltip.
class MetadataTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClaimColumn,
        FieldNameColumn,
        RequiredColumn,
        ColumnCount
    };

    explicit MetadataTableModel(WizardModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Appends an empty field; returns its row.
    int appendField();
    void removeField(int row);
    /// Swaps `row` with `row + delta` (delta -1 or +1); returns the new row, or -1 when it cannot move.
    int moveField(int row, int delta);

private:
    void onModelChanged();
    QString rowField(int row, const char *member) const;

    WizardModel *m_model;
    int m_rows = 0;
    bool m_ownChange = false;
};
