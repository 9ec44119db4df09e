#pragma once

#include <QString>

class QWidget;

/// Accessible names from visible labels, so screen readers and AT-SPI automation find inputs by them.
class Accessibility
{
public:
    /// Every QLabel below `root` with a buddy gives the buddy its text (mnemonic marker removed).
    static void nameInputsFromBuddies(QWidget *root);
    /// "Okta &domain" → "Okta domain"; "&&" stays a literal "&".
    static QString withoutMnemonic(const QString &text);
};
