#include "net/NetRequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>

bool NetRequest::Result::isJson() const
{
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

QNetworkReply *NetRequest::send(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                                const QByteArray &body, qint64 maxBytes, int timeoutMs, QObject *context,
                                Done done)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = nam->sendCustomRequest(request, verb, body);
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, tooLarge, maxBytes](qint64 got, qint64) {
                         if (got > maxBytes && !*tooLarge) {
                             *tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, tooLarge, timer, done] {
        reply->deleteLater();
        Result r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.tooLarge = *tooLarge;
        r.cancelled = reply->property("owzCancelled").toBool();
        r.elapsedMs = timer->elapsed();
        if (!r.tooLarge && !r.cancelled) {
            r.body = reply->readAll();
            r.contentType = reply->rawHeader("Content-Type");
            r.location = reply->rawHeader("Location");
            r.requestId = reply->rawHeader("X-Appservices-Request-Id");
        }
        if (r.tooLarge || r.cancelled)
            r.status = 0;
        done(r);
    });
    return reply;
}

void NetRequest::markCancelled(QNetworkReply *reply)
{
    if (reply) {
        reply->setProperty("owzCancelled", true);
        reply->abort();
    }
}

QString NetRequest::describe(const Result &r)
{
    if (r.cancelled)
        return QCoreApplication::translate("NetRequest", "cancelled");
    if (r.tooLarge)
        return QCoreApplication::translate("NetRequest", "the reply was too large and was cut off");
    if (r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError)
        return QCoreApplication::translate("NetRequest", "no answer in time");
    if (r.status >= 300 && r.status < 400)
        return QCoreApplication::translate("NetRequest", "redirected to %1 (not followed)")
            .arg(QString::fromUtf8(r.location.left(200)));
    if (r.status == 0)
        return QCoreApplication::translate("NetRequest", "no connection: %1").arg(r.errorString);
    return QCoreApplication::translate("NetRequest", "HTTP %1").arg(r.status);
}
