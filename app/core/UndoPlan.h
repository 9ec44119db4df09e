#pragma once

#include "core/JournalEntry.h"
#include "core/Problem.h"
#include "core/ProviderDiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What undoing one journal entry sends, decided from the entry and the remote object as it is now (no I/O).
/// An object changed since the entry was written is not overwritten unless forced; a Secret's previous value
/// was never known, so it is never restored.
class UndoPlan
{
    Q_DECLARE_TR_FUNCTIONS(UndoPlan)

public:
    enum class Action
    {
        None,
        PatchBack, // PATCH the recorded before-state
        Delete,    // DELETE what the entry created
        Create,    // POST the before-state of what the entry deleted
        Enable,
        Disable
    };

    Action action = Action::None;
    Problem refusal;                    // null: the undo can go ahead
    QList<ProviderDiff::Entry> drift;   // recorded after-state → the remote now
    QList<ProviderDiff::Entry> changes; // the remote now → after the undo
    QString objectId;
    QJsonObject restore; // PatchBack and Create: the object to send
    QString path;        // Okta: the Management API path the undo writes to

    /// `current` is the object read from the remote just now (nullopt: it does not exist).
    static UndoPlan make(const JournalEntry &entry, const std::optional<QJsonObject> &current, bool force);
    /// The plan as if the remote were still as the entry left it: what an undo would apply.
    static UndoPlan preview(const JournalEntry &entry);

    bool isRefused() const { return !refusal.isNull(); }
    /// "patch_back", "delete", "create", "enable", "disable" or "none".
    QString actionName() const;
    /// One plain sentence: what the undo sends.
    QString describe() const;
    QJsonObject toJson() const;
};
