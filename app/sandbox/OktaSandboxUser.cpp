#include "sandbox/OktaSandboxUser.h"

#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QRegularExpression>

QJsonObject OktaSandboxUser::profile()
{
    return {{QStringLiteral("email"), OktaSandbox::demoUserLogin()},
            {QStringLiteral("login"), OktaSandbox::demoUserLogin()},
            {QStringLiteral("firstName"), QStringLiteral("Sandy")},
            {QStringLiteral("lastName"), QStringLiteral("Box")},
            {QStringLiteral("locale"), QStringLiteral("en_US")},
            {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
            {QStringLiteral("department"), QStringLiteral("Engineering")}};
}

QStringList OktaSandboxUser::groups()
{
    return {QStringLiteral("Everyone"), QStringLiteral("App Services users")};
}

QJsonObject OktaSandboxUser::accessTokenClaims(const QList<QJsonObject> &claims)
{
    static const QRegularExpression term(
        QStringLiteral(R"re(^\s*(?:user\.([A-Za-z0-9_]+)|"([^"]*)")\s*$)re"));
    const QJsonObject user = profile();
    QJsonObject out;
    for (const QJsonObject &c : claims) {
        if (c.value(QStringLiteral("status")) != QLatin1String("ACTIVE") ||
            c.value(QStringLiteral("claimType")) != QLatin1String("RESOURCE") ||
            c.value(QStringLiteral("system")).toBool())
            continue;
        const QString name = c.value(QStringLiteral("name")).toString();
        const QString value = c.value(QStringLiteral("value")).toString();
        if (c.value(QStringLiteral("valueType")) == QLatin1String("GROUPS")) {
            const QRegularExpression filter(QStringLiteral("^(?:%1)$").arg(value));
            QJsonArray matched;
            for (const QString &g : groups()) {
                if (filter.isValid() && filter.match(g).hasMatch())
                    matched.append(g);
            }
            out.insert(name, matched);
            continue;
        }
        QString result;
        bool ok = true;
        for (const QString &part : value.split(QLatin1Char('+'))) {
            const QRegularExpressionMatch m = term.match(part);
            const bool attribute = m.hasMatch() && !m.captured(1).isEmpty();
            const QJsonValue v = attribute ? user.value(m.captured(1)) : QJsonValue();
            ok = ok && m.hasMatch() && (!attribute || v.isString());
            result += attribute ? v.toString() : m.captured(2);
        }
        if (ok)
            out.insert(name, result);
    }
    return out;
}
