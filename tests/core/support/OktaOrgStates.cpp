#include "OktaOrgStates.h"

#include "core/OktaSetupPlan.h"

namespace OktaOrgStates {
namespace {
OktaState::Rule defaultRule()
{
    return {QStringLiteral("r0"),
            QStringLiteral("Default Policy Rule"),
            QStringLiteral("ACTIVE"),
            1,
            {QStringLiteral("client_credentials"), QStringLiteral("authorization_code"), kDevice},
            {QStringLiteral("EVERYONE")},
            {},
            {QStringLiteral("*")}};
}

} // namespace

OktaState freshOrg()
{
    OktaState s;
    s.server =
        OktaState::Server{QStringLiteral("default"),
                          QStringLiteral("default"),
                          QStringLiteral("Default Authorization Server"),
                          {QStringLiteral("api://default")},
                          QStringLiteral("https://dev-1.okta.com/oauth2/default"),
                          QStringLiteral("ACTIVE"),
                          {{QStringLiteral("name"), QStringLiteral("default")},
                           {QStringLiteral("description"), QStringLiteral("Default Authorization Server")},
                           {QStringLiteral("issuerMode"), QStringLiteral("ORG_URL")},
                           {QStringLiteral("credentials"),
                            QJsonObject{{QStringLiteral("signing"),
                                         QJsonObject{{QStringLiteral("rotationMode"), QStringLiteral("AUTO")},
                                                     {QStringLiteral("kid"), QStringLiteral("k1")}}}}}}};
    s.policies = {{QStringLiteral("p0"),
                   QStringLiteral("Default Policy"),
                   QStringLiteral("ACTIVE"),
                   1,
                   {QStringLiteral("ALL_CLIENTS")},
                   {defaultRule()}}};
    s.claims = {{QStringLiteral("c0"), QStringLiteral("sub"), QStringLiteral("ACTIVE"),
                 QStringLiteral("RESOURCE"), QStringLiteral("SYSTEM"),
                 QStringLiteral("(appuser != null) ? appuser.userName : app.clientId"), true}};
    s.app = OktaState::App{kClient,
                           kClient,
                           QStringLiteral("My native app"),
                           QStringLiteral("native"),
                           QStringLiteral("none"),
                           true,
                           {QStringLiteral("authorization_code"), kDevice},
                           {OktaSetupPlan::defaultRedirectUri()}};
    return s;
}

ProviderSettings settings(const QStringList &claims, const QStringList &audience)
{
    ProviderSettings p;
    p.oktaDomain = QStringLiteral("dev-1.okta.com");
    p.audience = audience;
    for (const QString &c : claims)
        p.metadataFields << MetadataField{c, {}, false};
    return p;
}

} // namespace OktaOrgStates
