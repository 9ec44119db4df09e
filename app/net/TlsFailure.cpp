#include "net/TlsFailure.h"

#include <QNetworkReply>
#include <QSslError>
#include <QStringList>

namespace {
constexpr char kProperty[] = "owzSslErrors";
}

void TlsFailure::watch(QNetworkReply *reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList reasons = reply->property(kProperty).toStringList();
        for (const QSslError &e : errors) {
            if (!reasons.contains(e.errorString()))
                reasons << e.errorString();
        }
        reply->setProperty(kProperty, reasons);
    });
}

bool TlsFailure::failed(const QNetworkReply *reply)
{
    return reply->error() != QNetworkReply::NoError &&
           (reply->error() == QNetworkReply::SslHandshakeFailedError ||
            !reply->property(kProperty).toStringList().isEmpty());
}

QString TlsFailure::reason(const QNetworkReply *reply)
{
    const QStringList reasons = reply->property(kProperty).toStringList();
    return reasons.isEmpty() ? reply->errorString() : reasons.join(QStringLiteral("; "));
}
