#pragma once

#include "core/Finding.h"
#include "core/ProvidersMerger.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

/// An App Services app directory on disk: finds its layout and exports the provider into it.
class AppDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AppDirectory)

public:
    enum class Layout
    {
        Current,
        Legacy
    };

    struct Detection
    {
        Layout layout = Layout::Current;
        QString rootConfig;   // file name, e.g. "root_config.json"; empty when inferred from folders
        QString providerFile; // absolute path of the file the provider lives in
    };

    /// What an export did. A failure keeps what was learnt before it (the file, the merge's action and
    /// findings), which the report shows beside the Problem.
    struct Export
    {
        Problem problem; // refused/failed: json_malformed, write_failed, ...; null when nothing went wrong
        bool ok() const { return problem.isNull(); } // Unchanged and NeedsConsent are ok too
        ProvidersMerger::Action action = ProvidersMerger::Action::Refused;
        bool written = false;
        QString file;      // the file that was (or would be) written
        QString diff;      // unified diff of that file, empty when unchanged
        Findings findings; // about the existing entry
    };

    /// The layout and provider file of the app at `dir`, or app_dir_missing, app_dir_unrecognized,
    /// root_config_unreadable, root_config_malformed.
    static Result<Detection> detect(const QString &dir);
    /// Merges `settings` into the app at `dir`. With `dryRun` nothing is written. Writes are atomic.
    static Export exportTo(const QString &dir, const ProviderSettings &settings, bool replace, bool dryRun);
    /// Writes `data` to `path` atomically (QSaveFile), creating missing parent folders; `write_failed`
    /// names the file and the reason otherwise, and the file is left as it was.
    static Result<void> writeAtomically(const QString &path, const QByteArray &data);
};
