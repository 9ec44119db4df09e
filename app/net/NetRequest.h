#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include <functional>

class QNetworkAccessManager;

/// One HTTP exchange with bounded size and time that never follows a redirect (a 3xx is returned as is, so
/// no header ever reaches another host). For the sign-in and client API calls.
class NetRequest
{
public:
    struct Result
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray body;
        QByteArray contentType;
        QByteArray location;  // of a 3xx
        QByteArray requestId; // X-Appservices-Request-Id
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        bool tooLarge = false;
        bool cancelled = false;
        qint64 elapsedMs = 0;
        bool isJson() const;
    };
    using Done = std::function<void(const Result &result)>;

    /// Sends `verb` with `body`; `done` runs once, in `context`'s thread, unless `context` is gone. The
    /// returned reply may be aborted to cancel (done then sees cancelled = true when marked with
    /// markCancelled()).
    static QNetworkReply *send(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                               const QByteArray &body, qint64 maxBytes, int timeoutMs, QObject *context,
                               Done done);
    static void markCancelled(QNetworkReply *reply);
    /// "could not connect: ...", "timed out", "reply larger than N bytes" for a failed exchange.
    static QString describe(const Result &result);
};
