#include "net/OktaAdminError.h"

#include "core/OktaReply.h"

Problem OktaAdminError::fromReply(int status, const QByteArray &body, const QString &what)
{
    const auto e = OktaReply::error(body.left(64 * 1024));
    const QString code = e ? e->code : QString();
    QString said = e ? QStringLiteral("%1 (%2)").arg(e->summary, e->code) : tr("HTTP %1").arg(status);
    if (e && !e->causes.isEmpty())
        said += QStringLiteral(": ") + e->causes.join(QStringLiteral("; "));
    const QString message = tr("Okta refused %1: %2").arg(what, said);
    if (code == QLatin1String("E0000015"))
        return Problem{QStringLiteral("okta_no_api_access_management"), message,
                       tr("This org lacks API Access Management: custom authorization servers are a paid "
                          "feature. Use the \"default\" server (--auth-server default)."),
                       what};
    if (code == QLatin1String("E0000006") || (code.isEmpty() && status == 403))
        return Problem{QStringLiteral("okta_admin_rights"), message,
                       tr("The API token's admin lacks rights: create the token as an admin with the API "
                          "Access Management Administrator (or Super Administrator) role."),
                       what};
    if (code == QLatin1String("E0000011") || status == 401)
        return Problem{QStringLiteral("okta_invalid_token"), message,
                       tr("The API token is invalid or expired: create one under Security → API → Tokens "
                          "and give it through OKTA_API_TOKEN, --okta-api-token-file or the keychain."),
                       what};
    if (code == QLatin1String("E0000001"))
        return Problem{QStringLiteral("okta_validation_failed"), message,
                       tr("Okta refused the values named above; correct them and run again."), what};
    if (code == QLatin1String("E0000007") || status == 404)
        return Problem{QStringLiteral("okta_not_found"), message,
                       tr("Check the Okta domain and the authorization server id."), what};
    if (status == 429)
        return rateLimited(what, 0);
    if (status >= 500)
        return Problem{QStringLiteral("okta_server_error"), message,
                       tr("Okta had a problem; try again in a few minutes (status.okta.com)."), what};
    return Problem{QStringLiteral("okta_http_error"), message, tr("See Okta's message above."), what};
}

Problem OktaAdminError::rateLimited(const QString &what, int waitedMs)
{
    return Problem{QStringLiteral("okta_rate_limited"),
                   tr("Okta's rate limit stopped %1 (waited %2 s in all).").arg(what).arg(waitedMs / 1000),
                   tr("Wait a minute and run again; other API clients of this org share the limit."), what};
}

Problem OktaAdminError::badReply(const QString &what, const QString &problem)
{
    return Problem{QStringLiteral("okta_bad_reply"),
                   tr("The reply to %1 is not what the Okta Management API sends: %2").arg(what, problem),
                   tr("Check that the Okta domain is the org's own (not a proxy or a login page)."), what};
}

Problem OktaAdminError::network(const QString &code, const QString &what, const QString &problem)
{
    return Problem{code, tr("%1 failed: %2").arg(what, problem),
                   tr("Check the Okta domain, the network and any proxy."), what};
}

bool OktaAdminError::refusedWrite(const Problem &error)
{
    return error.code.startsWith(QLatin1String("okta_")) && error.code != QLatin1String("okta_timeout") &&
           error.code != QLatin1String("okta_network_error") &&
           error.code != QLatin1String("okta_bad_reply") &&
           error.code != QLatin1String("okta_server_error") && error.code != QLatin1String("okta_cancelled");
}
