#include "core/JournalHistory.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

JournalHistory JournalHistory::parse(const QByteArray &data)
{
    JournalHistory h;
    h.truncated = !data.isEmpty() && !data.endsWith('\n');
    QHash<QString, qsizetype> index;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const int number = int(i + 1);
        const auto skip = [&h, number](const QString &reason) {
            h.skipped.append({number, reason});
        };
        if (h.truncated && i == lines.size() - 1) {
            skip(tr("the line is cut short (no newline at the end of the file)"));
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            skip(tr("not a JSON object"));
            continue;
        }
        const QJsonObject record = doc.object();
        if (record.value(QStringLiteral("v")).toInt() != JournalEntry::kFormatVersion) {
            skip(tr("unknown format version"));
            continue;
        }
        const QString kind = record.value(QStringLiteral("record")).toString();
        if (kind == QLatin1String("begin")) {
            const auto entry = JournalEntry::fromBeginRecord(record);
            if (!entry || index.contains(entry->id)) {
                skip(entry ? tr("a second entry with id %1").arg(entry->id) : entry.problem().message);
                continue;
            }
            index.insert(entry->id, h.entries.size());
            h.entries.append(*entry);
        } else if (kind == QLatin1String("end")) {
            const QString id = record.value(QStringLiteral("id")).toString();
            if (!index.contains(id))
                skip(tr("completes entry \"%1\", which is not in the journal").arg(id.left(64)));
            else if (const auto applied = h.entries[index.value(id)].applyEndRecord(record); !applied)
                skip(applied.problem().message);
        } else {
            skip(tr("unknown record kind"));
        }
    }
    return h;
}

QList<JournalEntry> JournalHistory::newestFirst(const QString &app, const QString &oktaDomain) const
{
    QList<JournalEntry> out;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->matches(app, oktaDomain))
            out.append(*it);
    }
    // File order is append order; a stable sort by time keeps it for entries of the same millisecond.
    std::stable_sort(out.begin(), out.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.time > b.time; });
    return out;
}

Result<JournalEntry> JournalHistory::find(const QString &idOrPrefix) const
{
    std::optional<JournalEntry> found;
    int matches = 0;
    for (const JournalEntry &e : entries) {
        if (e.id == idOrPrefix)
            return e;
        if (!idOrPrefix.isEmpty() && e.id.startsWith(idOrPrefix)) {
            found = e;
            ++matches;
        }
    }
    if (matches == 1)
        return *found;
    if (matches == 0)
        return Problem{QStringLiteral("no_entry"), tr("no journal entry \"%1\"").arg(idOrPrefix), {}};
    return Problem{QStringLiteral("no_entry"),
                   tr("\"%1\" matches %2 journal entries; give more of the id").arg(idOrPrefix).arg(matches),
                   {}};
}
