#include "wizard/AppPicker.h"

#include <QComboBox>

namespace {
constexpr int kAppIdRole = Qt::UserRole + 1;
}

AppPicker::AppPicker(QComboBox *combo, QObject *parent) : QObject(parent), m_combo(combo)
{
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_wanted = m_combo->itemData(index).toString();
        emit picked(m_wanted);
    });
}

void AppPicker::fill(const QList<AdminReply::App> &apps, const QString &source)
{
    m_combo->clear();
    for (const AdminReply::App &app : apps) {
        m_combo->addItem(tr("%1 (%2)").arg(app.clientAppId, app.name), app.clientAppId);
        const int index = m_combo->count() - 1;
        m_combo->setItemData(index, app.id, kAppIdRole);
        m_combo->setItemData(index, tr("Product: %1").arg(app.product), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(m_combo->findData(m_wanted));
    m_source = source;
}

void AppPicker::setWanted(const QString &clientAppId)
{
    m_wanted = clientAppId;
    m_combo->setCurrentIndex(m_combo->findData(clientAppId));
}

bool AppPicker::hasSelection() const
{
    return m_combo->currentIndex() >= 0;
}

QString AppPicker::clientAppId() const
{
    return hasSelection() ? m_combo->currentData().toString() : m_wanted;
}

QString AppPicker::appId(const QString &source) const
{
    return hasSelection() && source == m_source ? m_combo->currentData(kAppIdRole).toString() : QString();
}
