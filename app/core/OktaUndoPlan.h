#pragma once

#include "core/JournalEntry.h"
#include "core/UndoPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/// The undo of an Okta journal entry (no I/O): a created authorization server, policy, rule or claim is
/// deleted again; a replaced audience is put back, unless the server changed since the entry was written.
class OktaUndoPlan
{
    Q_DECLARE_TR_FUNCTIONS(OktaUndoPlan)

public:
    /// The Management API path of the object the entry created; empty when its undo is not supported or the
    /// entry lacks an id it needs.
    static QString objectPath(const JournalEntry &entry);
    /// False when the plan is decided by the entry alone: then no request is sent and no token is needed.
    static bool needsRemote(const JournalEntry &entry);
    /// `current` is the object read from Okta just now (nullopt: it does not exist).
    static UndoPlan make(const JournalEntry &entry, const std::optional<QJsonObject> &current, bool force);
};
