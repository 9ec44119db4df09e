#include "sandbox/OktaSandboxSignIn.h"

#include "core/Base64Url.h"
#include "sandbox/OktaSandbox.h"
#include "sandbox/OktaSandboxReplies.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace {
using Status = OktaSandboxReplies::Status;
using R = OktaSandboxReplies;

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
} // namespace

OktaSandboxSignIn::OktaSandboxSignIn(OktaSandbox *okta) : m_okta(okta), m_device(okta)
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
    m_device.addRoutes(server, base);
}

void OktaSandboxSignIn::reset()
{
    m_redirectUris.clear();
    m_denied.clear();
    m_device.reset();
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
    Grant g{R::value(q, "client_id"),
            R::value(q, "redirect_uri"),
            R::value(q, "code_challenge"),
            R::value(q, "scope"),
            R::value(q, "nonce"),
            R::value(q, "state"),
            0};
    // Okta shows its own error page for these two: the browser never returns to the app.
    if (g.clientId != OktaSandbox::demoClientId())
        return R::page(QStringLiteral("invalid_client"),
                       QStringLiteral("<p>The client_id is not known to this authorization server.</p>"),
                       Status::BadRequest);
    if (!redirectAllowed(g.redirectUri))
        return R::page(
            QStringLiteral("invalid_request"),
            QStringLiteral("<p>The 'redirect_uri' parameter must be a Login redirect URI in the client "
                           "app settings.</p>"),
            Status::BadRequest);
    auto fail = [&](const QString &error, const QString &description) {
        return redirectTo(QUrl(g.redirectUri), {{QStringLiteral("error"), error},
                                                {QStringLiteral("error_description"), description},
                                                {QStringLiteral("state"), g.state}});
    };
    if (R::value(q, "response_type") != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("The response type is not supported by the authorization server."));
    if (g.state.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("The authentication request has an invalid 'state' parameter."));
    if (g.challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE code challenge is required by the application."));
    if (R::value(q, "code_challenge_method") != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE code challenge method is not supported. Supported values: S256."));
    if (g.scope.isEmpty())
        return fail(QStringLiteral("invalid_scope"),
                    QStringLiteral("The authorization request requires scopes."));
    if (!m_denied.isEmpty())
        return fail(QStringLiteral("access_denied"), m_denied);
    const QString txn = R::randomToken(16);
    m_pending.insert(txn, g);
    return R::page(
        QStringLiteral("Sign in"),
        QStringLiteral("<p><a id=\"signin\" href=\"%1/v1/authorize/complete?txn=%2\">Sign in as %3</a></p>")
            .arg(m_base, txn, OktaSandbox::demoUserLogin().toHtmlEscaped()));
}

QHttpServerResponse OktaSandboxSignIn::complete(const QHttpServerRequest &request)
{
    const QString txn = R::value(request.query(), "txn");
    if (!m_pending.contains(txn))
        return R::page(QStringLiteral("Session expired"), QStringLiteral("<p>Start the sign-in again.</p>"),
                       Status::BadRequest);
    Grant g = m_pending.take(txn);
    g.issuedMs = nowMs();
    const QString code = R::randomToken(24);
    m_codes.insert(code, g);
    return redirectTo(QUrl(g.redirectUri),
                      {{QStringLiteral("code"), code}, {QStringLiteral("state"), g.state}});
}

QHttpServerResponse OktaSandboxSignIn::token(const QHttpServerRequest &request)
{
    ++m_tokenRequests;
    const QUrlQuery form = R::form(request);
    for (const auto &h : request.headers()) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            return R::oauthError(
                Status::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("Client authentication is not allowed for this public client."));
    }
    if (form.hasQueryItem(QStringLiteral("client_secret")))
        return R::oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("Client authentication is not allowed for this public client."));
    if (R::value(form, "client_id") != OktaSandbox::demoClientId())
        return R::oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                             QStringLiteral("Invalid value for 'client_id' parameter."));
    const QString grant = R::value(form, "grant_type");
    if (grant == QLatin1String("authorization_code"))
        return codeToken(form);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return m_device.token(form, m_denied);
    return R::oauthError(Status::BadRequest, QStringLiteral("unsupported_grant_type"),
                         QStringLiteral("'grant_type' is missing or unsupported."));
}

QHttpServerResponse OktaSandboxSignIn::codeToken(const QUrlQuery &form)
{
    const QString code = R::value(form, "code");
    auto invalidGrant = [] {
        return R::oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                             QStringLiteral("The authorization code is invalid or has expired."));
    };
    if (m_usedCodes.contains(code) || !m_codes.contains(code))
        return invalidGrant();
    const Grant g = m_codes.take(code);
    m_usedCodes.insert(code); // single use, even when this exchange fails
    if (nowMs() - g.issuedMs > 300000)
        return invalidGrant();
    if (R::value(form, "redirect_uri") != g.redirectUri)
        return R::oauthError(
            Status::BadRequest, QStringLiteral("invalid_grant"),
            QStringLiteral("The 'redirect_uri' does not match the redirection URI used in the "
                           "authorization request."));
    const QByteArray verifier = R::value(form, "code_verifier").toLatin1();
    const QByteArray challenge =
        Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    if (verifier.size() < 43 || verifier.size() > 128 || QString::fromLatin1(challenge) != g.challenge) {
        ++m_pkceFailures;
        return R::oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                             QStringLiteral("PKCE verification failed."));
    }
    ++m_codesExchanged;
    return R::tokens(*m_okta, g.clientId, g.scope, g.nonce);
}
