#include "wizard/MetadataPage.h"

#include "core/FieldKeys.h"
#include "ui_MetadataPage.h"
#include "wizard/FindingLabel.h"
#include "wizard/LiveEditDelegate.h"
#include "wizard/MetadataTableModel.h"
#include "wizard/WizardModel.h"

#include <QHeaderView>

MetadataPage::MetadataPage(WizardModel *model, QWidget *parent)
    : ModelPage(model, parent), ui(new Ui::MetadataPage), m_table(new MetadataTableModel(model, this))
{
    ui->setupUi(this);
    setTitle(tr("User metadata"));
    setSubTitle(tr("Claims of the access token that App Services copies into each user's data."));
    ui->metadataTableView->setModel(m_table);
    ui->metadataTableView->setItemDelegate(new LiveEditDelegate(ui->metadataTableView));
    ui->metadataTableView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = ui->metadataTableView->horizontalHeader();
    header->setSectionResizeMode(MetadataTableModel::ClaimColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MetadataTableModel::FieldNameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MetadataTableModel::RequiredColumn, QHeaderView::ResizeToContents);
    ui->metadataTableView->verticalHeader()->setDefaultSectionSize(28);
    ui->addFieldButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    ui->removeFieldButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    ui->moveUpButton->setIcon(QIcon(QStringLiteral(":/icons/up.svg")));
    ui->moveDownButton->setIcon(QIcon(QStringLiteral(":/icons/down.svg")));

    connect(ui->addFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->appendField();
        selectRow(row);
        ui->metadataTableView->setFocus();
        ui->metadataTableView->edit(m_table->index(row, MetadataTableModel::ClaimColumn));
    });
    connect(ui->removeFieldButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_table->removeField(row);
        selectRow(qMin(row, m_table->rowCount() - 1));
    });
    connect(ui->moveUpButton, &QPushButton::clicked, this,
            [this] { selectRow(m_table->moveField(currentRow(), -1)); });
    connect(ui->moveDownButton, &QPushButton::clicked, this,
            [this] { selectRow(m_table->moveField(currentRow(), 1)); });
    connect(ui->metadataTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MetadataPage::updateButtons);
    connect(m_table, &QAbstractItemModel::modelReset, this, &MetadataPage::updateButtons);
    bindModel();
    updateButtons();
}

MetadataPage::~MetadataPage() = default;

QVBoxLayout *MetadataPage::fieldButtonsLayout() const
{
    return ui->fieldButtonsLayout;
}

QStringList MetadataPage::ownedFields() const
{
    return {FieldKeys::MetadataFields};
}

void MetadataPage::refresh()
{
    ui->metadataErrorLabel->showFindings(model()->findingsFor(ownedFields()), ui->metadataTableView);
    updateButtons();
}

int MetadataPage::currentRow() const
{
    return ui->metadataTableView->currentIndex().row();
}

void MetadataPage::selectRow(int row)
{
    if (row < 0)
        return;
    ui->metadataTableView->setCurrentIndex(m_table->index(row, MetadataTableModel::ClaimColumn));
    updateButtons();
}

void MetadataPage::updateButtons()
{
    const int row = currentRow();
    const int rows = m_table->rowCount();
    ui->removeFieldButton->setEnabled(row >= 0 && row < rows);
    ui->moveUpButton->setEnabled(row > 0 && row < rows);
    ui->moveDownButton->setEnabled(row >= 0 && row + 1 < rows);
}
