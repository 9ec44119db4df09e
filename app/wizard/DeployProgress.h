#pragma once

#include "core/DeployStep.h"
#include "wizard/DeployStepList.h"
#include "wizard/FindingLabel.h"

#include <QString>

class FindingLabel;
class QListWidget;
class QPlainTextEdit;

/// What the Deploy panel shows of a run: the step list, the request log and the one-line result. The log
/// gets step names, request lines and results only: never a body, a header or a key.
class DeployProgress
{
public:
    DeployProgress(QListWidget *steps, QPlainTextEdit *log, FindingLabel *result);

    /// A new run: clears the steps, shows `working` as the result and heads the log with `title`.
    void begin(const QString &title, const QString &working);
    void stepStarted(DeployStep::Id step, const QString &description);
    void stepFinished(DeployStep::Id step, bool ok, const QString &detail);
    /// The run ended: steps still running are marked stopped with `detail`.
    void end(const QString &detail);
    /// Shows `text` as the result and appends it to the log.
    void report(FindingLabel::Kind kind, const QString &text);
    /// Shows `text` (plain text) as the result only.
    void showResult(FindingLabel::Kind kind, const QString &text);
    void appendLog(const QString &line);
    QString logText() const;

private:
    DeployStepList m_steps;
    QPlainTextEdit *m_log;
    FindingLabel *m_result;
};
