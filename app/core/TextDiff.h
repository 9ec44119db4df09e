#pragma once

#include <QString>

/// Line-based unified diff, shown before a file is changed (export, replace consent, --dry-run).
class TextDiff
{
public:
    /// A unified diff ("--- a", "+++ b", "@@ ... @@" hunks) or an empty string when the texts are equal.
    static QString unified(const QString &before, const QString &after, const QString &beforeName,
                           const QString &afterName, int context = 3);
};
