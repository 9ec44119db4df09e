#pragma once

#include "core/MetadataField.h"

#include <QJsonObject>
#include <QList>
#include <QTreeWidget>

/// A token's claims as a tree (claim, value, required) whose ticked items are metadata field paths:
/// nested objects are children, and a literal dot in a claim name is written as "\." in the path.
class ClaimsTreeWidget : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ClaimColumn,
        ValueColumn,
        RequiredColumn
    };

    explicit ClaimsTreeWidget(QWidget *parent = nullptr);

    /// Replaces the tree with `claims`; the fields of setMappedFields() found in them come back ticked.
    void setClaims(const QJsonObject &claims);
    /// The fields already mapped: ticked (with their `required`) when the claims contain them.
    void setMappedFields(const QList<MetadataField> &fields);
    QList<MetadataField> mappedFields() const { return m_mapped; }

    /// The metadata field path of `item` (its claim names joined by dots, literal dots escaped).
    static QString pathOf(const QTreeWidgetItem *item);
    /// The item whose path is `path` ("\." escapes as in MetadataField::name), or nullptr.
    QTreeWidgetItem *itemForPath(const QString &path) const;

    /// The ticked claims in tree order; a claim already mapped keeps its field name.
    QList<MetadataField> selectedFields() const;
    /// The mapped fields with this tree's ticks applied: unticked ones present in the token are dropped,
    /// ones the token does not carry are kept, newly ticked ones are appended in tree order.
    QList<MetadataField> mergedFields() const;

signals:
    void claimSelectionChanged();

private:
    void addClaims(QTreeWidgetItem *parent, const QJsonObject &object);
    void applyMapped();
    void onItemChanged(QTreeWidgetItem *item, int column);
    QList<QTreeWidgetItem *> allItems() const;
    static QString canonicalPath(const MetadataField &field);

    QList<MetadataField> m_mapped;
    bool m_updating = false;
};
