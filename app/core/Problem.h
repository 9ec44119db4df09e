#pragma once

#include <QJsonObject>
#include <QString>

/// Why an operation did not give its result: a stable snake_case code (tests and --json match on it), a
/// message that names the file, field or step, and what to do about it when there is something to do.
struct Problem
{
    QString code;
    QString message;
    QString fix;

    bool isNull() const { return code.isEmpty(); }
    /// {"code", "message", "fix"?}
    QJsonObject toJson() const;
    bool operator==(const Problem &other) const
    {
        return code == other.code && message == other.message && fix == other.fix;
    }
};
