#include "wizard/ClaimsTreeWidget.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTreeWidgetItemIterator>

namespace {
constexpr int kPathRole = Qt::UserRole;
constexpr qsizetype kMaxShownValue = 200; // the tree is for choosing, not for reading 4 KB claims

QString escapeSegment(QString segment)
{
    return segment.replace(QLatin1Char('.'), QStringLiteral("\\."));
}

QString shownValue(const QString &key, const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = ClaimsTreeWidget::tr("{%n member(s)}", nullptr, int(value.toObject().size()));
        break;
    default: // numbers, booleans and null as JSON writes them
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1);
        text.chop(1);
        break;
    }
    // Okta's time claims are seconds since the epoch: show the moment too, so `exp` is readable.
    static const QSet<QString> times{QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
                                     QStringLiteral("auth_time")};
    // Only within the years QDateTime shows (up to 9999): converting a double such as 1e300 to qint64 is
    // undefined behaviour (found by the sanitizer build).
    if (value.isDouble() && times.contains(key) && qAbs(value.toDouble()) < 253402300800.0)
        text += QStringLiteral(" (%1)").arg(
            QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC).toString(Qt::ISODate));
    if (text.size() > kMaxShownValue)
        text = text.left(kMaxShownValue) + QChar(0x2026);
    return text;
}
} // namespace

ClaimsTreeWidget::ClaimsTreeWidget(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Claim"), tr("Value"), tr("Required")});
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemChanged, this, &ClaimsTreeWidget::onItemChanged);
}

void ClaimsTreeWidget::setClaims(const QJsonObject &claims)
{
    m_updating = true;
    clear();
    addClaims(invisibleRootItem(), claims);
    m_updating = false;
    applyMapped();
    resizeColumnToContents(ClaimColumn);
    emit claimSelectionChanged();
}

void ClaimsTreeWidget::setMappedFields(const QList<MetadataField> &fields)
{
    m_mapped = fields;
    applyMapped();
    emit claimSelectionChanged();
}

void ClaimsTreeWidget::addClaims(QTreeWidgetItem *parent, const QJsonObject &object)
{
    const QString prefix = parent == invisibleRootItem() ? QString() : pathOf(parent) + QLatin1Char('.');
    for (auto it = object.begin(); it != object.end(); ++it) {
        auto *item = new QTreeWidgetItem(parent, {it.key(), shownValue(it.key(), it.value())});
        item->setData(ClaimColumn, kPathRole, prefix + escapeSegment(it.key()));
        item->setToolTip(ClaimColumn, item->data(ClaimColumn, kPathRole).toString());
        item->setToolTip(ValueColumn, item->text(ValueColumn));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ClaimColumn, Qt::Unchecked);
        item->setCheckState(RequiredColumn, Qt::Unchecked);
        if (it.value().isObject())
            addClaims(item, it.value().toObject());
    }
}

QString ClaimsTreeWidget::pathOf(const QTreeWidgetItem *item)
{
    return item ? item->data(ClaimColumn, kPathRole).toString() : QString();
}

QString ClaimsTreeWidget::canonicalPath(const MetadataField &field)
{
    QStringList segments = field.pathSegments();
    for (QString &s : segments)
        s = escapeSegment(s);
    return segments.join(QLatin1Char('.'));
}

QList<QTreeWidgetItem *> ClaimsTreeWidget::allItems() const
{
    QList<QTreeWidgetItem *> items;
    for (QTreeWidgetItemIterator it(const_cast<ClaimsTreeWidget *>(this)); *it; ++it)
        items << *it;
    return items;
}

QTreeWidgetItem *ClaimsTreeWidget::itemForPath(const QString &path) const
{
    const QString wanted = canonicalPath(MetadataField{path, {}, false});
    for (QTreeWidgetItem *item : allItems()) {
        if (pathOf(item) == wanted)
            return item;
    }
    return nullptr;
}

void ClaimsTreeWidget::applyMapped()
{
    m_updating = true;
    for (QTreeWidgetItem *item : allItems()) {
        item->setCheckState(ClaimColumn, Qt::Unchecked);
        item->setCheckState(RequiredColumn, Qt::Unchecked);
    }
    for (const MetadataField &f : std::as_const(m_mapped)) {
        QTreeWidgetItem *item = itemForPath(f.name);
        if (!item)
            continue;
        item->setCheckState(ClaimColumn, Qt::Checked);
        item->setCheckState(RequiredColumn, f.required ? Qt::Checked : Qt::Unchecked);
        for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            p->setExpanded(true);
    }
    m_updating = false;
}

void ClaimsTreeWidget::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating)
        return;
    m_updating = true;
    // "Required" only means something for a mapped claim: ticking it maps the claim, unmapping clears it.
    if (column == RequiredColumn && item->checkState(RequiredColumn) == Qt::Checked)
        item->setCheckState(ClaimColumn, Qt::Checked);
    if (column == ClaimColumn && item->checkState(ClaimColumn) == Qt::Unchecked)
        item->setCheckState(RequiredColumn, Qt::Unchecked);
    m_updating = false;
    emit claimSelectionChanged();
}

QList<MetadataField> ClaimsTreeWidget::selectedFields() const
{
    QList<MetadataField> fields;
    for (QTreeWidgetItem *item : allItems()) {
        if (item->checkState(ClaimColumn) != Qt::Checked)
            continue;
        MetadataField f{pathOf(item), {}, item->checkState(RequiredColumn) == Qt::Checked};
        for (const MetadataField &m : m_mapped) {
            if (canonicalPath(m) == f.name)
                f.fieldName = m.fieldName;
        }
        fields << f;
    }
    return fields;
}

QList<MetadataField> ClaimsTreeWidget::mergedFields() const
{
    QList<MetadataField> merged;
    QSet<QString> kept;
    for (MetadataField f : m_mapped) {
        const QTreeWidgetItem *item = itemForPath(f.name);
        if (item && item->checkState(ClaimColumn) != Qt::Checked)
            continue;
        if (item) {
            f.required = item->checkState(RequiredColumn) == Qt::Checked;
            kept << pathOf(item);
        }
        merged << f;
    }
    for (const MetadataField &f : selectedFields()) {
        if (!kept.contains(f.name))
            merged << f;
    }
    return merged;
}
