#include "wizard/DeployProgress.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>

DeployProgress::DeployProgress(QListWidget *steps, QPlainTextEdit *log, FindingLabel *result)
    : m_steps(steps), m_log(log), m_result(result)
{}

void DeployProgress::begin(const QString &title, const QString &working)
{
    m_steps.clear();
    showResult(FindingLabel::Kind::Info, working);
    appendLog(QStringLiteral("== %1 ==").arg(title));
}

void DeployProgress::stepStarted(DeployStep::Id step, const QString &description)
{
    m_steps.start(step, description);
    appendLog(QStringLiteral("> ") + description);
}

void DeployProgress::stepFinished(DeployStep::Id step, bool ok, const QString &detail)
{
    m_steps.finish(step, ok, detail);
    appendLog((ok ? QStringLiteral("  ok: ") : QStringLiteral("  FAILED: ")) + detail);
}

void DeployProgress::end(const QString &detail)
{
    m_steps.stopRunning(detail);
}

void DeployProgress::report(FindingLabel::Kind kind, const QString &text)
{
    showResult(kind, text);
    appendLog(text);
}

void DeployProgress::showResult(FindingLabel::Kind kind, const QString &text)
{
    m_result->showMessage(kind, text.toHtmlEscaped());
}

void DeployProgress::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
    // The newest entry stays in view, also while the log is on a hidden tab or was scrolled up.
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

QString DeployProgress::logText() const
{
    return m_log->toPlainText();
}
