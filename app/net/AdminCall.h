#pragma once

#include "core/AdminApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

/// One Admin API call (with its retries and session refresh), like a QNetworkReply: wait for finished().
/// The client deletes it (deleteLater) right after finished(), so read it in the slot.
class AdminCall : public QObject
{
    Q_OBJECT

public:
    enum class Auth
    {
        None,
        Access,
        Refresh
    };

    QString method() const { return m_method; }
    /// Path and query relative to the base URL; ids only, never secrets.
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isNull(); }
    int httpStatus() const { return m_status; }
    /// The reply body on success (empty for login and refresh, whose tokens stay in the client).
    QByteArray body() const { return m_body; }
    AdminApiError error() const { return m_error; }
    /// How many HTTP exchanges this call made (retries and the retry after a refresh included).
    int attempts() const { return m_attempts; }

    /// Stops the call; finished() follows with error code "cancelled" (queued, never re-entrant).
    void abort();

signals:
    void finished();

private:
    friend class AdminApiClient;
    friend class AdminTransport;

    AdminCall(const QString &method, const QString &path, const QByteArray &requestBody, bool idempotent,
              Auth auth, QObject *parent);
    void finish(const AdminApiError &error);

    QString m_method;
    QString m_path;
    QByteArray m_requestBody; // kept for retries; may hold a secret value, so never exposed or logged
    bool m_idempotent = false;
    Auth m_auth = Auth::Access;
    QByteArray m_bearer;      // the token the last attempt carried
    bool m_refreshed = false; // a call refreshes the session at most once
    bool m_aborted = false;
    bool m_timedOut = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_status = 0;
    QByteArray m_body;
    AdminApiError m_error;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr; // per-attempt timeout, then retry delay
};
