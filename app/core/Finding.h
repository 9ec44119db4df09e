#pragma once

#include "core/Problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/// One validation result: a stable code, the field it concerns, a message and a fix hint.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString code;    // stable, snake_case; tests and --json consumers rely on it
    QString field;   // e.g. "oktaDomain", "metadata_fields[2].field_name"
    QString message; // names the field
    QString hint;    // how to fix it

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const;
    /// "error: <code>: <message> (hint)" on one line, for terminals and logs.
    QString toLine() const;

    static Finding error(const QString &code, const QString &field, const QString &message,
                         const QString &hint = {});
    static Finding warning(const QString &code, const QString &field, const QString &message,
                           const QString &hint = {});
    /// A Problem as an error finding of `field` (default: the Problem's own `where`), listed with the checks.
    /// This finding as the Problem of an operation that cannot go on (the field becomes its `where`).
    Problem toProblem() const { return {code, message, hint, field}; }
    static Finding fromProblem(const Problem &problem, const QString &field = {});
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
