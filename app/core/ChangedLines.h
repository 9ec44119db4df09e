#pragma once

#include <QStringList>

/// The one block of lines that differs between two versions of a text (common prefix and suffix kept).
/// Enough to mark what an edit changed and to patch a displayed document in place.
struct ChangedLines
{
    qsizetype first = 0;   // index of the first differing line (in both versions)
    qsizetype removed = 0; // lines of the old version replaced, from `first`
    qsizetype added = 0;   // lines of the new version that replace them, from `first`

    bool isEmpty() const { return removed == 0 && added == 0; }
    /// Indexes of the new version's lines that are new or changed.
    QList<qsizetype> addedLines() const;

    static ChangedLines between(const QStringList &before, const QStringList &after);
};
