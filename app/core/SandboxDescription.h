#pragma once

#include "core/SandboxConnection.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Reads the JSON object `okta-jwt sandbox --json` prints (Sandbox::describe()) into a SandboxConnection.
class SandboxDescription
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDescription)

public:
    /// Every string field the connection takes from `description`; false and *error naming the first
    /// missing or empty key. `mintDemoToken` is left to the caller, who knows how to reach the sandbox.
    static bool read(const QJsonObject &description, SandboxConnection *connection, QString *error);
    /// `line` as one JSON object, then read(); garbage gives an error that quotes the start of it.
    static bool parse(const QByteArray &line, SandboxConnection *connection, QString *error);
};
