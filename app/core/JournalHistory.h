#pragma once

#include "core/JournalEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// The journal's text read back: its entries with their end records applied, and one note per line that
/// could not be used (those lines are skipped, never repaired).
class JournalHistory
{
    Q_DECLARE_TR_FUNCTIONS(JournalHistory)

public:
    struct Skipped
    {
        int line = 0; // 1-based
        QString reason;
    };

    QList<JournalEntry> entries; // in file order, oldest first
    QList<Skipped> skipped;
    bool truncated = false; // the last line has no newline: a write was cut short

    static JournalHistory parse(const QByteArray &data);
    /// The entries for an App (`_id` or Client App ID) or Okta domain (empty: all), newest first.
    QList<JournalEntry> newestFirst(const QString &app = {}, const QString &oktaDomain = {}) const;
    /// The entry with this id, or the only one whose id starts with it; nullopt and *error otherwise.
    Result<JournalEntry> find(const QString &idOrPrefix) const;
};
