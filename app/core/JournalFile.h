#pragma once

#include "core/Finding.h"
#include "core/JournalHistory.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// The journal file (JSON Lines under the XDG state folder): private to its owner, appended one whole line at
/// a time under an exclusive lock, read under a shared one. A file that looks tampered with (wrong owner,
/// readable by others, not a regular file, too big) is reported with its path and never touched.
class JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(JournalFile)

public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    struct Contents
    {
        bool exists = false;
        JournalHistory history;
    };

    /// `$XDG_STATE_HOME/okta-jwt/journal.jsonl`, by default `~/.local/state/okta-jwt/journal.jsonl`.
    static QString defaultPath();
    explicit JournalFile(const QString &path = defaultPath()) : m_path(path) {}
    QString path() const { return m_path; }

    /// Appends `record` as one line and syncs it to disk before returning. Creates the folder (0700) and the
    /// file (0600) when missing. A last line cut short is left as it is; the new line starts after it.
    Result<void> append(const QJsonObject &record) const;
    /// A missing file reads as an empty journal.
    Result<Contents> read() const;

    /// The checks on the file's status, apart so they can be tested for any owner: a regular file owned by
    /// `uid`, without group or other permissions, at most kMaxBytes.
    static Result<void> check(const QString &path, bool regular, uint owner, uint mode, qint64 size,
                              uint uid);

private:
    QString m_path;
};
