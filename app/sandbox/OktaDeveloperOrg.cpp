#include "sandbox/OktaDeveloperOrg.h"

#include <QJsonArray>

namespace {
QJsonObject include(const QJsonArray &values)
{
    return {{QStringLiteral("include"), values}};
}
} // namespace

QJsonObject OktaDeveloperOrg::defaultServer()
{
    return {
        {QStringLiteral("id"), QStringLiteral("default")},
        {QStringLiteral("name"), QStringLiteral("default")},
        {QStringLiteral("description"), QStringLiteral("Default Authorization Server for your Applications")},
        {QStringLiteral("audiences"), QJsonArray{QStringLiteral("api://default")}},
        {QStringLiteral("issuerMode"), QStringLiteral("ORG_URL")},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("credentials"),
         QJsonObject{
             {QStringLiteral("signing"), QJsonObject{{QStringLiteral("rotationMode"), QStringLiteral("AUTO")},
                                                     {QStringLiteral("use"), QStringLiteral("sig")}}}}}};
}

QJsonObject OktaDeveloperOrg::defaultPolicy()
{
    return {{QStringLiteral("id"), QStringLiteral("00psandboxdefault")},
            {QStringLiteral("type"), QStringLiteral("OAUTH_AUTHORIZATION_POLICY")},
            {QStringLiteral("name"), QStringLiteral("Default Policy")},
            {QStringLiteral("description"), QStringLiteral("Default policy description")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("priority"), 1},
            {QStringLiteral("system"), false},
            {QStringLiteral("conditions"),
             QJsonObject{{QStringLiteral("clients"), include({QStringLiteral("ALL_CLIENTS")})}}}};
}

QJsonObject OktaDeveloperOrg::defaultRule()
{
    const QJsonArray grants{QStringLiteral("client_credentials"), QStringLiteral("authorization_code"),
                            QStringLiteral("implicit"), QStringLiteral("password"),
                            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")};
    return {{QStringLiteral("id"), QStringLiteral("0prsandboxdefault")},
            {QStringLiteral("type"), QStringLiteral("RESOURCE_ACCESS")},
            {QStringLiteral("name"), QStringLiteral("Default Policy Rule")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("priority"), 1},
            {QStringLiteral("system"), false},
            {QStringLiteral("conditions"),
             QJsonObject{{QStringLiteral("people"),
                          QJsonObject{{QStringLiteral("groups"), include({QStringLiteral("EVERYONE")})}}},
                         {QStringLiteral("grantTypes"), include(grants)},
                         {QStringLiteral("scopes"), include({QStringLiteral("*")})}}}};
}

QJsonObject OktaDeveloperOrg::subClaim()
{
    return {{QStringLiteral("id"), QStringLiteral("oclsandboxsub")},
            {QStringLiteral("name"), QStringLiteral("sub")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("claimType"), QStringLiteral("RESOURCE")},
            {QStringLiteral("valueType"), QStringLiteral("SYSTEM")},
            {QStringLiteral("value"), QStringLiteral("(appuser != null) ? appuser.userName : app.clientId")},
            {QStringLiteral("alwaysIncludeInToken"), true},
            {QStringLiteral("system"), true},
            {QStringLiteral("conditions"), QJsonObject{{QStringLiteral("scopes"), QJsonArray()}}}};
}

QJsonObject OktaDeveloperOrg::nativeApp(const QString &clientId)
{
    return {{QStringLiteral("id"), clientId},
            {QStringLiteral("name"), QStringLiteral("oidc_client")},
            {QStringLiteral("label"), QStringLiteral("Sandbox native app")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("signOnMode"), QStringLiteral("OPENID_CONNECT")},
            {QStringLiteral("credentials"),
             QJsonObject{{QStringLiteral("oauthClient"),
                          QJsonObject{{QStringLiteral("client_id"), clientId},
                                      {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
                                      {QStringLiteral("pkce_required"), true}}}}},
            {QStringLiteral("settings"),
             QJsonObject{
                 {QStringLiteral("oauthClient"),
                  QJsonObject{{QStringLiteral("application_type"), QStringLiteral("native")},
                              {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
                              {QStringLiteral("grant_types"),
                               QJsonArray{QStringLiteral("authorization_code"),
                                          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}},
                              {QStringLiteral("redirect_uris"),
                               QJsonArray{QStringLiteral("http://localhost:8484/callback")}}}}}}};
}
