#pragma once

#include "core/DiscoveryDocument.h"
#include "core/Finding.h"
#include "core/JwkSet.h"
#include "core/JwksCache.h"
#include "core/JwksRefetchPolicy.h"
#include "core/TokenCheckOptions.h"
#include "core/TokenCheckResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/// Okta discovery, JWKS (cached per jwks_uri) and the token check with one rate-limited refetch on an
/// unknown kid. Asynchronous: every call answers with exactly one signal (a result or failed()), never
/// from inside the call.
class OktaClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kMaxResponseBytes = 1024 * 1024;

    explicit OktaClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Per-request transfer timeout (QNetworkRequest::setTransferTimeout).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    /// Milliseconds since the epoch for cache expiry and the refetch cooldown (tests inject a fake).
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    JwksRefetchPolicy &refetchPolicy() { return m_policy; }
    JwksCache &cache() { return m_cache; }
    /// Network requests sent so far (discovery and JWKS), for callers that show progress or tests.
    int requestCount() const { return m_requests; }

    /// Fetches `{base}/oauth2/{id}/.well-known/openid-configuration`, falling back to
    /// oauth-authorization-server on 404. An empty id or "oauth2" means the org server: its document is
    /// fetched and explained by an `org_server` warning. Emits discovered() or failed().
    void discover(const QString &oktaDomain, const QString &authServerId);
    /// Emits jwksReady() (from the cache when fresh, unless `forceRefresh`) or failed().
    void fetchJwks(const QString &jwksUri, bool forceRefresh = false);
    /// Fetches the JWKS at options.jwksUri, runs TokenChecker, refetches once on an unknown kid (outside
    /// the cooldown), and emits tokenChecked() or failed().
    void verifyToken(const QByteArray &token, const TokenCheckOptions &options);
    /// discover(), then verifyToken() with the discovered issuer and jwks_uri (where `options` leaves them
    /// empty); discovery's warnings (org_server, issuer_host_differs) join the result's. Emits
    /// tokenChecked() or failed() (never discovered()). What `okta-jwt verify-token` needs in one call.
    void discoverAndVerify(const QString &oktaDomain, const QString &authServerId, const QByteArray &token,
                           const TokenCheckOptions &options);
    /// Aborts every request in flight; each pending call then emits failed() with `okta_cancelled`.
    void cancel();
    bool isBusy() const { return !m_replies.isEmpty(); }

signals:
    void discovered(const DiscoveryDocument &document, const Findings &warnings);
    void jwksReady(const QString &jwksUri, const JwkSet &keys, bool fromCache);
    void tokenChecked(const TokenCheckResult &result);
    void failed(const Problem &error);

private:
    using Done = std::function<void(QNetworkReply *reply, const Problem &error)>;
    using JwksDone = std::function<void(const JwkSet &keys, bool fromCache)>;
    using DocDone = std::function<void(const DiscoveryDocument &document, const Findings &warnings)>;

    void get(const QUrl &url, const QString &step, Done done);
    void startDiscovery(const QString &oktaDomain, const QString &authServerId, DocDone done);
    void discoverAt(const QString &base, const QString &authServerId, bool oauthFallback, DocDone done);
    void acceptDocument(const QByteArray &body, const QString &base, const QString &authServerId,
                        const DocDone &done);
    void runCheck(const QByteArray &token, const TokenCheckOptions &options, const Findings &extraWarnings);
    void loadJwks(const QString &jwksUri, bool forceRefresh, JwksDone done);
    void failLater(const Problem &error);
    qint64 nowMs() const { return m_nowMs(); }

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_requests = 0;
    std::function<qint64()> m_nowMs;
    JwksCache m_cache;
    JwksRefetchPolicy m_policy;
    QList<QPointer<QNetworkReply>> m_replies;
};
