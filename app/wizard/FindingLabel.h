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
    /// A status line in the same style; an empty `text` hides the label.
    static void showMessage(QLabel *label, Kind kind, const QString &text);
    /// The style sheet of a message box of `kind` (also used by the Review summary).
    static QString styleSheet(Kind kind);
};
