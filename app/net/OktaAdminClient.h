#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/// The Okta Management API over `Authorization: SSWS <token>`, sent only to the Okta domain's origin
/// (redirects are never followed, paging links to other hosts refused): GET with paging, POST, PUT, DELETE. A
/// 429 waits until X-Rate-Limit-Reset (against the server's Date, plus jitter, 60 s at most in all); a 5xx is
/// retried for GETs only. Replies are bounded in size and pages.
class OktaAdminClient : public QObject
{
    Q_OBJECT

public:
    /// One exchange as logged: method, path and status only (never a body, header or token).
    struct LogEntry
    {
        QString method;
        QString path;
        int status = 0; // 0: no HTTP reply
        QString toLine() const;
    };
    using Done = std::function<void(const QByteArray &body, const Problem &error)>;
    using ListDone = std::function<void(const QJsonArray &items, const Problem &error)>;
    /// Calls `then` after `ms` milliseconds (tests inject one that does not sleep).
    using Waiter = std::function<void(int ms, std::function<void()> then)>;

    static constexpr qint64 kMaxReplyBytes = 8 * 1024 * 1024;
    static constexpr int kMaxPages = 50;
    static constexpr int kMaxRateLimitWaitMs = 60000;
    static constexpr int kGetAttempts = 3;

    explicit OktaAdminClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// The system keychain entry (service KeychainStore::serviceName()) of an org's API token:
    /// "okta-api-token:" + its host[:port].
    static QString keychainKey(const QString &oktaDomain);

    /// The org (host, or http(s) URL for loopback); false and *error when it is not a valid Okta domain.
    Result<void> setOktaDomain(const QString &domain);
    QUrl baseUrl() const { return m_base; }
    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setWaiter(Waiter waiter) { m_waiter = std::move(waiter); }
    /// Extra milliseconds after a rate-limit reset, so clients do not all return at once.
    void setJitter(std::function<int()> jitter) { m_jitter = std::move(jitter); }
    /// Milliseconds since the epoch, used when a 429 carries no Date.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    int requestCount() const { return int(m_log.size()); }
    QList<LogEntry> log() const { return m_log; }
    /// Aborts the requests in flight; each ends with `okta_cancelled`.
    void cancel();

    /// GET, POST, PUT or DELETE of `path` (below the domain, e.g. /api/v1/authorizationServers/default).
    void request(const QString &method, const QString &path, const QJsonObject &body, Done done);
    /// GET of a list, following Link rel="next" on the same origin, at most kMaxPages pages.
    void getAll(const QString &path, ListDone done);

signals:
    void logged(const OktaAdminClient::LogEntry &entry);
    /// A 429 or a 5xx makes the client wait `ms` before trying again.
    void waiting(int ms);

private:
    struct Attempt
    {
        QString method;
        QUrl url;
        QByteArray body;
        int tries = 0;
        int waitedMs = 0;
    };
    using Inner = std::function<void(const QByteArray &body, const QByteArray &link, const Problem &error)>;
    void send(Attempt attempt, Inner done);
    void finished(QNetworkReply *reply, Attempt attempt, const Inner &done);
    void nextPage(const QUrl &url, QJsonArray items, int pages, ListDone done);
    int rateLimitDelay(QNetworkReply *reply) const;
    bool sameOrigin(const QUrl &url) const;
    QString describe(const Attempt &a) const { return a.method + QLatin1Char(' ') + a.url.path(); }

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    Waiter m_waiter;
    std::function<int()> m_jitter;
    std::function<qint64()> m_nowMs;
    QList<LogEntry> m_log;
    QList<QPointer<QNetworkReply>> m_replies;
};
