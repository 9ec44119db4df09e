#include "wizard/DeployResultView.h"

#include "wizard/AppPicker.h"
#include "wizard/DeployProgress.h"
#include "wizard/WizardModel.h"

#include <QPlainTextEdit>

DeployResultView::DeployResultView(const WizardModel *model, const AppPicker *picker,
                                   DeployProgress *progress, QPlainTextEdit *detail)
    : m_model(model), m_picker(picker), m_progress(progress), m_detail(detail)
{}

DeployMessages::Message DeployResultView::message() const
{
    return DeployMessages::remoteOutcome(m_model->remote(), m_model->settings().projectId.trimmed(),
                                         m_picker->wanted(), m_picker->hasSelection());
}

void DeployResultView::render()
{
    const DeployMessages::Message m = message();
    m_progress->showResult(m.kind, m.text);
    const QString detail = DeployMessages::remoteDetail(m_model->remote());
    if (m_detail->toPlainText() != detail)
        m_detail->setPlainText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void DeployResultView::logResult()
{
    m_progress->appendLog(message().text);
}

void DeployResultView::showPlan(const DeployPlan &plan)
{
    m_detail->setPlainText(DeployMessages::planText(plan));
    m_detail->setVisible(true);
}

void DeployResultView::showDraftConflict(const QString &draftId, const QStringList &diff)
{
    m_detail->setPlainText(DeployMessages::draftConflictText(draftId, diff));
    m_detail->setVisible(true);
}

void DeployResultView::clearDetail()
{
    m_detail->clear();
    m_detail->setVisible(false);
}
