#pragma once

#include "core/JournalEntry.h"
#include "core/UndoPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/// The undo of an Okta journal entry: a created claim, policy or rule is deleted again (no I/O). Other Okta
/// writes (a created authorization server, a replaced audience) are refused as not supported.
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
    static UndoPlan make(const JournalEntry &entry, const std::optional<QJsonObject> &current);
};
