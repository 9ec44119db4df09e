#include "core/TextDiff.h"

#include <QList>
#include <QStringList>
#include <vector>

namespace {
enum class Op
{
    Same,
    Del,
    Add
};
struct Line
{
    Op op;
    QString text;
    int oldNo; // 1-based line numbers in each text, for hunk headers
    int newNo;
};

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // a trailing newline ends the last line, it does not start a new one
    return lines;
}

// Longest-common-subsequence diff of the middle part (callers strip the common prefix and suffix,
// so this stays small for a merge that changes one provider).
QList<Line> diffMiddle(const QStringList &a, const QStringList &b, int oldBase, int newBase)
{
    const qsizetype n = a.size(), m = b.size();
    QList<Line> out;
    if (n * m > 4'000'000) { // too big to align: show it as one replacement
        for (qsizetype i = 0; i < n; ++i)
            out.append({Op::Del, a.at(i), int(oldBase + i), 0});
        for (qsizetype j = 0; j < m; ++j)
            out.append({Op::Add, b.at(j), 0, int(newBase + j)});
        return out;
    }
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out.append({Op::Same, a.at(i), int(oldBase + i), int(newBase + j)});
            ++i, ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.append({Op::Del, a.at(i), int(oldBase + i), 0}); // deletions first, as diff -u shows them
            ++i;
        } else {
            out.append({Op::Add, b.at(j), 0, int(newBase + j)});
            ++j;
        }
    }
    return out;
}
} // namespace

QString TextDiff::unified(const QString &before, const QString &after, const QString &beforeName,
                          const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QStringList a = splitLines(before), b = splitLines(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<Line> lines;
    for (qsizetype i = 0; i < prefix; ++i)
        lines.append({Op::Same, a.at(i), int(i + 1), int(i + 1)});
    lines += diffMiddle(a.mid(prefix, a.size() - prefix - suffix), b.mid(prefix, b.size() - prefix - suffix),
                        int(prefix + 1), int(prefix + 1));
    for (qsizetype k = suffix; k > 0; --k)
        lines.append({Op::Same, a.at(a.size() - k), int(a.size() - k + 1), int(b.size() - k + 1)});

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    if (splitLines(before) == splitLines(after)) // only the final newline differs
        return out + QStringLiteral("\\ the final newline differs\n");
    qsizetype k = 0;
    while (k < lines.size()) {
        while (k < lines.size() && lines.at(k).op == Op::Same)
            ++k;
        if (k == lines.size())
            break;
        // Grow the hunk while changes are closer than 2 * context lines.
        qsizetype start = qMax<qsizetype>(0, k - context), end = k;
        while (end < lines.size()) {
            qsizetype sameRun = 0;
            while (end + sameRun < lines.size() && lines.at(end + sameRun).op == Op::Same)
                ++sameRun;
            if (end + sameRun == lines.size() || sameRun > 2 * context) {
                end = qMin(lines.size(), end + qMin<qsizetype>(sameRun, context));
                break;
            }
            end += sameRun;
            while (end < lines.size() && lines.at(end).op != Op::Same)
                ++end;
        }
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        QString body;
        for (qsizetype x = start; x < end; ++x) {
            const Line &l = lines.at(x);
            const QChar mark = l.op == Op::Same  ? QLatin1Char(' ')
                               : l.op == Op::Del ? QLatin1Char('-')
                                                 : QLatin1Char('+');
            if (l.op != Op::Add && !oldStart)
                oldStart = l.oldNo;
            if (l.op != Op::Del && !newStart)
                newStart = l.newNo;
            oldCount += l.op != Op::Add;
            newCount += l.op != Op::Del;
            body += mark + l.text + QLatin1Char('\n');
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart : qMax(0, int(start)))
                   .arg(oldCount)
                   .arg(newCount ? newStart : qMax(0, int(start)))
                   .arg(newCount) +
               body;
        k = end;
    }
    return out;
}
