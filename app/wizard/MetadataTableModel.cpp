#include "wizard/MetadataTableModel.h"

#include "core/FieldKeys.h"
#include "wizard/LiveEditDelegate.h"
#include "wizard/WizardModel.h"

#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QPalette>

MetadataTableModel::MetadataTableModel(WizardModel *model, QObject *parent)
    : QAbstractTableModel(parent), m_model(model), m_rows(int(model->settings().metadataFields.size()))
{
    connect(m_model, &WizardModel::changed, this, &MetadataTableModel::onModelChanged);
}

int MetadataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MetadataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MetadataTableModel::rowField(int row, const char *member) const
{
    return FieldKeys::metadataField(row, member);
}

QVariant MetadataTableModel::data(const QModelIndex &index, int role) const
{
    const QList<MetadataField> &fields = m_model->settings().metadataFields;
    if (!index.isValid() || index.row() >= fields.size())
        return {};
    const MetadataField &f = fields.at(index.row());
    const int column = index.column();
    if (column == ClaimColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return f.name;
    if (column == FieldNameColumn) {
        const bool isDefault = f.fieldName.isEmpty();
        if (role == Qt::DisplayRole)
            return isDefault ? f.effectiveFieldName() : f.fieldName;
        if (role == Qt::EditRole)
            return f.fieldName;
        if (role == LiveEditDelegate::PlaceholderRole)
            return f.effectiveFieldName();
        if (role == Qt::ForegroundRole && isDefault)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (role == Qt::FontRole && isDefault) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
    }
    if (column == RequiredColumn && role == Qt::CheckStateRole)
        return f.required ? Qt::Checked : Qt::Unchecked;
    if (column == RequiredColumn && role == Qt::AccessibleTextRole)
        return f.required ? tr("required") : tr("optional");

    if (column == RequiredColumn)
        return {};
    const Findings findings =
        m_model->findingsFor({rowField(index.row(), column == ClaimColumn ? "name" : "field_name")});
    if (findings.isEmpty())
        return {};
    if (role == Qt::DecorationRole)
        return QIcon(hasErrors(findings) ? QStringLiteral(":/icons/error.svg")
                                         : QStringLiteral(":/icons/warning.svg"));
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const Finding &finding : findings)
            lines << finding.message + QLatin1Char(' ') + finding.hint;
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::BackgroundRole && hasErrors(findings))
        return QBrush(QColor(0xfc, 0xeb, 0xea));
    return {};
}

bool MetadataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows)
        return false;
    const int row = index.row();
    const int column = index.column();
    if (column == RequiredColumn && role == Qt::CheckStateRole) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked;
        m_model->update([&](ProviderSettings &s) { s.metadataFields[row].required = on; });
        return true;
    }
    if (role != Qt::EditRole || column == RequiredColumn)
        return false;
    const QString text = value.toString();
    m_model->update([&](ProviderSettings &s) {
        (column == ClaimColumn ? s.metadataFields[row].name : s.metadataFields[row].fieldName) = text;
    });
    return true;
}

QVariant MetadataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ClaimColumn:
        return tr("Claim path");
    case FieldNameColumn:
        return tr("Field name");
    case RequiredColumn:
        return tr("Required");
    }
    return {};
}

Qt::ItemFlags MetadataTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == RequiredColumn ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

int MetadataTableModel::appendField()
{
    const int row = m_rows;
    beginInsertRows({}, row, row);
    m_ownChange = true;
    m_model->update([](ProviderSettings &s) { s.metadataFields.append(MetadataField()); });
    m_ownChange = false;
    m_rows = int(m_model->settings().metadataFields.size());
    endInsertRows();
    onModelChanged(); // findings of the other rows may have changed too
    return row;
}

void MetadataTableModel::removeField(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    beginRemoveRows({}, row, row);
    m_ownChange = true;
    m_model->update([row](ProviderSettings &s) { s.metadataFields.removeAt(row); });
    m_ownChange = false;
    m_rows = int(m_model->settings().metadataFields.size());
    endRemoveRows();
    onModelChanged();
}

int MetadataTableModel::moveField(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rows || target < 0 || target >= m_rows || (delta != 1 && delta != -1))
        return -1;
    // Qt's move API takes the destination as "insert before", hence the +1 when moving down.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_ownChange = true;
    m_model->update([row, target](ProviderSettings &s) { s.metadataFields.swapItemsAt(row, target); });
    m_ownChange = false;
    endMoveRows();
    onModelChanged();
    return target;
}

void MetadataTableModel::onModelChanged()
{
    if (m_ownChange)
        return;
    const int rows = int(m_model->settings().metadataFields.size());
    if (rows != m_rows) { // replaced from outside (open, import)
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}
