#include "core/Finding.h"

#include <algorithm>

QJsonObject Finding::toJson() const
{
    QJsonObject o{
        {QStringLiteral("severity"), isError() ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("code"), code},
        {QStringLiteral("field"), field},
        {QStringLiteral("message"), message}};
    if (!hint.isEmpty())
        o.insert(QStringLiteral("hint"), hint);
    return o;
}

QString Finding::toLine() const
{
    QString line = (isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + code +
                   QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        line += QStringLiteral(" Fix: ") + hint;
    return line;
}

Finding Finding::error(const QString &code, const QString &field, const QString &message, const QString &hint)
{
    return {Severity::Error, code, field, message, hint};
}

Finding Finding::warning(const QString &code, const QString &field, const QString &message,
                         const QString &hint)
{
    return {Severity::Warning, code, field, message, hint};
}

Finding Finding::fromProblem(const Problem &problem, const QString &field)
{
    return error(problem.code, field.isEmpty() ? problem.where : field, problem.message, problem.fix);
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}
