#include "net/OktaAdminError.h"

#include "core/OktaReply.h"

Finding OktaAdminError::fromReply(int status, const QByteArray &body, const QString &what)
{
    const auto e = OktaReply::error(body.left(64 * 1024));
    const QString code = e ? e->code : QString();
    QString said = e ? QStringLiteral("%1 (%2)").arg(e->summary, e->code) : tr("HTTP %1").arg(status);
    if (e && !e->causes.isEmpty())
        said += QStringLiteral(": ") + e->causes.join(QStringLiteral("; "));
    const QString message = tr("Okta refused %1: %2").arg(what, said);
    if (code == QLatin1String("E0000015"))
        return Finding::error(
            QStringLiteral("okta_no_api_access_management"), what, message,
            tr("This org lacks API Access Management: custom authorization servers are a paid "
               "feature. Use the \"default\" server (--auth-server default)."));
    if (code == QLatin1String("E0000006") || (code.isEmpty() && status == 403))
        return Finding::error(
            QStringLiteral("okta_admin_rights"), what, message,
            tr("The API token's admin lacks rights: create the token as an admin with the API "
               "Access Management Administrator (or Super Administrator) role."));
    if (code == QLatin1String("E0000011") || status == 401)
        return Finding::error(
            QStringLiteral("okta_invalid_token"), what, message,
            tr("The API token is invalid or expired: create one under Security → API → Tokens "
               "and give it through OKTA_API_TOKEN, --okta-api-token-file or the keychain."));
    if (code == QLatin1String("E0000001"))
        return Finding::error(QStringLiteral("okta_validation_failed"), what, message,
                              tr("Okta refused the values named above; correct them and run again."));
    if (code == QLatin1String("E0000007") || status == 404)
        return Finding::error(QStringLiteral("okta_not_found"), what, message,
                              tr("Check the Okta domain and the authorization server id."));
    if (status == 429)
        return rateLimited(what, 0);
    if (status >= 500)
        return Finding::error(QStringLiteral("okta_server_error"), what, message,
                              tr("Okta had a problem; try again in a few minutes (status.okta.com)."));
    return Finding::error(QStringLiteral("okta_http_error"), what, message, tr("See Okta's message above."));
}

Finding OktaAdminError::rateLimited(const QString &what, int waitedMs)
{
    return Finding::error(
        QStringLiteral("okta_rate_limited"), what,
        tr("Okta's rate limit stopped %1 (waited %2 s in all).").arg(what).arg(waitedMs / 1000),
        tr("Wait a minute and run again; other API clients of this org share the limit."));
}

Finding OktaAdminError::badReply(const QString &what, const QString &problem)
{
    return Finding::error(
        QStringLiteral("okta_bad_reply"), what,
        tr("The reply to %1 is not what the Okta Management API sends: %2").arg(what, problem),
        tr("Check that the Okta domain is the org's own (not a proxy or a login page)."));
}

Finding OktaAdminError::network(const QString &code, const QString &what, const QString &problem)
{
    return Finding::error(code, what, tr("%1 failed: %2").arg(what, problem),
                          tr("Check the Okta domain, the network and any proxy."));
}
