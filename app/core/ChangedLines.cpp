#include "core/ChangedLines.h"

QList<qsizetype> ChangedLines::addedLines() const
{
    QList<qsizetype> out;
    out.reserve(added);
    for (qsizetype i = 0; i < added; ++i)
        out.append(first + i);
    return out;
}

ChangedLines ChangedLines::between(const QStringList &before, const QStringList &after)
{
    ChangedLines c;
    const qsizetype common = qMin(before.size(), after.size());
    while (c.first < common && before.at(c.first) == after.at(c.first))
        ++c.first;
    // The suffix may not overlap the prefix, or an insertion of a repeated line would count twice.
    qsizetype suffix = 0;
    while (suffix < common - c.first &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    c.removed = before.size() - c.first - suffix;
    c.added = after.size() - c.first - suffix;
    return c;
}
