// libFuzzer target: JournalHistory::parse, which reads the journal of remote changes (a user's file that a
// crash, a full disk or a hand edit may have cut or damaged). Every entry it accepts must survive being
// written as a begin record (and an end record) and read back unchanged, and every line is either used or
// reported.
#include "core/JournalHistory.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const JournalHistory history = JournalHistory::parse(input);
    if (history.entries.size() + history.skipped.size() > input.count('\n') + 1)
        abort(); // more results than lines
    if (history.newestFirst().size() != history.entries.size())
        abort();
    for (const JournalEntry &e : history.entries) {
        const QJsonObject merged = e.toJson();
        Result<JournalEntry> again = JournalEntry::fromBeginRecord(e.beginRecord());
        if (!again)
            abort();
        // An entry without an end record (outcome unknown) stays without one: writing one would add its time.
        if (merged.contains(QStringLiteral("completed")) && !again.value().applyEndRecord(e.endRecord()))
            abort();
        if (again->toJson() != merged)
            abort();
    }
    return 0;
}
