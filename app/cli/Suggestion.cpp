#include "cli/Suggestion.h"

#include <QList>
#include <algorithm>

int Suggestion::distance(const QString &a, const QString &b)
{
    const QString s = a.toLower();
    const QString t = b.toLower();
    const qsizetype n = s.size();
    const qsizetype m = t.size();
    // Optimal string alignment: three rows of the edit-distance table are enough.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && s.at(i - 1) == t.at(j - 2) && s.at(i - 2) == t.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QStringList Suggestion::nearest(const QString &word, const QStringList &candidates)
{
    if (word.size() < 2)
        return {};
    // One edit in a short word, up to three in a long one: further than that it is another word.
    const int threshold = int(std::clamp<qsizetype>(word.size() / 3, 1, 3));
    int best = threshold + 1;
    QStringList out;
    for (const QString &c : candidates) {
        const int d = distance(word, c);
        if (d < best) {
            best = d;
            out = QStringList{c};
        } else if (d == best && !out.contains(c)) {
            out << c;
        }
    }
    if (!out.isEmpty() || word.size() < 3)
        return out;
    // An abbreviation: the word begins exactly one candidate ("--okta" for "--okta-domain").
    for (const QString &c : candidates)
        if (c.startsWith(word, Qt::CaseInsensitive))
            out << c;
    return out.size() == 1 ? out : QStringList();
}

QString Suggestion::didYouMean(const QString &word, const QStringList &candidates, const QString &prefix)
{
    QStringList names = nearest(word, candidates);
    if (names.isEmpty())
        return {};
    for (QString &n : names)
        n.prepend(prefix);
    return QStringLiteral("; did you mean %1?").arg(names.join(QStringLiteral(" or ")));
}
