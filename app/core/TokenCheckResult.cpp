#include "core/TokenCheckResult.h"

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
    for (const Finding &f : findings) {
        QJsonObject item{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}};
        if (f.isError())
            item.insert(QStringLiteral("refused_by_app_services"),
                        TokenCheckResult::refusedByAppServices(f.code));
        out.append(item);
    }
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

bool TokenCheckResult::refusedByAppServices(const QString &failureCode)
{
    return failureCode != QLatin1String("issuer_mismatch");
}

QStringList TokenCheckResult::refusingCodes() const
{
    QStringList out;
    for (const Finding &f : failures) {
        if (refusedByAppServices(f.code))
            out << f.code;
    }
    return out;
}

QJsonObject TokenCheckResult::toJson() const
{
    return {{QStringLiteral("valid"), isValid()},
            {QStringLiteral("refused_by_app_services"), refusedByAppServices()},
            {QStringLiteral("failures"), toArray(failures)},
            {QStringLiteral("warnings"), toArray(warnings)},
            {QStringLiteral("header"), header},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("kid"), kid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kid)},
            {QStringLiteral("user_data"), userData},
            {QStringLiteral("jwks_refetched"), jwksRefetched}};
}
