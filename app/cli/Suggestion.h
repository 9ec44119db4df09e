#pragma once

#include <QString>
#include <QStringList>

/// "Did you mean …?" for a mistyped command or option: the candidates nearest by Damerau–Levenshtein
/// distance (a swap of two neighbours counts as one edit), or the one candidate the word begins.
class Suggestion
{
public:
    /// Edits (insert, delete, replace, swap neighbours) from a to b, ignoring case.
    static int distance(const QString &a, const QString &b);
    /// The nearest candidates within a threshold that grows with the word's length (several when tied);
    /// empty when none is near enough to be a likely typo.
    static QStringList nearest(const QString &word, const QStringList &candidates);
    /// "; did you mean X?" (or "X or Y"), each candidate with `prefix` in front; empty without a match.
    static QString didYouMean(const QString &word, const QStringList &candidates, const QString &prefix = {});
};
