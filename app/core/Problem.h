#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>

/// Why an operation did not give its result: a stable snake_case code (tests and --json match on it), a
/// message that names the file, field or step, and what to do about it when there is something to do.
struct Problem
{
    Problem() = default;
    Problem(QString code, QString message, QString fix = {}, QString where = {})
        : code(std::move(code)), message(std::move(message)), fix(std::move(fix)), where(std::move(where))
    {}

    QString code;
    QString message;
    QString fix;
    QString where; // the field, file or step it concerns, when a caller lists it with others (may be empty)

    bool isNull() const { return code.isEmpty(); }
    /// {"code", "message", "fix"?}
    QJsonObject toJson() const;
    bool operator==(const Problem &other) const
    {
        return code == other.code && message == other.message && fix == other.fix && where == other.where;
    }
};
