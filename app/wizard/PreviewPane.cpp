#include "wizard/PreviewPane.h"

#include "core/ChangedLines.h"
#include "core/ProvidersWriter.h"
#include "wizard/FindingLabel.h"
#include "wizard/JsonHighlighter.h"
#include "wizard/PngIcon.h"
#include "wizard/WizardModel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

PreviewPane::PreviewPane(WizardModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_edit(new QPlainTextEdit(this)),
      m_highlighter(new JsonHighlighter(m_edit->document())),
      m_copy(new QPushButton(PngIcon::load(QStringLiteral("copy")), tr("Cop&y"), this)),
      m_status(new FindingLabel(this))
{
    setObjectName(QStringLiteral("previewPane"));
    auto *title = new QLabel(tr("auth/providers.json"), this);
    title->setObjectName(QStringLiteral("previewTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_edit->setObjectName(QStringLiteral("previewTextEdit"));
    m_edit->setAccessibleName(tr("providers.json preview"));
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    // Long lines (a jwkURI) wrap rather than scroll sideways; a URL has no space, so it may break anywhere.
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->setTabChangesFocus(true);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A light "code" background, from the palette so dark themes keep their own base colour.
    QPalette codePalette = m_edit->palette();
    if (codePalette.color(QPalette::Base).lightness() > 200)
        codePalette.setColor(QPalette::Base, QColor(0xf6, 0xf8, 0xfa));
    m_edit->setPalette(codePalette);

    m_copy->setObjectName(QStringLiteral("copyPreviewButton"));
    m_copy->setToolTip(tr("Copy providers.json to the clipboard"));
    m_copy->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    connect(m_copy, &QPushButton::clicked, this, &PreviewPane::copyToClipboard);
    connect(m_model, &WizardModel::changed, this, &PreviewPane::refresh);
    refresh();
}

QString PreviewPane::text() const
{
    return m_edit->toPlainText();
}

void PreviewPane::refresh()
{
    applyText(QString::fromUtf8(ProvidersWriter::providersFile(m_model->settings())));
    updateStatus();
}

void PreviewPane::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(text());
}

void PreviewPane::applyText(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const ChangedLines change = ChangedLines::between(m_lines, lines);
    if (change.isEmpty())
        return;
    const bool firstFill = m_lines.isEmpty();
    m_lines = lines;
    if (firstFill) {
        m_edit->setPlainText(text);
        m_marked.clear();
        return;
    }
    // Blocks and lines correspond one to one (the trailing newline is an empty last block).
    QTextDocument *doc = m_edit->document();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    const QTextBlock first = doc->findBlockByNumber(int(change.first));
    const QString added = QStringList(lines.mid(change.first, change.added)).join(QLatin1Char('\n'));
    if (change.removed > 0) {
        const QTextBlock last = doc->findBlockByNumber(int(change.first + change.removed - 1));
        cursor.setPosition(first.position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        if (change.added > 0) {
            cursor.insertText(added);
        } else if (last.next().isValid()) { // drop the lines and the newline after them
            cursor.setPosition(last.next().position(), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        } else { // the end of the text: drop the newline before them
            cursor.setPosition(first.position() - 1);
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
    } else if (first.isValid()) {
        cursor.setPosition(first.position());
        cursor.insertText(added + QLatin1Char('\n'));
    } else {
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QLatin1Char('\n') + added);
    }
    cursor.endEditBlock();

    m_marked = change.addedLines();
    QList<QTextEdit::ExtraSelection> marks;
    marks.reserve(m_marked.size());
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xf4, 0xc2));
    mark.setProperty(QTextFormat::FullWidthSelection, true);
    for (const qsizetype line : std::as_const(m_marked))
        marks.append({QTextCursor(doc->findBlockByNumber(int(line))), mark});
    m_edit->setExtraSelections(marks);
    if (!m_marked.isEmpty()) {
        QTextCursor visible(doc->findBlockByNumber(int(m_marked.constFirst())));
        m_edit->setTextCursor(visible);
        m_edit->ensureCursorVisible();
    }
}

void PreviewPane::updateStatus()
{
    qsizetype errors = 0, warnings = 0, toFill = 0;
    for (const Finding &f : m_model->findings())
        (m_model->isWaitingForInput(f) ? toFill : f.isError() ? errors : warnings)++;
    const QString errorText = tr("%n error(s) to fix", nullptr, int(errors));
    const QString warningText = tr("%n warning(s)", nullptr, int(warnings));
    if (errors > 0)
        m_status->showStatus(FindingLabel::Kind::Error,
                             warnings ? tr("%1, %2").arg(errorText, warningText) : errorText);
    else if (toFill > 0) // nothing is wrong yet: the user has not got to these fields
        m_status->showStatus(FindingLabel::Kind::Info,
                             tr("Not complete: %n field(s) to fill in", nullptr, int(toFill)));
    else if (warnings > 0)
        m_status->showStatus(FindingLabel::Kind::Warning, tr("Valid, %1").arg(warningText));
    else
        m_status->showStatus(FindingLabel::Kind::Success, tr("Valid"));
}
