#include "net/OktaSignIn.h"

#include "core/Base64Url.h"
#include "core/OAuthReply.h"
#include "core/ProviderSettings.h"
#include "core/RandomToken.h"
#include "net/LoopbackListener.h"
#include "net/NetRequest.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace {
constexpr qint64 kMaxReplyBytes = 256 * 1024;

QString formValue(const QString &v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}
} // namespace

OktaSignIn::OktaSignIn(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &OktaSignIn::tick);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &OktaSignIn::poll);
}

OktaSignIn::~OktaSignIn() = default;

QUrl OktaSignIn::endpoint(const Config &config, const QString &name)
{
    ProviderSettings s;
    s.oktaDomain = config.oktaDomain;
    const QString base = s.oktaBaseUrl();
    const QString server = config.authServerId.trimmed();
    return QUrl(server.isEmpty()
                    ? base + QStringLiteral("/oauth2/v1/") + name
                    : base + QStringLiteral("/oauth2/") + server + QStringLiteral("/v1/") + name);
}

void OktaSignIn::startBrowser(const Config &config)
{
    cancel();
    m_config = config;
    m_running = true;
    m_clock.start();
    m_verifier = RandomToken::base64Url(32); // 43 characters
    m_state = QString::fromLatin1(RandomToken::base64Url(16));
    m_nonce = QString::fromLatin1(RandomToken::base64Url(16));
    m_listener = new LoopbackListener(this);
    if (config.clientId.trimmed().isEmpty() || !endpoint(config, QStringLiteral("authorize")).isValid() ||
        OktaSignIn::endpoint(config, {}).host().isEmpty())
        return finishWith(Problem{QStringLiteral("sign_in_input"),
                                  tr("Sign-in needs an Okta domain and a client id."),
                                  {},
                                  QStringLiteral("client_id")});
    if (const Result<void> listening = m_listener->listenFor(config.redirectUri, m_state); !listening)
        return finishWith(Problem{
            QStringLiteral("redirect_listener"),
            tr("Sign-in could not wait for the browser: %1").arg(listening.problem().message),
            tr("Free the port or pass another registered redirect URI."), QStringLiteral("redirect_uri")});
    connect(m_listener, &LoopbackListener::codeReceived, this, &OktaSignIn::exchange);
    connect(m_listener, &LoopbackListener::refused, this, &OktaSignIn::callbackRefused);
    connect(m_listener, &LoopbackListener::errorReceived, this, [this](const QString &e, const QString &d) {
        finishWith(OAuthReply::explain(QStringLiteral("authorize"), e, d));
    });
    QUrl url = endpoint(config, QStringLiteral("authorize"));
    QUrlQuery q;
    const QByteArray challenge =
        Base64Url::encode(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256));
    q.addQueryItem(QStringLiteral("client_id"), formValue(config.clientId.trimmed()));
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), formValue(config.scopes.join(QLatin1Char(' '))));
    q.addQueryItem(QStringLiteral("redirect_uri"), formValue(config.redirectUri.toString()));
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("nonce"), m_nonce);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    m_deadlineMs = config.waitTimeoutMs;
    m_ticker.start();
    emit authorizeUrlReady(url);
}

void OktaSignIn::exchange(const QString &code)
{
    m_ticker.stop();
    post(endpoint(m_config, QStringLiteral("token")),
         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("client_id"), m_config.clientId.trimmed()},
          {QStringLiteral("redirect_uri"), m_config.redirectUri.toString()},
          {QStringLiteral("code"), code},
          {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}},
         QStringLiteral("token"), [this](int, const QByteArray &body) {
             const OAuthReply r = OAuthReply::parseToken(body);
             if (!r.ok)
                 return finishWith(r.explain(QStringLiteral("token")));
             finishWith(Tokens{r.accessToken, r.idToken, r.tokenType, r.scope, r.expiresIn});
         });
}

void OktaSignIn::startDevice(const Config &config)
{
    cancel();
    m_config = config;
    m_running = true;
    m_clock.start();
    if (config.clientId.trimmed().isEmpty() || OktaSignIn::endpoint(config, {}).host().isEmpty())
        return finishWith(Problem{QStringLiteral("sign_in_input"),
                                  tr("Sign-in needs an Okta domain and a client id."),
                                  {},
                                  QStringLiteral("client_id")});
    requestDevice();
}

void OktaSignIn::requestDevice()
{
    post(endpoint(m_config, QStringLiteral("device/authorize")),
         {{QStringLiteral("client_id"), m_config.clientId.trimmed()},
          {QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' '))}},
         QStringLiteral("device"), [this](int, const QByteArray &body) {
             const OAuthReply r = OAuthReply::parseDeviceAuthorization(body);
             if (!r.ok)
                 return finishWith(r.explain(QStringLiteral("device")));
             m_deviceCode = r.deviceCode;
             m_interval = r.interval;
             m_deadlineMs = m_clock.elapsed() + r.expiresIn * 1000;
             m_ticker.start();
             m_pollTimer.start(m_interval * 1000);
             emit deviceCodeReady(
                 {r.userCode, r.verificationUri, r.verificationUriComplete, int(r.expiresIn), r.interval});
             emit countdown(int(r.expiresIn));
         });
}

void OktaSignIn::poll()
{
    post(endpoint(m_config, QStringLiteral("token")),
         {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
          {QStringLiteral("client_id"), m_config.clientId.trimmed()},
          {QStringLiteral("device_code"), m_deviceCode}},
         QStringLiteral("token"), [this](int, const QByteArray &body) {
             const OAuthReply r = OAuthReply::parseToken(body);
             if (r.ok)
                 return finishWith(Tokens{r.accessToken, r.idToken, r.tokenType, r.scope, r.expiresIn});
             if (!r.isPending() && !r.isSlowDown())
                 return finishWith(r.explain(QStringLiteral("token")));
             if (r.isSlowDown())
                 m_interval += 5; // for this and every later poll
             m_pollTimer.start(m_interval * 1000);
         });
}

void OktaSignIn::post(const QUrl &url, const QList<QPair<QString, QString>> &form, const QString &step,
                      std::function<void(int, const QByteArray &)> done)
{
    QUrlQuery q;
    for (const auto &item : form)
        q.addQueryItem(item.first, formValue(item.second));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    m_reply = NetRequest::send(
        m_nam, request, "POST", q.toString(QUrl::FullyEncoded).toLatin1(), kMaxReplyBytes,
        m_config.requestTimeoutMs, this, [this, step, done](const NetRequest::Result &r) {
            if (!m_running || r.cancelled)
                return;
            // Okta's OAuth errors come as 400/401 JSON; anything else is a transport failure.
            if (r.status == 0 || r.status >= 500 || (r.status >= 300 && r.status < 400) ||
                ((r.status < 200 || r.status >= 300) && !r.isJson()))
                return finishWith(
                    Problem{QStringLiteral("okta_unreachable"),
                            tr("The Okta %1 step failed: %2").arg(step, NetRequest::describe(r)),
                            tr("Check the Okta domain, the network and the authorization server id."), step});
            done(r.status, r.body);
        });
}

void OktaSignIn::tick()
{
    const qint64 leftMs = m_deadlineMs - m_clock.elapsed();
    if (leftMs <= 0) {
        const bool device = !m_deviceCode.isEmpty();
        return finishWith(
            device ? OAuthReply::explain(QStringLiteral("device"), QStringLiteral("expired_token"), {})
                   : Problem{QStringLiteral("sign_in_timeout"),
                             tr("No sign-in reached %1 in time.").arg(m_config.redirectUri.toString()),
                             tr("Okta redirects only to registered URIs: register exactly this one "
                                "on the app, or pass the registered one."),
                             QStringLiteral("authorize")});
    }
    emit countdown(int((leftMs + 999) / 1000));
}

void OktaSignIn::cancel()
{
    if (m_running)
        finishWith(Problem{QStringLiteral("sign_in_cancelled"),
                           tr("The sign-in was cancelled."),
                           {},
                           QStringLiteral("sign-in")});
}

void OktaSignIn::releaseListener()
{
    if (!m_listener)
        return;
    m_listener->close();
    // Its last page may still be on the way to the browser: the sockets go a little later.
    QTimer::singleShot(2000, m_listener, &QObject::deleteLater);
    m_listener = nullptr;
}

bool OktaSignIn::stop()
{
    if (!m_running)
        return false;
    m_running = false;
    m_ticker.stop();
    m_pollTimer.stop();
    NetRequest::markCancelled(m_reply); // none in flight after a success; a cancel or timeout aborts it
    releaseListener();
    m_deviceCode.clear();
    return true;
}

void OktaSignIn::finishWith(const Problem &error)
{
    if (stop())
        emit failed(error);
}

void OktaSignIn::finishWith(const Tokens &tokens)
{
    if (stop())
        emit signedIn(tokens);
}
