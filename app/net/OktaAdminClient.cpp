#include "net/OktaAdminClient.h"

#include "core/OktaReply.h"
#include "core/OktaValidator.h"
#include "core/ProviderSettings.h"
#include "net/OktaAdminError.h"
#include "net/TlsFailure.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace {
const char kTooLarge[] = "owzTooLarge";

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

QString OktaAdminClient::LogEntry::toLine() const
{
    return method + QLatin1Char(' ') + path + QStringLiteral(" → ") +
           (status > 0 ? QString::number(status) : QStringLiteral("no reply"));
}

OktaAdminClient::OktaAdminClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam),
      m_waiter([this](int ms, std::function<void()> then) { QTimer::singleShot(ms, this, std::move(then)); }),
      m_jitter([] { return int(QRandomGenerator::global()->bounded(1000)); }),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString OktaAdminClient::keychainKey(const QString &oktaDomain)
{
    ProviderSettings s;
    s.oktaDomain = oktaDomain;
    const QUrl url(s.oktaBaseUrl());
    return QStringLiteral("okta-api-token:") + url.host() +
           (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

Result<void> OktaAdminClient::setOktaDomain(const QString &domain)
{
    for (const Finding &f : OktaValidator::validateDomain(domain)) {
        if (f.isError())
            return f.toProblem();
    }
    ProviderSettings s;
    s.oktaDomain = domain;
    m_base = QUrl(s.oktaBaseUrl());
    return {};
}

bool OktaAdminClient::sameOrigin(const QUrl &url) const
{
    return url.scheme() == m_base.scheme() && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0 &&
           portOf(url) == portOf(m_base);
}

void OktaAdminClient::cancel()
{
    for (const QPointer<QNetworkReply> &r : std::exchange(m_replies, {})) {
        if (r) {
            r->setProperty("owzCancelled", true);
            r->abort();
        }
    }
}

void OktaAdminClient::request(const QString &method, const QString &path, const QJsonObject &body, Done done)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    const QByteArray bytes = method == QLatin1String("GET") || method == QLatin1String("DELETE")
                                 ? QByteArray()
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact);
    send({method, url, bytes, 0, 0},
         [done](const QByteArray &reply, const QByteArray &, const Problem &error) { done(reply, error); });
}

void OktaAdminClient::send(Attempt attempt, Inner done)
{
    QNetworkRequest request(attempt.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!attempt.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (sameOrigin(attempt.url) && !m_token.isEmpty()) // the token goes to the org's origin alone
        request.setRawHeader("Authorization", "SSWS " + m_token);
    ++attempt.tries;
    QNetworkReply *reply = attempt.method == QLatin1String("GET")
                               ? m_nam->get(request)
                               : m_nam->sendCustomRequest(request, attempt.method.toLatin1(), attempt.body);
    TlsFailure::watch(reply);
    m_replies << reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if ((received > kMaxReplyBytes || total > kMaxReplyBytes) && !reply->property(kTooLarge).toBool()) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt, done] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        finished(reply, attempt, done);
    });
}

int OktaAdminClient::rateLimitDelay(QNetworkReply *reply) const
{
    bool ok = false;
    const qint64 reset = reply->rawHeader("X-Rate-Limit-Reset").trimmed().toLongLong(&ok);
    const QString dateText = QString::fromLatin1(reply->rawHeader("Date")).trimmed();
    QDateTime date = QDateTime::fromString(dateText, Qt::RFC2822Date);
    if (!date.isValid()) { // the IMF-fixdate HTTP uses: "Sun, 06 Nov 1994 08:49:37 GMT"
        date = QLocale::c().toDateTime(dateText, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        date.setTimeSpec(Qt::UTC);
    }
    const qint64 serverNow = date.isValid() ? date.toMSecsSinceEpoch() : m_nowMs();
    // A reset already past (or none) still waits a second, so a server that keeps answering 429 is asked
    // at most once a second.
    const qint64 untilReset =
        ok ? qBound<qint64>(1000, reset * 1000 - serverNow, qint64(kMaxRateLimitWaitMs) + 1) : 1000;
    return int(untilReset) + qMax(0, m_jitter());
}

void OktaAdminClient::finished(QNetworkReply *reply, Attempt attempt, const Inner &done)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_log.append({attempt.method, attempt.url.path(), status});
    emit logged(m_log.constLast());
    const QString what = describe(attempt);
    if (reply->property(kTooLarge).toBool())
        return done(
            {}, {},
            OktaAdminError::badReply(what, tr("the reply is larger than %1 MiB").arg(kMaxReplyBytes >> 20)));
    if (status >= 300 && status < 400)
        return done(
            {}, {},
            OktaAdminError::network(QStringLiteral("okta_redirect_refused"), what,
                                    tr("Okta answered with a redirect (HTTP %1); it is not followed, so "
                                       "the API token stays with the Okta domain.")
                                        .arg(status)));
    if (status == 0) {
        if (reply->property("owzCancelled").toBool())
            return done({}, {},
                        OktaAdminError::network(QStringLiteral("okta_cancelled"), what, tr("cancelled")));
        const bool timeout = reply->error() == QNetworkReply::TimeoutError ||
                             reply->error() == QNetworkReply::OperationCanceledError;
        return done({}, {},
                    OktaAdminError::network(
                        timeout ? QStringLiteral("okta_timeout") : QStringLiteral("okta_network_error"), what,
                        TlsFailure::failed(reply) ? TlsFailure::reason(reply) : reply->errorString()));
    }
    const QByteArray body = reply->readAll();
    const bool retryGet =
        status >= 500 && attempt.method == QLatin1String("GET") && attempt.tries < kGetAttempts;
    if (status == 429 || retryGet) {
        const int delay = status == 429 ? rateLimitDelay(reply) : 500 * attempt.tries;
        if (status == 429 && attempt.waitedMs + delay > kMaxRateLimitWaitMs)
            return done({}, {}, OktaAdminError::rateLimited(what, attempt.waitedMs));
        attempt.waitedMs += delay;
        emit waiting(delay);
        m_waiter(delay, [this, attempt, done] { send(attempt, done); });
        return;
    }
    if (status < 200 || status >= 300)
        return done({}, {}, OktaAdminError::fromReply(status, body, what));
    done(body, reply->rawHeader("Link"), {});
}

void OktaAdminClient::getAll(const QString &path, ListDone done)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    nextPage(url, {}, 0, std::move(done));
}

void OktaAdminClient::nextPage(const QUrl &url, QJsonArray items, int pages, ListDone done)
{
    send({QStringLiteral("GET"), url, {}, 0, 0}, [this, url, items, pages,
                                                  done](const QByteArray &body, const QByteArray &link,
                                                        const Problem &error) mutable {
        const QString what = QStringLiteral("GET ") + url.path();
        if (!error.isNull())
            return done({}, error);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isArray())
            return done({}, OktaAdminError::badReply(what, tr("a list was expected")));
        for (const QJsonValue &v : doc.array())
            items.append(v);
        const QString next = OktaReply::nextLink(link);
        if (next.isEmpty())
            return done(items, {});
        const QUrl nextUrl = url.resolved(QUrl(next));
        if (!sameOrigin(nextUrl))
            return done({}, OktaAdminError::badReply(
                                what, tr("the next page is on another host (%1); it is not fetched, so the "
                                         "API token stays with the Okta domain")
                                          .arg(nextUrl.host())));
        if (pages + 1 >= kMaxPages)
            return done({}, OktaAdminError::badReply(
                                what, tr("more than %1 pages; the paging does not end").arg(kMaxPages)));
        nextPage(nextUrl, items, pages + 1, done);
    });
}
