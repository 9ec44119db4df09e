#include "core/OktaState.h"

#include <QJsonArray>

bool OktaState::App::hasDeviceGrant() const
{
    return grantTypes.contains(QLatin1String(kDeviceGrant));
}

QJsonObject OktaState::toJson() const
{
    QJsonObject o;
    if (server)
        o.insert(QStringLiteral("server"),
                 QJsonObject{{QStringLiteral("id"), server->id},
                             {QStringLiteral("name"), server->name},
                             {QStringLiteral("audiences"), QJsonArray::fromStringList(server->audiences)},
                             {QStringLiteral("issuer"), server->issuer},
                             {QStringLiteral("status"), server->status}});
    QJsonArray policyList;
    for (const Policy &p : policies) {
        QJsonArray ruleList;
        for (const Rule &r : p.rules)
            ruleList.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("status"), r.status},
                            {QStringLiteral("grantTypes"), QJsonArray::fromStringList(r.grantTypes)},
                            {QStringLiteral("groups"), QJsonArray::fromStringList(r.groups)}});
        policyList.append(QJsonObject{{QStringLiteral("id"), p.id},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("status"), p.status},
                                      {QStringLiteral("priority"), p.priority},
                                      {QStringLiteral("clients"), QJsonArray::fromStringList(p.clients)},
                                      {QStringLiteral("rules"), ruleList}});
    }
    o.insert(QStringLiteral("policies"), policyList);
    QJsonArray claimList;
    for (const Claim &c : claims)
        claimList.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("status"), c.status},
                                     {QStringLiteral("claimType"), c.claimType},
                                     {QStringLiteral("valueType"), c.valueType},
                                     {QStringLiteral("value"), c.value}});
    o.insert(QStringLiteral("claims"), claimList);
    if (app)
        o.insert(
            QStringLiteral("app"),
            QJsonObject{{QStringLiteral("clientId"), app->clientId},
                        {QStringLiteral("applicationType"), app->applicationType},
                        {QStringLiteral("pkceRequired"), app->pkceRequired},
                        {QStringLiteral("grantTypes"), QJsonArray::fromStringList(app->grantTypes)},
                        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(app->redirectUris)}});
    return o;
}
