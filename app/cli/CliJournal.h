#pragma once

#include "core/Finding.h"
#include "core/JournalHistory.h"

#include <QString>

#include <optional>

/// Reads the journal for `history` and `undo`: a journal that cannot be trusted is reported with its path
/// (never changed); lines that cannot be parsed become warnings and are skipped.
class CliJournal
{
public:
    /// nullopt after printing the error line. `warnings` gets one finding per skipped line; they are printed
    /// on stderr unless `quiet` (a --json run puts them in its document).
    static std::optional<JournalHistory> read(const QString &path, bool quiet, Findings *warnings);
    /// One line per entry: id, time, outcome, App, action (and what it undid).
    static QString entryLine(const JournalEntry &entry);
};
