#pragma once

#include "core/Finding.h"
#include "core/MessageKind.h"

#include <QLabel>
#include <QStringList>
#include <optional>

/// A label under the input it concerns that shows core findings, or one status message, with the colour
/// and icon of its kind; hidden when there is nothing to say. Promoted from QLabel in the .ui files.
class FindingLabel : public QLabel
{
    Q_OBJECT

public:
    using Kind = MessageKind;

    explicit FindingLabel(QWidget *parent = nullptr);

    /// Errors first, each message with its hint. `field` (optional) gets the messages as its accessible
    /// description, for screen readers.
    void showFindings(const Findings &findings, QWidget *field = nullptr);
    /// A message, lines wrapped clear of the icon; an empty `text` hides the label.
    void showMessage(Kind kind, const QString &text);
    /// A short one-line status (the icon inline: cheaper to lay out).
    void showStatus(Kind kind, const QString &text);

    Kind kind() const { return m_kind; }
    /// The message as given (rich text, without the icon); empty while hidden.
    QString messageText() const { return m_text; }
    /// The codes of the findings shown, errors first; empty for a status message.
    QStringList codes() const { return m_codes; }

private:
    enum class Layout
    {
        None,
        HangingIcon,
        InlineIcon
    };
    void apply(Kind kind, const QString &text, Layout layout);
    static QString styleFor(Kind kind);

    Kind m_kind = Kind::Info;
    Layout m_layout = Layout::None;
    std::optional<Kind> m_styledAs; // restyling re-polishes: only a new kind does
    QString m_text;
    QStringList m_codes;
};
