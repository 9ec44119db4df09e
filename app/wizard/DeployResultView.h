#pragma once

#include "core/DeployPlan.h"
#include "wizard/DeployMessages.h"

#include <QStringList>

class AppPicker;
class DeployProgress;
class QPlainTextEdit;
class WizardModel;

/// What the deploy panel shows of a remote result: the result line and its log line from the model's last
/// result, and the text under it (that result's detail, a running deploy's plan, or a draft left alone).
class DeployResultView
{
public:
    DeployResultView(const WizardModel *model, const AppPicker *picker, DeployProgress *progress,
                     QPlainTextEdit *detail);

    /// What the model's last remote result says, for the result line and the log.
    DeployMessages::Message message() const;
    /// Model → result line and detail text (not while a run shows its own progress).
    void render();
    /// Adds the result's message to the log once a run ended.
    void logResult();
    /// Shown while the run goes on; when it ends, the model's result decides what stays.
    void showPlan(const DeployPlan &plan);
    void showDraftConflict(const QString &draftId, const QStringList &diff);
    void clearDetail();

private:
    const WizardModel *m_model;
    const AppPicker *m_picker;
    DeployProgress *m_progress;
    QPlainTextEdit *m_detail;
};
