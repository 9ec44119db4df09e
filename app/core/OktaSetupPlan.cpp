#include "core/OktaSetupPlan.h"

#include "core/FieldKeys.h"

#include "core/OktaClaimPlanner.h"
#include "core/TokenChecker.h"

#include <algorithm>

namespace {
// What App Services accepts for a token whose aud is `aud` (config.audience empty: the Client App ID).
bool accepts(const ProviderSettings &s, const QString &clientAppId, const QString &aud)
{
    if (s.audience.isEmpty())
        return aud == clientAppId;
    if (s.requireAnyAudience)
        return s.audience.contains(aud);
    return std::all_of(s.audience.begin(), s.audience.end(), [&](const QString &a) { return a == aud; });
}

bool isOrgServer(const QString &id)
{
    return id.isEmpty() || id.compare(QLatin1String("oauth2"), Qt::CaseInsensitive) == 0;
}

const QString kCode = QStringLiteral("authorization_code");
const QString kEveryone = QStringLiteral("EVERYONE");
} // namespace

OktaSetupPlan OktaSetupPlan::make(const OktaState &state, const ProviderSettings &settings,
                                  const QString &clientAppId, const QString &clientId, const Options &options)
{
    OktaSetupPlan plan;
    if (options.createAuthServer.isEmpty() && isOrgServer(settings.authServerId)) {
        plan.m_findings << Finding::error(
            QStringLiteral("okta_org_server"), FieldKeys::AuthServerId,
            tr("The org authorization server cannot have an audience, access policies or custom claims, and "
               "App Services cannot use its tokens."),
            tr("Use the \"default\" custom authorization server, or create one with --create-auth-server."));
        return plan;
    }
    if (!state.server && options.createAuthServer.isEmpty()) {
        plan.m_findings << Finding::error(
            QStringLiteral("okta_server_not_found"), FieldKeys::AuthServerId,
            tr("The authorization server \"%1\" does not exist.").arg(settings.authServerId),
            tr("Check the authorization server id, or create one with --create-auth-server."));
        return plan;
    }
    plan.planAudience(state, settings, clientAppId, options);
    plan.checkKeys(state);
    plan.checkApp(state);
    plan.planAccess(state, clientId, options);
    OktaClaimPlanner::plan(state, settings, options.claimValues, &plan.m_steps, &plan.m_findings);
    return plan;
}

void OktaSetupPlan::planAudience(const OktaState &state, const ProviderSettings &settings,
                                 const QString &clientAppId, const Options &options)
{
    auto align = [&](const QString &aud) {
        if (accepts(settings, clientAppId, aud))
            return;
        OktaSetupStep step{OktaSetupStep::Action::AlignAudience,
                           tr("App Services audience"),
                           tr("set the App Services audience to %1 (no Okta change)").arg(aud),
                           {},
                           {},
                           aud};
        m_steps << step;
    };
    if (!state.server) {
        const QJsonObject body{{QStringLiteral("name"), options.createAuthServer},
                               {QStringLiteral("description"),
                                QStringLiteral("Tokens for the App Services app %1").arg(clientAppId)},
                               {QStringLiteral("audiences"), QJsonArray{clientAppId}}};
        m_steps << OktaSetupStep{
            OktaSetupStep::Action::CreateServer,
            tr("authorization server %1").arg(options.createAuthServer),
            tr("create authorization server %1 with audience %2").arg(options.createAuthServer, clientAppId),
            body,
            {},
            {}};
        align(clientAppId);
        return;
    }
    const OktaState::Server &server = *state.server;
    if (!server.isActive())
        m_findings << Finding::error(QStringLiteral("okta_server_inactive"), FieldKeys::AuthServerId,
                                     tr("The authorization server \"%1\" is not active.").arg(server.name),
                                     tr("Activate it in the Okta Admin Console (Security → API)."));
    if (!settings.issuer.isEmpty() && !server.issuer.isEmpty() && settings.issuer != server.issuer)
        m_findings << Finding::error(
            QStringLiteral("okta_issuer_mismatch"), QStringLiteral("issuer"),
            tr("The server's issuer %1 differs from the discovered issuer %2.")
                .arg(server.issuer, settings.issuer),
            tr("Discover again, or choose the authorization server that issued the tokens."));
    const QString aud = server.audiences.value(0);
    if (accepts(settings, clientAppId, aud))
        return;
    if (!options.replaceAudience) {
        align(aud);
        return;
    }
    QJsonObject body;
    for (const char *key : {"name", "description", "issuerMode", "credentials"}) {
        const QJsonValue v = server.raw.value(QLatin1String(key));
        if (!v.isUndefined())
            body.insert(QLatin1String(key), v);
    }
    if (body.contains(QStringLiteral("credentials"))) // only the writable part of the signing settings
        body.insert(QStringLiteral("credentials"),
                    QJsonObject{{QStringLiteral("signing"),
                                 QJsonObject{{QStringLiteral("rotationMode"),
                                              server.raw.value(QStringLiteral("credentials"))
                                                  .toObject()
                                                  .value(QStringLiteral("signing"))
                                                  .toObject()
                                                  .value(QStringLiteral("rotationMode"))}}}});
    body.insert(QStringLiteral("audiences"), QJsonArray{clientAppId});
    m_steps << OktaSetupStep{OktaSetupStep::Action::ReplaceAudience,
                             tr("authorization server %1").arg(server.name),
                             tr("change the audience of authorization server %1 from %2 to %3 (apps that "
                                "rely on %2 stop accepting its tokens)")
                                 .arg(server.name, aud, clientAppId),
                             body,
                             {},
                             {}};
    align(clientAppId);
}

void OktaSetupPlan::checkKeys(const OktaState &state)
{
    if (!state.keys)
        return;
    const QList<Jwk> keys = state.keys->keys();
    const bool usable = std::any_of(keys.begin(), keys.end(),
                                    [](const Jwk &k) { return k.isUsableForRs256() && k.hasKid(); });
    if (!usable)
        m_findings << Finding::error(
            QStringLiteral("okta_no_usable_key"), FieldKeys::JwkUri,
            tr("The server publishes no RS256 key with a kid, so App Services could "
               "verify none of its tokens."),
            tr("Check the server's signing keys (Security → API → the server → Keys)."));
    m_findings << TokenChecker::jwksWarnings(*state.keys);
}

void OktaSetupPlan::checkApp(const OktaState &state)
{
    if (!state.app) {
        m_findings << Finding::error(
            QStringLiteral("okta_app_not_found"), QStringLiteral("clientId"),
            tr("No Okta app has this client id."),
            tr("Copy the client id from the app's General tab in the Okta Admin Console."));
        return;
    }
    const OktaState::App &app = *state.app;
    const bool publicPkce =
        (app.applicationType == QLatin1String("native") || app.applicationType == QLatin1String("browser")) &&
        app.pkceRequired;
    if (!publicPkce)
        m_findings << Finding::warning(
            QStringLiteral("okta_app_not_public"), QStringLiteral("clientId"),
            tr("The Okta app \"%1\" is not a native or single-page app with PKCE.").arg(app.label),
            tr("Sign-in from this tool needs a native app with PKCE and no secret."));
    if (!app.grantTypes.contains(kCode))
        m_findings << Finding::warning(
            QStringLiteral("okta_app_grant_missing"), QStringLiteral("clientId"),
            tr("The Okta app \"%1\" does not allow the authorization code grant.").arg(app.label),
            tr("Tick Authorization Code in the app's General Settings."));
    if (!app.redirectUris.contains(defaultRedirectUri()))
        m_findings << Finding::warning(
            QStringLiteral("okta_app_redirect_missing"), QStringLiteral("clientId"),
            tr("The Okta app \"%1\" does not list the redirect URI %2.").arg(app.label, defaultRedirectUri()),
            tr("Add %1 to its sign-in redirect URIs, or sign in with another "
               "--redirect-uri.")
                .arg(defaultRedirectUri()));
}

void OktaSetupPlan::planAccess(const OktaState &state, const QString &clientId, const Options &options)
{
    const bool device = state.app && state.app->hasDeviceGrant();
    const QString people = options.group.isEmpty() ? kEveryone : options.group;
    QList<OktaState::Policy> candidates;
    for (const OktaState::Policy &p : state.policies) {
        if (p.isActive() && p.covers(clientId))
            candidates << p;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.priority < b.priority; });
    if (!candidates.isEmpty()) {
        for (const OktaState::Rule &r : candidates.constFirst().rules) {
            const bool grants = r.grantTypes.contains(kCode) &&
                                (!device || r.grantTypes.contains(QLatin1String(OktaState::kDeviceGrant)));
            const bool who = r.groups.contains(kEveryone) || r.groups.contains(people);
            const bool scopes =
                r.scopes.contains(QStringLiteral("*")) || r.scopes.contains(QStringLiteral("openid"));
            if (r.isActive() && grants && who && scopes)
                return;
        }
    } else {
        const QString name = QStringLiteral("okta-jwt: %1").arg(clientId).left(100);
        m_steps << OktaSetupStep{
            OktaSetupStep::Action::CreatePolicy,
            tr("access policy %1").arg(name),
            tr("create access policy \"%1\" for client %2 (priority 1)").arg(name, clientId),
            {{QStringLiteral("type"), QStringLiteral("OAUTH_AUTHORIZATION_POLICY")},
             {QStringLiteral("status"), QStringLiteral("ACTIVE")},
             {QStringLiteral("name"), name},
             {QStringLiteral("description"), QStringLiteral("Tokens for App Services sign-in")},
             {QStringLiteral("priority"), 1},
             {QStringLiteral("system"), false},
             {QStringLiteral("conditions"),
              QJsonObject{{QStringLiteral("clients"),
                           QJsonObject{{QStringLiteral("include"), QJsonArray{clientId}}}}}}},
            {},
            {}};
    }
    QJsonArray grants{kCode};
    if (device)
        grants.append(QLatin1String(OktaState::kDeviceGrant));
    const QString name = QStringLiteral("okta-jwt: sign-in");
    const QJsonObject conditions{
        {QStringLiteral("people"),
         QJsonObject{
             {QStringLiteral("groups"), QJsonObject{{QStringLiteral("include"), QJsonArray{people}}}}}},
        {QStringLiteral("grantTypes"), QJsonObject{{QStringLiteral("include"), grants}}},
        {QStringLiteral("scopes"),
         QJsonObject{{QStringLiteral("include"), QJsonArray{QStringLiteral("*")}}}}};
    m_steps << OktaSetupStep{
        OktaSetupStep::Action::CreateRule,
        tr("rule %1").arg(name),
        tr("create rule \"%1\" allowing %2 for %3")
            .arg(name, device ? tr("authorization_code and device_code") : kCode, people),
        {{QStringLiteral("type"), QStringLiteral("RESOURCE_ACCESS")},
         {QStringLiteral("status"), QStringLiteral("ACTIVE")},
         {QStringLiteral("name"), name},
         {QStringLiteral("priority"), 1},
         {QStringLiteral("system"), false},
         {QStringLiteral("conditions"), conditions},
         {QStringLiteral("actions"),
          QJsonObject{
              {QStringLiteral("token"), QJsonObject{{QStringLiteral("accessTokenLifetimeMinutes"), 60},
                                                    {QStringLiteral("refreshTokenLifetimeMinutes"), 0},
                                                    {QStringLiteral("refreshTokenWindowMinutes"), 10080}}}}}},
        candidates.isEmpty() ? QString() : candidates.constFirst().id,
        {}};
}

bool OktaSetupPlan::hasOktaWrites() const
{
    return std::any_of(m_steps.begin(), m_steps.end(),
                       [](const OktaSetupStep &s) { return s.isOktaWrite(); });
}

QString OktaSetupPlan::alignedAudience() const
{
    for (const OktaSetupStep &s : m_steps) {
        if (s.action == OktaSetupStep::Action::AlignAudience)
            return s.audience;
    }
    return {};
}

QJsonArray OktaSetupPlan::stepsJson() const
{
    QJsonArray out;
    for (const OktaSetupStep &s : m_steps)
        out.append(s.toJson());
    return out;
}

QJsonArray OktaSetupPlan::findingsJson() const
{
    QJsonArray out;
    for (const Finding &f : m_findings)
        out.append(f.toJson());
    return out;
}
