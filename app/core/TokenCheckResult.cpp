#include "TokenCheckResult.h"

#include <QJsonArray>

namespace {
QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

QJsonArray toArray(const Findings &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
    return out;
}
} // namespace

QStringList TokenCheckResult::failureCodes() const
{
    return codes(failures);
}

QStringList TokenCheckResult::warningCodes() const
{
    return codes(warnings);
}

QJsonObject TokenCheckResult::toJson() const
{
    return {{QStringLiteral("valid"), isValid()},
            {QStringLiteral("failures"), toArray(failures)},
            {QStringLiteral("warnings"), toArray(warnings)},
            {QStringLiteral("header"), header},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("kid"), kid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kid)},
            {QStringLiteral("user_data"), userData},
            {QStringLiteral("jwks_refetched"), jwksRefetched}};
}
