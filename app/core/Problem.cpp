#include "core/Problem.h"

QString Problem::text() const
{
    return fix.isEmpty() ? message : message + QStringLiteral(" Fix: ") + fix;
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    return o;
}
