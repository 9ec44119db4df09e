#pragma once

#include "wizard/ModelPage.h"

#include <memory>

class MetadataTableModel;
class QVBoxLayout;

namespace Ui {
class MetadataPage;
}

/// The metadata_fields table: add, remove, reorder; findings per row and below the table.
/// "Pick from token…" goes into `fieldButtonsLayout`, above the stretch.
class MetadataPage : public ModelPage
{
    Q_OBJECT

public:
    explicit MetadataPage(WizardModel *model, QWidget *parent = nullptr);
    ~MetadataPage() override;

    MetadataTableModel *tableModel() const { return m_table; }
    /// The column of buttons beside the table; "Pick from token…" is inserted above its stretch.
    QVBoxLayout *fieldButtonsLayout() const;

protected:
    QStringList ownedFields() const override;
    void refresh() override;

private:
    int currentRow() const;
    void selectRow(int row);
    void updateButtons();

    std::unique_ptr<Ui::MetadataPage> ui;
    MetadataTableModel *m_table;
};
