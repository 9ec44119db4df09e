#include "core/OAuthReply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
bool readError(const QJsonObject &o, OAuthReply *r)
{
    const QJsonValue e = o.value(QStringLiteral("error"));
    if (e.isUndefined())
        return false;
    r->error =
        e.isString() && !e.toString().isEmpty() ? e.toString().left(200) : QStringLiteral("invalid_reply");
    r->errorDescription = o.value(QStringLiteral("error_description")).toString().left(1000);
    return true;
}

bool fail(OAuthReply *r, const QString &code, const QString &what)
{
    r->ok = false;
    r->error = code;
    r->errorDescription = what;
    return false;
}

bool object(const QByteArray &body, QJsonObject *o, OAuthReply *r)
{
    if (body.size() > 1024 * 1024)
        return fail(r, QStringLiteral("reply_too_large"), OAuthReply::tr("The reply is larger than 1 MiB."));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return fail(r, QStringLiteral("not_json"), OAuthReply::tr("The reply is not a JSON object."));
    *o = doc.object();
    return !readError(*o, r);
}

bool text(const QJsonObject &o, const char *key, qsizetype max, QString *out, OAuthReply *r)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > max)
        return fail(r, QStringLiteral("missing_field"),
                    OAuthReply::tr("The reply has no usable \"%1\".").arg(QLatin1String(key)));
    *out = v.toString();
    return true;
}
} // namespace

OAuthReply OAuthReply::parseToken(const QByteArray &body)
{
    OAuthReply r;
    QJsonObject o;
    QString access, id;
    if (!object(body, &o, &r) || !text(o, "access_token", kMaxTokenChars, &access, &r))
        return r;
    r.accessToken = access.toLatin1();
    if (o.value(QStringLiteral("id_token")).isString())
        r.idToken = o.value(QStringLiteral("id_token")).toString().left(kMaxTokenChars).toLatin1();
    r.tokenType = o.value(QStringLiteral("token_type")).toString().left(40);
    r.scope = o.value(QStringLiteral("scope")).toString().left(4000);
    // A lifetime beyond a year (or negative, or not a number) says nothing usable: unknown, not an overflow.
    const double expiresIn = o.value(QStringLiteral("expires_in")).toDouble();
    r.expiresIn = expiresIn >= 0 && expiresIn <= 366.0 * 24 * 3600 ? qint64(expiresIn) : 0;
    r.ok = true;
    return r;
}

OAuthReply OAuthReply::parseDeviceAuthorization(const QByteArray &body)
{
    OAuthReply r;
    QJsonObject o;
    if (!object(body, &o, &r) || !text(o, "device_code", 4096, &r.deviceCode, &r) ||
        !text(o, "user_code", 64, &r.userCode, &r) ||
        !text(o, "verification_uri", 2048, &r.verificationUri, &r))
        return r;
    r.verificationUriComplete = o.value(QStringLiteral("verification_uri_complete")).toString().left(2048);
    const QUrl verification(r.verificationUri);
    if (!verification.isValid() || verification.isRelative() || verification.host().isEmpty() ||
        (verification.scheme() != QLatin1String("https") && verification.scheme() != QLatin1String("http"))) {
        fail(&r, QStringLiteral("missing_field"), tr("The reply's verification_uri is not a web address."));
        return r;
    }
    const double expires = o.value(QStringLiteral("expires_in")).toDouble();
    const double interval = o.value(QStringLiteral("interval")).toDouble(5);
    r.expiresIn = expires >= 1 && expires <= 3600 ? qint64(expires) : 600;
    r.interval = interval >= 1 && interval <= 60 ? int(interval) : 5;
    r.ok = true;
    return r;
}

Problem OAuthReply::explain(const QString &step, const QString &error, const QString &description)
{
    QString cause = description;
    QString fix;
    if (error == QLatin1String("access_denied") && description.contains(QLatin1String("Policy evaluation"))) {
        cause = tr("No access policy rule of this authorization server lets this client sign in (%1).")
                    .arg(description);
        fix = tr("Add an access policy for this client id and a rule that allows its grant type (okta-jwt "
                 "okta-setup does it).");
    } else if (error == QLatin1String("access_denied") &&
               description.contains(QLatin1String("not assigned"))) {
        cause = tr("The user is not assigned to this Okta application (user_not_assigned).");
        fix = tr("Assign the user, or the Everyone group, to the application in Okta.");
    } else if (error == QLatin1String("access_denied")) {
        cause = tr("The sign-in was denied: %1").arg(description);
        fix = tr("Sign in again and allow access, or check the application's assignments and policies.");
    } else if (error == QLatin1String("invalid_client")) {
        fix = tr("Check the client id: it must be the Client ID of a native Okta app (no client secret).");
    } else if (error == QLatin1String("invalid_grant")) {
        fix = tr("The code or device code was used, expired or does not match: start the sign-in again.");
    } else if (error == QLatin1String("expired_token")) {
        cause = tr("The device code expired before the sign-in was confirmed.");
        fix = tr("Start again and enter the code within its time.");
    } else if (error == QLatin1String("unauthorized_client")) {
        fix = tr("Allow this grant type (Authorization Code, or Device Authorization) on the Okta app.");
    } else if (error == QLatin1String("invalid_scope")) {
        fix = tr("Request only scopes the authorization server defines (openid, profile, email, ...).");
    } else if (error == QLatin1String("redirect_uri_unregistered")) {
        fix = tr("Add the redirect URI exactly (scheme, host, port and path) to the app's sign-in redirect "
                 "URIs, or pass the registered one.");
    } else {
        fix = tr("Check the Okta application and authorization server settings.");
    }
    return Problem{error.isEmpty() ? QStringLiteral("okta_error") : error,
                   tr("Okta refused the %1 step: %2").arg(step, cause.isEmpty() ? error : cause), fix, step};
}
