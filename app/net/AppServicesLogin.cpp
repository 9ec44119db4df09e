#include "net/AppServicesLogin.h"

#include "core/OktaValidator.h"
#include "net/AdminApiClient.h"
#include "net/AdminCall.h"
#include "net/NetRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QUrlQuery>

namespace {
const QString kClient = QStringLiteral("/api/client/v2.0");

QJsonObject objectOf(const QByteArray &body, bool *isObject)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    *isObject = doc.isObject();
    return doc.object();
}

// An origin App Services may name: https, or http on a loopback host (the sandbox); no credentials.
QString checkedOrigin(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool allowed = scheme == QLatin1String("https") ||
                         (scheme == QLatin1String("http") && OktaValidator::isLoopbackHost(url.host()));
    if (!url.isValid() || url.host().isEmpty() || !allowed || !url.userInfo().isEmpty() || url.hasQuery())
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::StripTrailingSlash).toString();
}
} // namespace

AppServicesLogin::AppServicesLogin(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    m_wait.setSingleShot(true);
}

void AppServicesLogin::start(const QByteArray &token, const Config &config)
{
    cancel();
    m_config = config;
    m_result = Result();
    m_token = token;
    m_running = true;
    m_clock.start();
    if (checkedOrigin(config.clientApiUrl).isEmpty())
        return fail(QStringLiteral("client_api_url"),
                    tr("The client API address is not an https URL: %1").arg(config.clientApiUrl));
    if (config.clientAppId.trimmed().isEmpty())
        return fail(QStringLiteral("client_app_id"), tr("The test login needs the Client App ID."));
    location();
}

void AppServicesLogin::cancel()
{
    if (!m_running)
        return;
    m_wait.stop();
    NetRequest::markCancelled(m_reply);
    fail(QStringLiteral("test_login_cancelled"), tr("The test login was cancelled."));
}

void AppServicesLogin::call(const QString &step, const QString &method, const QString &origin,
                            const QString &path, const QByteArray &bearer, const QByteArray &body, Then then)
{
    emit progress(step);
    QNetworkRequest request(QUrl(origin + path));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    m_reply = NetRequest::send(
        m_nam, request, method.toLatin1(), body, kMaxReplyBytes, m_config.timeoutMs, this,
        [this, step, method, path, then](const NetRequest::Result &r) {
            if (!m_running || r.cancelled)
                return;
            m_result.requests
                << QStringLiteral("%1 %2 → %3 %4 ms").arg(method, path).arg(r.status).arg(r.elapsedMs);
            if (r.status == 0 || (r.status >= 300 && r.status < 400))
                return fail(QStringLiteral("client_api_error"),
                            tr("The %1 step failed: %2").arg(step, NetRequest::describe(r)),
                            tr("Check the client API address and the network."));
            // Not served any more: a 404/410 that is not App Services' JSON, or a 200 that is not JSON.
            const bool notJson = !r.isJson();
            if (notJson &&
                (r.status == 404 || r.status == 410 ||
                 (r.status == 200 && step != QLatin1String("delete") && step != QLatin1String("session"))))
                return fail(
                    QStringLiteral("client_api_unavailable"),
                    tr("App Services does not serve its client API here (%1 answered HTTP %2 without JSON "
                       "at the %3 step). App Services authentication for Device SDKs reached end of life on "
                       "2025-09-30, so a real login cannot be tested on this host.")
                        .arg(QUrl(m_hostname.isEmpty() ? m_config.clientApiUrl : m_hostname).host())
                        .arg(r.status)
                        .arg(step),
                    tr("The provider settings can still be checked locally (okta-jwt verify-token)."));
            then(r.status, r.body);
        });
}

void AppServicesLogin::location()
{
    m_result.stage = QStringLiteral("location");
    const QString path =
        kClient + QStringLiteral("/app/%1/location")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.clientAppId.trimmed())));
    call(QStringLiteral("location"), QStringLiteral("GET"), checkedOrigin(m_config.clientApiUrl), path, {},
         {}, [this](int status, const QByteArray &body) {
             bool isObject = false;
             const QJsonObject o = objectOf(body, &isObject);
             if (status != 200)
                 return fail(QStringLiteral("client_api_error"),
                             tr("The location step failed with HTTP %1: %2")
                                 .arg(status)
                                 .arg(o.value(QStringLiteral("error")).toString().left(500)),
                             tr("Check the Client App ID (e.g. myapp-abcde, not the App's _id)."));
             m_hostname = checkedOrigin(o.value(QStringLiteral("hostname")).toString());
             if (m_hostname.isEmpty())
                 return fail(QStringLiteral("client_api_error"),
                             tr("The location step returned no usable https hostname."));
             login(1);
         });
}

void AppServicesLogin::login(int attempt)
{
    m_result.stage = QStringLiteral("login");
    const QJsonObject device{{QStringLiteral("appId"), m_config.clientAppId.trimmed()},
                             {QStringLiteral("platform"), QSysInfo::productType()},
                             {QStringLiteral("platformVersion"), QSysInfo::productVersion()},
                             {QStringLiteral("sdk"), QStringLiteral("okta-jwt")},
                             {QStringLiteral("sdkVersion"), QCoreApplication::applicationVersion()}};
    const QJsonObject body{{QStringLiteral("token"), QString::fromLatin1(m_token)},
                           {QStringLiteral("options"), QJsonObject{{QStringLiteral("device"), device}}}};
    const QString path =
        kClient + QStringLiteral("/app/%1/auth/providers/custom-token/login")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.clientAppId.trimmed())));
    call(QStringLiteral("login"), QStringLiteral("POST"), m_hostname, path, {},
         QJsonDocument(body).toJson(QJsonDocument::Compact),
         [this, attempt](int status, const QByteArray &reply) {
             if ((status >= 500 || status == 429) && attempt < kMaxLoginAttempts) {
                 m_wait.callOnTimeout(
                     this, [this, attempt] { login(attempt + 1); }, Qt::SingleShotConnection);
                 m_wait.start(m_config.retryDelayMs * attempt);
                 return;
             }
             if (status >= 500 || status == 429)
                 return fail(
                     QStringLiteral("client_api_error"),
                     tr("The login step failed with HTTP %1 after %2 attempts.").arg(status).arg(attempt),
                     tr("App Services had a server problem: try again later."));
             if (status < 200 || status >= 300)
                 return refused(status, reply);
             bool isObject = false;
             const QJsonObject o = objectOf(reply, &isObject);
             m_access = o.value(QStringLiteral("access_token")).toString().toLatin1();
             m_refresh = o.value(QStringLiteral("refresh_token")).toString().toLatin1();
             m_result.userId = o.value(QStringLiteral("user_id")).toString().left(200);
             if (m_access.isEmpty() || m_refresh.isEmpty() || m_result.userId.isEmpty())
                 return fail(QStringLiteral("client_api_error"),
                             tr("The login step's answer lacks access_token, refresh_token or user_id."));
             profile();
         });
}

void AppServicesLogin::profile()
{
    m_result.stage = QStringLiteral("profile");
    call(QStringLiteral("profile"), QStringLiteral("GET"), m_hostname,
         kClient + QStringLiteral("/auth/profile"), m_access, {}, [this](int status, const QByteArray &body) {
             bool isObject = false;
             const QJsonObject o = objectOf(body, &isObject);
             if (status != 200 || !isObject)
                 return fail(QStringLiteral("client_api_error"),
                             tr("The profile step failed with HTTP %1.").arg(status));
             m_result.identities = o.value(QStringLiteral("identities")).toArray();
             m_result.data = o.value(QStringLiteral("data")).toObject();
             logout();
         });
}

void AppServicesLogin::logout()
{
    call(QStringLiteral("session"), QStringLiteral("DELETE"), m_hostname,
         kClient + QStringLiteral("/auth/session"), m_refresh, {}, [this](int, const QByteArray &) {
             // A failed logout leaves a session that expires on its own; the login itself is proven.
             if (m_config.deleteUser)
                 return deleteUser();
             m_result.ok = true;
             m_result.stage = QStringLiteral("done");
             done();
         });
}

void AppServicesLogin::deleteUser()
{
    call(QStringLiteral("delete"), QStringLiteral("DELETE"), m_hostname,
         kClient + QStringLiteral("/auth/delete"), m_access, {}, [this](int status, const QByteArray &) {
             m_result.userDeleted = status >= 200 && status < 300;
             m_result.ok = true;
             m_result.stage = QStringLiteral("done");
             done();
         });
}

void AppServicesLogin::refused(int status, const QByteArray &body)
{
    bool isObject = false;
    const QJsonObject o = objectOf(body, &isObject);
    m_result.appServicesError = o.value(QStringLiteral("error")).toString().left(1000);
    m_result.errorCode = o.value(QStringLiteral("error_code")).toString().left(100);
    m_result.link = o.value(QStringLiteral("link")).toString().left(2000);
    const QUrl link(m_result.link);
    m_result.coId = QUrlQuery(link).queryItemValue(QStringLiteral("co_id")).left(100);
    m_result.error =
        Problem{QStringLiteral("login_refused"),
                tr("App Services refused the login (HTTP %1 %2): %3")
                    .arg(status)
                    .arg(m_result.errorCode, m_result.appServicesError.isEmpty() ? tr("no error text")
                                                                                 : m_result.appServicesError),
                tr("Compare the token with the provider: audience, required metadata "
                   "claims, expiry and signing key."),
                QStringLiteral("login")};
    // Group and App `_id` from the link's path (/groups/{g}/apps/{a}/logs); its host is never called.
    const QStringList parts = link.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype g = parts.indexOf(QStringLiteral("groups"));
    const QString groupId = g >= 0 && g + 3 < parts.size() ? parts.at(g + 1) : m_config.groupId;
    const QString appId = g >= 0 && g + 3 < parts.size() ? parts.at(g + 3) : m_config.appObjectId;
    if (!m_config.admin || m_result.coId.isEmpty() || groupId.isEmpty() || appId.isEmpty())
        return done();
    emit progress(QStringLiteral("log"));
    lookUpLog(groupId, appId, m_clock.elapsed() + m_config.logWindowMs);
}

void AppServicesLogin::lookUpLog(const QString &groupId, const QString &appId, qint64 deadlineMs)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("co_id"), m_result.coId);
    q.addQueryItem(QStringLiteral("type"), QStringLiteral("AUTH"));
    q.addQueryItem(QStringLiteral("errors_only"), QStringLiteral("true"));
    AdminCall *logs = m_config.admin->getLogs(groupId, appId, q.toString(QUrl::FullyEncoded));
    connect(logs, &AdminCall::finished, this, [this, logs, groupId, appId, deadlineMs] {
        if (!m_running)
            return;
        m_result.requests << QStringLiteral("GET %1 → %2").arg(logs->path()).arg(logs->httpStatus());
        bool isObject = false;
        const QJsonArray entries = objectOf(logs->body(), &isObject).value(QStringLiteral("logs")).toArray();
        for (const QJsonValue &e : entries) {
            if (e.toObject().value(QStringLiteral("co_id")).toString() == m_result.coId) {
                m_result.logEntry = e.toObject();
                return done();
            }
        }
        if (!logs->ok() || m_clock.elapsed() + m_config.logRetryDelayMs > deadlineMs)
            return done(); // the refusal stands without its log entry
        m_wait.callOnTimeout(
            this, [=] { lookUpLog(groupId, appId, deadlineMs); }, Qt::SingleShotConnection);
        m_wait.start(m_config.logRetryDelayMs);
    });
}

void AppServicesLogin::fail(const QString &code, const QString &message, const QString &hint)
{
    m_result.ok = false;
    m_result.error =
        Problem{code, message, hint, m_result.stage.isEmpty() ? QStringLiteral("input") : m_result.stage};
    done();
}

void AppServicesLogin::done()
{
    if (!m_running)
        return;
    m_running = false;
    m_wait.stop();
    m_token.clear();
    m_access.clear();
    m_refresh.clear();
    const Result result = m_result;
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}
