#include "sandbox/OktaManagementValidator.h"

#include <QJsonArray>

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QStringList missing(const QJsonObject &body, std::initializer_list<const char *> keys)
{
    QStringList causes;
    for (const char *k : keys) {
        const QJsonValue v = body.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            causes << QStringLiteral("%1: The field cannot be left blank.").arg(QLatin1String(k));
    }
    return causes;
}
} // namespace

QStringList OktaManagementValidator::newServer(const QJsonObject &body, const QList<QJsonObject> &existing)
{
    QStringList causes = missing(body, {"name", "description", "audiences"});
    if (body.value(QStringLiteral("audiences")).toArray().size() != 1)
        causes << QStringLiteral("audiences: Okta supports exactly one audience.");
    for (const QJsonObject &s : existing) {
        if (s.value(QStringLiteral("name")) == body.value(QStringLiteral("name")))
            causes << QStringLiteral("name: An authorization server with this name already exists.");
    }
    return causes;
}

QStringList OktaManagementValidator::replacedServer(const QJsonObject &body)
{
    if (body.value(QStringLiteral("name")).toString().isEmpty() ||
        body.value(QStringLiteral("audiences")).toArray().size() != 1)
        return {QStringLiteral("name and exactly one audience are required.")};
    return {};
}

QStringList OktaManagementValidator::newPolicy(const QJsonObject &body)
{
    QStringList causes = missing(body, {"name", "description", "priority", "type"});
    if (strings(body.value(QStringLiteral("conditions"))
                    .toObject()
                    .value(QStringLiteral("clients"))
                    .toObject()
                    .value(QStringLiteral("include")))
            .isEmpty())
        causes << QStringLiteral("conditions.clients.include: At least one client is required.");
    return causes;
}

QStringList OktaManagementValidator::newRule(const QJsonObject &body)
{
    QStringList causes = missing(body, {"name", "type", "conditions"});
    const QJsonObject c = body.value(QStringLiteral("conditions")).toObject();
    const QJsonObject people = c.value(QStringLiteral("people")).toObject();
    const bool interactive =
        strings(c.value(QStringLiteral("grantTypes")).toObject().value(QStringLiteral("include")))
            .contains(QStringLiteral("authorization_code"));
    if (interactive &&
        strings(people.value(QStringLiteral("groups")).toObject().value(QStringLiteral("include")))
            .isEmpty() &&
        strings(people.value(QStringLiteral("users")).toObject().value(QStringLiteral("include"))).isEmpty())
        causes << QStringLiteral(
            "At least one of 'conditions.people.users.include' or 'conditions.people.groups.include' must "
            "contain a valid user or group when 'conditions.grantTypes' contains one or more of "
            "[authorization_code, implicit, password]");
    return causes;
}

QStringList OktaManagementValidator::newClaim(const QJsonObject &body, const QList<QJsonObject> &existing)
{
    QStringList causes = missing(body, {"name", "claimType", "valueType", "value", "status"});
    for (const QJsonObject &c : existing) {
        if (c.value(QStringLiteral("name")) == body.value(QStringLiteral("name")) &&
            c.value(QStringLiteral("claimType")) == body.value(QStringLiteral("claimType")))
            causes << QStringLiteral("name: A claim with the same name and claim type already exists.");
    }
    if (body.value(QStringLiteral("valueType")) == QLatin1String("GROUPS") &&
        !body.contains(QStringLiteral("group_filter_type")))
        causes << QStringLiteral("group_filter_type: The field cannot be left blank.");
    return causes;
}
