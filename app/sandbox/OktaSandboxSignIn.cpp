#include "sandbox/OktaSandboxSignIn.h"

#include "core/Base64Url.h"
#include "core/RandomToken.h"
#include "sandbox/OktaSandbox.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {
using Status = QHttpServerResponder::StatusCode;

QString randomToken(int bytes)
{
    return QString::fromLatin1(RandomToken::base64Url(bytes));
}

QHttpServerResponse oauthError(Status status, const QString &error, const QString &description)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
}

QHttpServerResponse page(const QString &title, const QString &body, Status status = Status::Ok)
{
    const QString html = QStringLiteral("<!doctype html><html><head><title>%1</title></head><body><h1>%1</h1>"
                                        "<p>Okta sandbox: no real account is involved.</p>%2</body></html>")
                             .arg(title.toHtmlEscaped(), body);
    return QHttpServerResponse("text/html; charset=utf-8", html.toUtf8(), status);
}

QHttpServerResponse redirectTo(QUrl target, const QList<QPair<QString, QString>> &params)
{
    QUrlQuery q(target);
    for (const auto &p : params)
        q.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    target.setQuery(q);
    QHttpServerResponse response(QByteArray(), Status::Found);
    response.setHeader("Location", target.toEncoded());
    return response;
}

QUrlQuery formOf(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString value(const QUrlQuery &q, const char *name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}
} // namespace

OktaSandboxSignIn::OktaSandboxSignIn(OktaSandbox *okta) : m_okta(okta)
{
    m_clock.start();
}

void OktaSandboxSignIn::addRoutes(QHttpServer &server, const QString &base)
{
    m_base = base;
    server.route(base + QStringLiteral("/v1/authorize"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return authorize(r); });
    server.route(base + QStringLiteral("/v1/authorize/complete"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return complete(r); });
    server.route(base + QStringLiteral("/v1/token"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return token(r); });
    server.route(base + QStringLiteral("/v1/device/authorize"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return deviceAuthorize(r); });
    server.route(QStringLiteral("/activate"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return activate(r, 0); });
    server.route(QStringLiteral("/activate/approve"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return activate(r, 1); });
    server.route(QStringLiteral("/activate/deny"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return activate(r, -1); });
}

void OktaSandboxSignIn::reset()
{
    m_redirectUris.clear();
    m_denied.clear();
    m_deviceExpiresIn = 600;
    m_deviceInterval = 5;
    m_forcedSlowDowns = 0;
    m_pkceFailures = m_tokenRequests = m_codesExchanged = 0;
}

bool OktaSandboxSignIn::redirectAllowed(const QString &uri) const
{
    if (!m_redirectUris.isEmpty())
        return m_redirectUris.contains(uri);
    const QUrl url(uri, QUrl::StrictMode);
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    return url.isValid() && url.scheme() == QLatin1String("http") && loopback && url.port() > 0 &&
           url.path() == QLatin1String("/callback") && !url.hasQuery() && !url.hasFragment();
}

QHttpServerResponse OktaSandboxSignIn::authorize(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    Grant g{value(q, "client_id"),
            value(q, "redirect_uri"),
            value(q, "code_challenge"),
            value(q, "scope"),
            value(q, "nonce"),
            value(q, "state"),
            0};
    // Okta shows its own error page for these two: the browser never returns to the app.
    if (g.clientId != OktaSandbox::demoClientId())
        return page(QStringLiteral("invalid_client"),
                    QStringLiteral("<p>The client_id is not known to this authorization server.</p>"),
                    Status::BadRequest);
    if (!redirectAllowed(g.redirectUri))
        return page(
            QStringLiteral("invalid_request"),
            QStringLiteral("<p>The 'redirect_uri' parameter must be a Login redirect URI in the client "
                           "app settings.</p>"),
            Status::BadRequest);
    auto fail = [&](const QString &error, const QString &description) {
        return redirectTo(QUrl(g.redirectUri), {{QStringLiteral("error"), error},
                                                {QStringLiteral("error_description"), description},
                                                {QStringLiteral("state"), g.state}});
    };
    if (value(q, "response_type") != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("The response type is not supported by the authorization server."));
    if (g.state.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("The authentication request has an invalid 'state' parameter."));
    if (g.challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE code challenge is required by the application."));
    if (value(q, "code_challenge_method") != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE code challenge method is not supported. Supported values: S256."));
    if (g.scope.isEmpty())
        return fail(QStringLiteral("invalid_scope"),
                    QStringLiteral("The authorization request requires scopes."));
    if (!m_denied.isEmpty())
        return fail(QStringLiteral("access_denied"), m_denied);
    const QString txn = randomToken(16);
    m_pending.insert(txn, g);
    return page(
        QStringLiteral("Sign in"),
        QStringLiteral("<p><a id=\"signin\" href=\"%1/v1/authorize/complete?txn=%2\">Sign in as %3</a></p>")
            .arg(m_base, txn, OktaSandbox::demoUserLogin().toHtmlEscaped()));
}

QHttpServerResponse OktaSandboxSignIn::complete(const QHttpServerRequest &request)
{
    const QString txn = value(request.query(), "txn");
    if (!m_pending.contains(txn))
        return page(QStringLiteral("Session expired"), QStringLiteral("<p>Start the sign-in again.</p>"),
                    Status::BadRequest);
    Grant g = m_pending.take(txn);
    g.issuedMs = nowMs();
    const QString code = randomToken(24);
    m_codes.insert(code, g);
    return redirectTo(QUrl(g.redirectUri),
                      {{QStringLiteral("code"), code}, {QStringLiteral("state"), g.state}});
}

QHttpServerResponse OktaSandboxSignIn::token(const QHttpServerRequest &request)
{
    ++m_tokenRequests;
    const QUrlQuery form = formOf(request);
    for (const auto &h : request.headers()) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("Client authentication is not allowed for this public client."));
    }
    if (form.hasQueryItem(QStringLiteral("client_secret")))
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("Client authentication is not allowed for this public client."));
    if (value(form, "client_id") != OktaSandbox::demoClientId())
        return oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                          QStringLiteral("Invalid value for 'client_id' parameter."));
    const QString grant = value(form, "grant_type");
    if (grant == QLatin1String("authorization_code"))
        return codeToken(form);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return deviceToken(form);
    return oauthError(Status::BadRequest, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("'grant_type' is missing or unsupported."));
}

QHttpServerResponse OktaSandboxSignIn::codeToken(const QUrlQuery &form)
{
    const QString code = value(form, "code");
    auto invalidGrant = [] {
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code is invalid or has expired."));
    };
    if (m_usedCodes.contains(code) || !m_codes.contains(code))
        return invalidGrant();
    const Grant g = m_codes.take(code);
    m_usedCodes.insert(code); // single use, even when this exchange fails
    if (nowMs() - g.issuedMs > 300000)
        return invalidGrant();
    if (value(form, "redirect_uri") != g.redirectUri)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                          QStringLiteral("The 'redirect_uri' does not match the redirection URI used in the "
                                         "authorization request."));
    const QByteArray verifier = value(form, "code_verifier").toLatin1();
    const QByteArray challenge =
        Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    if (verifier.size() < 43 || verifier.size() > 128 || QString::fromLatin1(challenge) != g.challenge) {
        ++m_pkceFailures;
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                          QStringLiteral("PKCE verification failed."));
    }
    ++m_codesExchanged;
    return tokens(g.clientId, g.scope, g.nonce);
}

QHttpServerResponse OktaSandboxSignIn::deviceAuthorize(const QHttpServerRequest &request)
{
    const QUrlQuery form = formOf(request);
    if (value(form, "client_id") != OktaSandbox::demoClientId())
        return oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                          QStringLiteral("Invalid value for 'client_id' parameter."));
    Device d;
    d.deviceCode = randomToken(24);
    static const char letters[] = "BCDFGHJKLMNPQRSTVWXZ";
    for (int i = 0; i < 8; ++i)
        d.userCode += QLatin1Char(letters[QRandomGenerator::system()->bounded(20)]);
    d.clientId = value(form, "client_id");
    d.scope = value(form, "scope");
    d.expiresMs = nowMs() + qint64(m_deviceExpiresIn) * 1000;
    d.interval = m_deviceInterval;
    m_devices.insert(d.deviceCode, d);
    m_lastUserCode = d.userCode;
    const QString verification = m_okta->domain() + QStringLiteral("/activate");
    return QHttpServerResponse(QJsonObject{{QStringLiteral("device_code"), d.deviceCode},
                                           {QStringLiteral("user_code"), d.userCode},
                                           {QStringLiteral("verification_uri"), verification},
                                           {QStringLiteral("verification_uri_complete"),
                                            verification + QStringLiteral("?user_code=") + d.userCode},
                                           {QStringLiteral("expires_in"), m_deviceExpiresIn},
                                           {QStringLiteral("interval"), m_deviceInterval}});
}

QHttpServerResponse OktaSandboxSignIn::deviceToken(const QUrlQuery &form)
{
    auto it = m_devices.find(value(form, "device_code"));
    if (it == m_devices.end() || it->status == Device::Status::Done)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                          QStringLiteral("The device code is invalid or has expired."));
    Device &d = *it;
    const qint64 now = nowMs();
    const qint64 last = std::exchange(d.lastPollMs, now);
    if (now >= d.expiresMs)
        return oauthError(Status::BadRequest, QStringLiteral("expired_token"),
                          QStringLiteral("The device code has expired."));
    // Timers fire up to a few ms early; 100 ms of tolerance keeps that from counting as polling too fast.
    const bool tooFast = last >= 0 && now - last < qint64(d.interval) * 1000 - 100;
    if (m_forcedSlowDowns > 0 || tooFast) {
        m_forcedSlowDowns = std::max(0, m_forcedSlowDowns - 1);
        d.interval += 5;
        return oauthError(Status::BadRequest, QStringLiteral("slow_down"),
                          QStringLiteral("Slow down the polling frequency. Please try again later."));
    }
    if (!m_denied.isEmpty() || d.status == Device::Status::Denied) {
        d.status = Device::Status::Done;
        return oauthError(Status::BadRequest, QStringLiteral("access_denied"),
                          m_denied.isEmpty() ? QStringLiteral("The resource owner or authorization server "
                                                              "denied the request.")
                                             : m_denied);
    }
    if (d.status == Device::Status::Pending)
        return oauthError(Status::BadRequest, QStringLiteral("authorization_pending"),
                          QStringLiteral("The device authorization is pending. Please try again later."));
    d.status = Device::Status::Done;
    return tokens(d.clientId, d.scope, QString());
}

bool OktaSandboxSignIn::approveDevice(const QString &userCode)
{
    for (Device &d : m_devices) {
        if (d.userCode == userCode && d.status == Device::Status::Pending) {
            d.status = Device::Status::Approved;
            return true;
        }
    }
    return false;
}

QHttpServerResponse OktaSandboxSignIn::activate(const QHttpServerRequest &request, int decision)
{
    const QString userCode = value(request.query(), "user_code").toUpper();
    if (decision == 0) {
        const QString link = QStringLiteral("/activate/%1?user_code=%2");
        return page(
            QStringLiteral("Activate your device"),
            QStringLiteral("<p>Code: %1</p><p><a id=\"approve\" href=\"%2\">Sign in as %3 and allow</a> "
                           "<a id=\"deny\" href=\"%4\">Deny</a></p>")
                .arg(userCode.toHtmlEscaped(), link.arg(QStringLiteral("approve"), userCode.toHtmlEscaped()),
                     OktaSandbox::demoUserLogin().toHtmlEscaped(),
                     link.arg(QStringLiteral("deny"), userCode.toHtmlEscaped())));
    }
    for (Device &d : m_devices) {
        if (d.userCode == userCode && d.status == Device::Status::Pending) {
            d.status = decision > 0 ? Device::Status::Approved : Device::Status::Denied;
            return page(decision > 0 ? QStringLiteral("Device activated") : QStringLiteral("Access denied"),
                        QStringLiteral("<p>Return to your device.</p>"));
        }
    }
    return page(QStringLiteral("Invalid code"), QStringLiteral("<p>The code is invalid or has expired.</p>"),
                Status::BadRequest);
}

QHttpServerResponse OktaSandboxSignIn::tokens(const QString &clientId, const QString &scope,
                                              const QString &nonce) const
{
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonObject idClaims{{QStringLiteral("aud"), clientId}};
    if (!nonce.isEmpty())
        idClaims.insert(QStringLiteral("nonce"), nonce);
    QJsonObject reply{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), 3600},
                      {QStringLiteral("access_token"),
                       QString::fromLatin1(
                           m_okta->mintToken({{QStringLiteral("scp"), QJsonArray::fromStringList(scopes)}}))},
                      {QStringLiteral("scope"), scope}};
    if (scopes.contains(QStringLiteral("openid")))
        reply.insert(QStringLiteral("id_token"), QString::fromLatin1(m_okta->mintToken(idClaims)));
    return QHttpServerResponse(reply);
}
