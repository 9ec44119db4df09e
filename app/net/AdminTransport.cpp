#include "net/AdminTransport.h"

#include "core/AdminRequests.h"
#include "net/AdminCall.h"
#include "net/OneShotUpload.h"
#include "net/TlsFailure.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace {
bool retryable(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}
} // namespace

QString AdminTransport::LogEntry::toLine() const
{
    QString line = method + QLatin1Char(' ') + path + QStringLiteral(" → ");
    line += status > 0 ? QString::number(status) : QStringLiteral("no reply");
    if (outcome != QLatin1String("ok"))
        line += QStringLiteral(" (") + outcome + QLatin1Char(')');
    if (attempt > 1)
        line += QStringLiteral(" [attempt %1]").arg(attempt);
    return line + QStringLiteral(" %1 ms").arg(elapsedMs);
}

AdminTransport::AdminTransport(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam), m_baseUrl(AdminRequests::defaultBaseUrl())
{}

Result<void> AdminTransport::setBaseUrl(const QString &url)
{
    const Findings findings = AdminRequests::checkBaseUrl(url);
    if (!findings.isEmpty())
        return findings.first().toProblem();
    QString text = url.trimmed();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    m_baseUrl = QUrl(text);
    return {};
}

void AdminTransport::execute(AdminCall *call, const QByteArray &bearer)
{
    send(call, bearer);
}

int AdminTransport::retryDelay(int attempt, const QByteArray &retryAfter) const
{
    qint64 ms = -1;
    const QByteArray value = retryAfter.trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber && seconds >= 0) {
        ms = seconds * 1000;
    } else if (!value.isEmpty()) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (when.isValid())
            ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    }
    if (ms < 0)
        ms = qint64(m_retryDelayMs) << qBound(0, attempt - 1, 16);
    // A wait longer than a request may take would look like a hang: the timeout bounds it too.
    return int(qMin<qint64>(ms, qMin(m_maxRetryDelayMs, m_timeoutMs)));
}

void AdminTransport::send(AdminCall *call, const QByteArray &bearer)
{
    QUrl url = m_baseUrl;
    const qsizetype q = call->m_path.indexOf(QLatin1Char('?'));
    url.setPath(m_baseUrl.path() + call->m_path.left(q));
    if (q >= 0)
        url.setQuery(call->m_path.mid(q + 1));
    QNetworkRequest request(url);
    // Never follow a redirect: the token must not reach another host. A 3xx ends the call.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!call->m_requestBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty() && url.host() == m_baseUrl.host() && url.port() == m_baseUrl.port())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    call->m_bearer = bearer;
    ++call->m_attempts;
    call->m_timedOut = false;
    const auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = nullptr;
    if (call->m_method == QLatin1String("GET")) {
        reply = m_nam->get(request);
    } else if (call->m_idempotent || call->m_auth != AdminCall::Auth::Access) {
        // Idempotent calls, login and refresh: Qt may resend them on a stale keep-alive connection,
        // harmlessly.
        reply = m_nam->sendCustomRequest(request, call->m_method.toLatin1(), call->m_requestBody);
    } else {
        // Unbuffered and not rewindable, so Qt cannot quietly send a POST a second time.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_requestBody.size());
        auto *upload = new OneShotUpload(call->m_requestBody);
        reply = m_nam->sendCustomRequest(request, call->m_method.toLatin1(), upload);
        upload->setParent(reply);
    }
    TlsFailure::watch(reply);
    call->m_reply = reply;
    call->m_timer->disconnect();
    connect(call->m_timer, &QTimer::timeout, reply, [call, reply] {
        call->m_timedOut = true;
        reply->abort();
    });
    call->m_timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxReplyBytes && !reply->property("owzTooLarge").toBool()) {
            reply->setProperty("owzTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, call, [this, call, reply, bearer, clock] {
        call->m_timer->stop();
        call->m_reply = nullptr;
        reply->deleteLater();
        handle(call, reply, bearer, clock->elapsed());
    });
}

void AdminTransport::handle(AdminCall *call, QNetworkReply *reply, const QByteArray &bearer, qint64 elapsedMs)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    AdminApiError error;
    if (reply->property("owzTooLarge").toBool()) {
        error = AdminApiError::make(
            AdminApiError::Kind::BadReply, QStringLiteral("reply_too_large"),
            tr("The reply is larger than %1 MiB; no Admin API reply is that big.").arg(kMaxReplyBytes >> 20));
    } else if (call->m_aborted) {
        error = AdminApiError::make(AdminApiError::Kind::Cancelled, QStringLiteral("cancelled"),
                                    tr("Cancelled."));
    } else if (call->m_timedOut) {
        error = AdminApiError::make(AdminApiError::Kind::Timeout, QStringLiteral("timeout"),
                                    tr("No reply within %1 s.").arg(m_timeoutMs / 1000.0));
    } else if (status >= 300 && status < 400) {
        const QUrl target = m_baseUrl.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        error = AdminApiError::make(AdminApiError::Kind::Redirect, QStringLiteral("redirect_refused"),
                                    tr("The Admin API redirected (HTTP %1) to %2; not followed.")
                                        .arg(status)
                                        .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        error.httpStatus = status;
    } else if (status == 0 && reply->error() == QNetworkReply::ContentReSendError) {
        error =
            AdminApiError::make(AdminApiError::Kind::Network, QStringLiteral("network_error"),
                                tr("The connection closed before the reply; the request was not sent again "
                                   "(it may or may not have reached the server)."));
    } else if (status == 0 && TlsFailure::failed(reply)) {
        error = AdminApiError::make(
            AdminApiError::Kind::Network, QStringLiteral("tls_error"),
            tr("The TLS connection to %1 failed: %2").arg(reply->url().host(), TlsFailure::reason(reply)));
    } else if (status == 0) {
        error = AdminApiError::make(AdminApiError::Kind::Network, QStringLiteral("network_error"),
                                    reply->errorString());
    } else if (status < 200 || status >= 300) {
        error = AdminApiError::fromReply(status, body);
    }
    m_log.append({call->m_method, call->m_path, status, call->m_attempts, elapsedMs,
                  error.isNull() ? QStringLiteral("ok") : error.code});
    emit logged(m_log.constLast());
    if (!error.isNull() && call->m_idempotent && retryable(status) && call->m_attempts <= m_maxRetries) {
        const int delay = retryDelay(call->m_attempts, reply->rawHeader("Retry-After"));
        emit retryScheduled(call->m_method, call->m_path, call->m_attempts, delay);
        call->m_timer->disconnect();
        connect(call->m_timer, &QTimer::timeout, this, [this, call, bearer] { send(call, bearer); });
        call->m_timer->start(delay);
        return;
    }
    call->m_status = status;
    call->m_body = error.isNull() ? body : QByteArray();
    emit done(call, error);
}
