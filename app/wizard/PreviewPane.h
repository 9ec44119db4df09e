#pragma once

#include <QStringList>
#include <QWidget>

class JsonHighlighter;
class FindingLabel;
class QPlainTextEdit;
class QPushButton;
class WizardModel;

/// The live providers.json beside every page: a pure function of the model, highlighted, with the
/// lines the last edit changed marked. Only the changed lines are replaced, so only they are re-highlighted.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(WizardModel *model, QWidget *parent = nullptr);

    QString text() const;
    /// 0-based line numbers the last change added or changed (none after the first fill).
    QList<qsizetype> markedLines() const { return m_marked; }
    QPlainTextEdit *textEdit() const { return m_edit; }

public slots:
    void refresh();
    void copyToClipboard();

private:
    void applyText(const QString &text);
    void updateStatus();

    WizardModel *m_model;
    QPlainTextEdit *m_edit;
    JsonHighlighter *m_highlighter;
    QPushButton *m_copy;
    FindingLabel *m_status;
    QStringList m_lines;
    QList<qsizetype> m_marked;
};
