#pragma once

#include "core/Result.h"
#include "core/SandboxConnection.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Reads the JSON object `okta-jwt sandbox --json` prints (Sandbox::describe()) into a SandboxConnection.
class SandboxDescription
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDescription)

public:
    /// Every string field the connection takes from `description`, or sandbox_description_incomplete naming
    /// the first missing or empty key. `mintDemoToken` is left to the caller, who knows how to reach the
    /// sandbox.
    static Result<SandboxConnection> read(const QJsonObject &description);
    /// `line` as one JSON object, then read(); garbage is sandbox_description_malformed, quoting its start.
    static Result<SandboxConnection> parse(const QByteArray &line);
};
