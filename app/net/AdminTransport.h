#pragma once

#include "core/AdminApiError.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class AdminCall;
class QNetworkAccessManager;
class QNetworkReply;

/// Sends AdminCalls to the one configured host: per-attempt timeout, bounded retries with backoff (429/5xx,
/// idempotent calls only), redirects refused so the Authorization header never leaves that host, a request
/// log.
class AdminTransport : public QObject
{
    Q_OBJECT

public:
    /// One HTTP exchange, as logged: never a body, a header or a token.
    struct LogEntry
    {
        QString method;
        QString path;
        int status = 0; // 0 when no HTTP reply (timeout, connection error, cancelled)
        int attempt = 1;
        qint64 elapsedMs = 0;
        QString outcome; // "ok", or the error code
        QString toLine() const;
    };

    /// No Admin API reply this tool reads comes near this; a bigger one is cut off, not buffered.
    static constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;

    explicit AdminTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Checked with AdminRequests::checkBaseUrl; false (and *error) when refused.
    Result<void> setBaseUrl(const QString &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setMaxRetries(int n) { m_maxRetries = n; }
    int maxRetries() const { return m_maxRetries; }
    /// Backoff base for 5xx and for 429 without Retry-After: base, 2×base, 4×base...
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    /// Upper bound for any wait, Retry-After included (the timeout bounds it as well).
    void setMaxRetryDelay(int ms) { m_maxRetryDelayMs = ms; }
    QList<LogEntry> log() const { return m_log; }

    /// Sends `call` (with `bearer` as the Authorization token when not empty), retrying as allowed, then
    /// emits done(call, error); a null error means a 2xx reply.
    void execute(AdminCall *call, const QByteArray &bearer);

    /// The wait before retry `attempt` (1-based) after `status`, honouring a Retry-After value when given.
    int retryDelay(int attempt, const QByteArray &retryAfter) const;

signals:
    void done(AdminCall *call, const AdminApiError &error);
    void logged(const AdminTransport::LogEntry &entry);
    void retryScheduled(const QString &method, const QString &path, int attempt, int delayMs);

private:
    void send(AdminCall *call, const QByteArray &bearer);
    void handle(AdminCall *call, QNetworkReply *reply, const QByteArray &bearer, qint64 elapsedMs);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    int m_timeoutMs = 30000;
    int m_maxRetries = 3;
    int m_retryDelayMs = 500;
    int m_maxRetryDelayMs = 60000;
    QList<LogEntry> m_log;
};
