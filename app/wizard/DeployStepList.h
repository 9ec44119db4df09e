#pragma once

#include "core/DeployStep.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QListWidget;
class QListWidgetItem;

/// The deploy progress shown in a QListWidget: one item per step, running, then ok or failed. Each item's
/// Qt::UserRole holds "running", "ok" or "failed" (for tests and accessibility tools).
class DeployStepList
{
    Q_DECLARE_TR_FUNCTIONS(DeployStepList)

public:
    explicit DeployStepList(QListWidget *list) : m_list(list) {}

    void clear();
    void start(DeployStep::Id step, const QString &description);
    /// Closes the latest running item of `step` (a finish without a start gets its own item).
    void finish(DeployStep::Id step, bool ok, const QString &detail);
    /// Marks every item still running as stopped (failed), e.g. after an aborted call.
    void stopRunning(const QString &detail);

private:
    void mark(QListWidgetItem *item, const QString &state, const QString &detail);

    QListWidget *m_list;
    QHash<int, QListWidgetItem *> m_running;
};
