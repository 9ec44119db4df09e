#pragma once

#include "Finding.h"

#include <QCoreApplication>

class QLabel;
class QWidget;

/// Shows core findings (or a status message) inline in a QLabel under the field they concern.
class FindingLabel
{
    Q_DECLARE_TR_FUNCTIONS(FindingLabel)

public:
    enum class Kind
    {
        Success,
        Info,
        Warning,
        Error
    };

    /// Errors first, each message with its hint; hides the label when there is nothing to say.
    /// `field` (optional) gets the messages as its accessible description, for screen readers.
    static void show(QLabel *label, const Findings &findings, QWidget *field = nullptr);
    /// A message in the same style, lines wrapped clear of the icon; an empty `text` hides the label.
    static void showMessage(QLabel *label, Kind kind, const QString &text);
    /// A short one-line status in the same style (the icon inline: cheaper to lay out).
    static void showStatus(QLabel *label, Kind kind, const QString &text);
    /// The style sheet of a message box of `kind` (also used by the Review summary).
    static QString styleSheet(Kind kind);

private:
    enum class Layout
    {
        HangingIcon,
        InlineIcon
    };
    static void apply(QLabel *label, Kind kind, const QString &text, Layout layout);
};
