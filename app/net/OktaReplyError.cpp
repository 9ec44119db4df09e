#include "net/OktaReplyError.h"

#include "net/TlsFailure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace {
const char kRefusedRedirect[] = "owzRefusedRedirect";
const char kRedirectFrom[] = "owzRedirectFrom";

int portOf(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

QString originOf(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host() + QLatin1Char(':') +
           QString::number(portOf(url));
}
} // namespace

void OktaReplyError::followSameOriginRedirects(QNetworkReply *reply)
{
    // By the time redirected() is emitted, reply->url() is already the target.
    const QUrl from = reply->url();
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, from](const QUrl &to) {
        const QUrl target = from.resolved(to);
        if (originOf(target) == originOf(from)) {
            emit reply->redirectAllowed();
            return;
        }
        reply->setProperty(kRefusedRedirect, target);
        reply->setProperty(kRedirectFrom, from);
        reply->abort();
    });
}

QString OktaReplyError::oktaErrorSummary(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    const QString code = o.value(QStringLiteral("errorCode")).toString();
    const QString summary = o.value(QStringLiteral("errorSummary")).toString();
    if (code.isEmpty() && summary.isEmpty())
        return {};
    return code.isEmpty() ? summary : code + QStringLiteral(": ") + summary;
}

Finding OktaReplyError::classify(QNetworkReply *reply, const QString &step, bool tooLarge)
{
    const QString url = reply->url().toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge)
        return Finding::error(QStringLiteral("okta_response_too_large"), step,
                              tr("The response from %1 is larger than any Okta %2 document.").arg(url, step),
                              tr("Check that the URL points at Okta."));
    const QUrl redirect = reply->property(kRefusedRedirect).toUrl();
    const QUrl from = reply->property(kRedirectFrom).toUrl();
    if (!redirect.isEmpty() && redirect.scheme() == QLatin1String("http") &&
        from.scheme() == QLatin1String("https"))
        return Finding::error(
            QStringLiteral("okta_insecure_redirect"), step,
            tr("%1 redirected to a plain http URL; the redirect was not followed.").arg(from.toString()),
            tr("Use the https URL Okta publishes; a proxy may be rewriting the reply."));
    if (!redirect.isEmpty())
        return Finding::error(QStringLiteral("okta_redirect_refused"), step,
                              tr("%1 redirected to %2, on another host (%3, not %4); the redirect was not "
                                 "followed.")
                                  .arg(from.toString(),
                                       redirect.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                       originOf(redirect), originOf(from)),
                              tr("Keys and discovery are only taken from the configured Okta host. Use the "
                                 "URL Okta publishes; a proxy may be rewriting the reply."));
    if (reply->error() == QNetworkReply::TimeoutError ||
        reply->error() == QNetworkReply::OperationCanceledError)
        return Finding::error(QStringLiteral("okta_timeout"), step,
                              tr("No complete answer from %1 in time.").arg(url),
                              tr("Check the network or proxy, or raise the timeout."));
    if (TlsFailure::failed(reply))
        return Finding::error(QStringLiteral("okta_tls_error"), step,
                              tr("The TLS connection to %1 failed (%2): %3")
                                  .arg(reply->url().host(), url, TlsFailure::reason(reply)),
                              tr("Check the host name, the system clock, and whether a proxy intercepts "
                                 "TLS (then pass its CA with --ca-file or the wizard's CA field)."));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return Finding::error(QStringLiteral("okta_network_error"), step,
                              tr("Could not reach %1: %2").arg(url, reply->errorString()),
                              tr("Check the Okta domain and the network connection."));
    default:
        break;
    }
    const QString okta = oktaErrorSummary(reply->peek(64 * 1024));
    const QString detail = okta.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(okta);
    if (status == 404)
        return Finding::error(QStringLiteral("okta_not_found"), step,
                              tr("%1 answered 404 Not Found%2.").arg(url, detail),
                              tr("Check the Okta domain and the authorization server id."));
    if (status >= 500)
        return Finding::error(
            QStringLiteral("okta_server_error"), step,
            tr("%1 answered HTTP %2%3: a problem on Okta's side.").arg(url).arg(status).arg(detail),
            tr("Try again later; see status.okta.com."));
    if (status != 0 && (status < 200 || status >= 300))
        return Finding::error(QStringLiteral("okta_http_error"), step,
                              tr("%1 answered HTTP %2%3.").arg(url).arg(status).arg(detail),
                              tr("Check the Okta domain and the authorization server id."));
    if (reply->error() != QNetworkReply::NoError)
        return Finding::error(QStringLiteral("okta_network_error"), step,
                              tr("The request to %1 failed: %2").arg(url, reply->errorString()),
                              tr("Check the Okta domain and the network connection."));
    return {};
}
