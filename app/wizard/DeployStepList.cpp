#include "wizard/DeployStepList.h"

#include <QIcon>
#include <QListWidget>

namespace {
constexpr int kDescriptionRole = Qt::UserRole + 1;
}

void DeployStepList::clear()
{
    m_list->clear();
    m_running.clear();
}

void DeployStepList::start(DeployStep::Id step, const QString &description)
{
    auto *item = new QListWidgetItem(m_list);
    item->setData(kDescriptionRole, description);
    mark(item, QStringLiteral("running"), QString());
    m_running.insert(step, item);
    m_list->setVisible(true);
    m_list->scrollToItem(item);
}

void DeployStepList::finish(DeployStep::Id step, bool ok, const QString &detail)
{
    QListWidgetItem *item = m_running.take(step);
    if (!item) {
        item = new QListWidgetItem(m_list);
        item->setData(kDescriptionRole, DeployStep::key(step));
    }
    mark(item, ok ? QStringLiteral("ok") : QStringLiteral("failed"), detail);
    m_list->setVisible(true);
}

void DeployStepList::stopRunning(const QString &detail)
{
    for (QListWidgetItem *item : std::as_const(m_running))
        mark(item, QStringLiteral("failed"), detail);
    m_running.clear();
}

void DeployStepList::mark(QListWidgetItem *item, const QString &state, const QString &detail)
{
    // The state is spelled out in the text too: icons alone say nothing to a screen reader.
    const QString description = item->data(kDescriptionRole).toString();
    QString text;
    if (state == QLatin1String("running")) {
        item->setIcon(QIcon(QStringLiteral(":/icons/info.svg")));
        text = tr("%1 — running…").arg(description);
    } else if (state == QLatin1String("ok")) {
        item->setIcon(QIcon(QStringLiteral(":/icons/ok.svg")));
        text = detail.isEmpty() ? tr("%1 — done").arg(description) : tr("%1 — %2").arg(description, detail);
    } else {
        item->setIcon(QIcon(QStringLiteral(":/icons/error.svg")));
        text = detail.isEmpty() ? tr("%1 — failed").arg(description)
                                : tr("%1 — failed: %2").arg(description, detail);
    }
    item->setText(text);
    item->setData(Qt::UserRole, state);
}
