#include "sandbox/OktaSandboxDeviceFlow.h"

#include "sandbox/OktaSandbox.h"
#include "sandbox/OktaSandboxReplies.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QRandomGenerator>

#include <utility>

namespace {
using Status = OktaSandboxReplies::Status;
using R = OktaSandboxReplies;
} // namespace

OktaSandboxDeviceFlow::OktaSandboxDeviceFlow(OktaSandbox *okta) : m_okta(okta)
{
    m_clock.start();
}

void OktaSandboxDeviceFlow::addRoutes(QHttpServer &server, const QString &base)
{
    server.route(base + QStringLiteral("/v1/device/authorize"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return authorize(r); });
    server.route(QStringLiteral("/activate"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return activate(r, 0); });
    server.route(QStringLiteral("/activate/approve"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return activate(r, 1); });
    server.route(QStringLiteral("/activate/deny"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return activate(r, -1); });
}

void OktaSandboxDeviceFlow::reset()
{
    m_expiresIn = 600;
    m_interval = 5;
    m_forcedSlowDowns = 0;
}

QHttpServerResponse OktaSandboxDeviceFlow::authorize(const QHttpServerRequest &request)
{
    const QUrlQuery form = R::form(request);
    if (R::value(form, "client_id") != OktaSandbox::demoClientId())
        return R::oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                             QStringLiteral("Invalid value for 'client_id' parameter."));
    Device d;
    d.deviceCode = R::randomToken(24);
    static const char letters[] = "BCDFGHJKLMNPQRSTVWXZ";
    for (int i = 0; i < 8; ++i)
        d.userCode += QLatin1Char(letters[QRandomGenerator::system()->bounded(20)]);
    d.clientId = R::value(form, "client_id");
    d.scope = R::value(form, "scope");
    d.expiresMs = m_clock.elapsed() + qint64(m_expiresIn) * 1000;
    d.interval = m_interval;
    m_devices.insert(d.deviceCode, d);
    m_lastUserCode = d.userCode;
    const QString verification = m_okta->domain() + QStringLiteral("/activate");
    return QHttpServerResponse(QJsonObject{{QStringLiteral("device_code"), d.deviceCode},
                                           {QStringLiteral("user_code"), d.userCode},
                                           {QStringLiteral("verification_uri"), verification},
                                           {QStringLiteral("verification_uri_complete"),
                                            verification + QStringLiteral("?user_code=") + d.userCode},
                                           {QStringLiteral("expires_in"), m_expiresIn},
                                           {QStringLiteral("interval"), m_interval}});
}

QHttpServerResponse OktaSandboxDeviceFlow::token(const QUrlQuery &form, const QString &denied)
{
    auto it = m_devices.find(R::value(form, "device_code"));
    if (it == m_devices.end() || it->status == Device::Status::Done)
        return R::oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                             QStringLiteral("The device code is invalid or has expired."));
    Device &d = *it;
    const qint64 now = m_clock.elapsed();
    const qint64 last = std::exchange(d.lastPollMs, now);
    if (now >= d.expiresMs)
        return R::oauthError(Status::BadRequest, QStringLiteral("expired_token"),
                             QStringLiteral("The device code has expired."));
    // Timers fire up to a few ms early; 100 ms of tolerance keeps that from counting as polling too fast.
    const bool tooFast = last >= 0 && now - last < qint64(d.interval) * 1000 - 100;
    if (m_forcedSlowDowns > 0 || tooFast) {
        m_forcedSlowDowns = std::max(0, m_forcedSlowDowns - 1);
        d.interval += 5;
        return R::oauthError(Status::BadRequest, QStringLiteral("slow_down"),
                             QStringLiteral("Slow down the polling frequency. Please try again later."));
    }
    if (!denied.isEmpty() || d.status == Device::Status::Denied) {
        d.status = Device::Status::Done;
        return R::oauthError(Status::BadRequest, QStringLiteral("access_denied"),
                             denied.isEmpty() ? QStringLiteral("The resource owner or authorization server "
                                                               "denied the request.")
                                              : denied);
    }
    if (d.status == Device::Status::Pending)
        return R::oauthError(Status::BadRequest, QStringLiteral("authorization_pending"),
                             QStringLiteral("The device authorization is pending. Please try again later."));
    d.status = Device::Status::Done;
    return R::tokens(*m_okta, d.clientId, d.scope, QString());
}

bool OktaSandboxDeviceFlow::approve(const QString &userCode)
{
    for (Device &d : m_devices) {
        if (d.userCode == userCode && d.status == Device::Status::Pending) {
            d.status = Device::Status::Approved;
            return true;
        }
    }
    return false;
}

QHttpServerResponse OktaSandboxDeviceFlow::activate(const QHttpServerRequest &request, int decision)
{
    const QString userCode = R::value(request.query(), "user_code").toUpper();
    if (decision == 0 &&
        userCode.isEmpty()) // opened from verification_uri: the user types the code, as at Okta
        return R::page(QStringLiteral("Activate your device"),
                       QStringLiteral("<form action=\"/activate/approve\" method=\"get\"><p><label>Code "
                                      "<input id=\"user_code\" name=\"user_code\" autocomplete=\"off\" "
                                      "autofocus></label></p><p><button id=\"approve\">Sign in as %1 and "
                                      "allow</button> <button id=\"deny\" formaction=\"/activate/deny\">Deny"
                                      "</button></p></form>")
                           .arg(OktaSandbox::demoUserLogin().toHtmlEscaped()));
    if (decision == 0) {
        const QString link = QStringLiteral("/activate/%1?user_code=%2");
        return R::page(
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
            return R::page(decision > 0 ? QStringLiteral("Device activated")
                                        : QStringLiteral("Access denied"),
                           QStringLiteral("<p>Return to your device.</p>"));
        }
    }
    return R::page(QStringLiteral("Invalid code"),
                   QStringLiteral("<p>The code is invalid or has expired.</p>"), Status::BadRequest);
}
