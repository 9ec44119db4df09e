#pragma once

#include "sandbox/AdminSandboxStore.h"

#include <QJsonObject>
#include <QString>

/// The request-body rules the sandbox enforces (admin-api.md §4.1, §4.1 secrets), so bad bodies fail as 400.
class AdminSandboxValidator
{
public:
    /// Empty when the provider body is acceptable; else the message for the 400 reply.
    static QString provider(const QJsonObject &body, const AdminSandboxStore::Config &config);
    /// Name ≤ 64 of [A-Za-z0-9_-] starting alphanumeric, value a string of ≤ 500 characters.
    static QString secret(const QJsonObject &body);
};
