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

Problem OktaReplyError::classify(QNetworkReply *reply, const QString &step, bool tooLarge)
{
    const QString url = reply->url().toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge)
        return Problem{QStringLiteral("okta_response_too_large"),
                       tr("The response from %1 is larger than any Okta %2 document.").arg(url, step),
                       tr("Check that the URL points at Okta."), step};
    const QUrl redirect = reply->property(kRefusedRedirect).toUrl();
    const QUrl from = reply->property(kRedirectFrom).toUrl();
    if (!redirect.isEmpty() && redirect.scheme() == QLatin1String("http") &&
        from.scheme() == QLatin1String("https"))
        return Problem{
            QStringLiteral("okta_insecure_redirect"),
            tr("%1 redirected to a plain http URL; the redirect was not followed.").arg(from.toString()),
            tr("Use the https URL Okta publishes; a proxy may be rewriting the reply."), step};
    if (!redirect.isEmpty())
        return Problem{QStringLiteral("okta_redirect_refused"),
                       tr("%1 redirected to %2, on another host (%3, not %4); the redirect was not "
                          "followed.")
                           .arg(from.toString(), redirect.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                originOf(redirect), originOf(from)),
                       tr("Keys and discovery are only taken from the configured Okta host. Use the "
                          "URL Okta publishes; a proxy may be rewriting the reply."),
                       step};
    if (reply->error() == QNetworkReply::TimeoutError ||
        reply->error() == QNetworkReply::OperationCanceledError)
        return Problem{QStringLiteral("okta_timeout"), tr("No complete answer from %1 in time.").arg(url),
                       tr("Check the network or proxy, or raise the timeout."), step};
    if (TlsFailure::failed(reply))
        return Problem{QStringLiteral("okta_tls_error"),
                       tr("The TLS connection to %1 failed (%2): %3")
                           .arg(reply->url().host(), url, TlsFailure::reason(reply)),
                       tr("Check the host name, the system clock, and whether a proxy intercepts "
                          "TLS (then pass its CA with --ca-file or the wizard's CA field)."),
                       step};
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return Problem{QStringLiteral("okta_network_error"),
                       tr("Could not reach %1: %2").arg(url, reply->errorString()),
                       tr("Check the Okta domain and the network connection."), step};
    default:
        break;
    }
    const QString okta = oktaErrorSummary(reply->peek(64 * 1024));
    const QString detail = okta.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(okta);
    if (status == 404)
        return Problem{QStringLiteral("okta_not_found"), tr("%1 answered 404 Not Found%2.").arg(url, detail),
                       tr("Check the Okta domain and the authorization server id."), step};
    if (status >= 500)
        return Problem{
            QStringLiteral("okta_server_error"),
            tr("%1 answered HTTP %2%3: a problem on Okta's side.").arg(url).arg(status).arg(detail),
            tr("Try again later; see status.okta.com."), step};
    if (status != 0 && (status < 200 || status >= 300))
        return Problem{QStringLiteral("okta_http_error"),
                       tr("%1 answered HTTP %2%3.").arg(url).arg(status).arg(detail),
                       tr("Check the Okta domain and the authorization server id."), step};
    if (reply->error() != QNetworkReply::NoError)
        return Problem{QStringLiteral("okta_network_error"),
                       tr("The request to %1 failed: %2").arg(url, reply->errorString()),
                       tr("Check the Okta domain and the network connection."), step};
    return {};
}
