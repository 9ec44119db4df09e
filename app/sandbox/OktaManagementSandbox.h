#pragma once

#include "sandbox/OktaManagementStore.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class OktaSandbox;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

/// The Okta Management API of the sandbox (authorization servers, policies, rules, claims, apps) on the
/// Okta sandbox's port: SSWS demo token, paging with Link rel="next", Okta's error envelope and rate-limit
/// headers, fault switches. Claims created here appear in the access tokens the sandbox mints.
class OktaManagementSandbox : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        NoApiAccessManagement, // 401 E0000015
        NoAdminRights,         // 403 E0000006
        InvalidToken,          // 401 E0000011
        ValidationFailed,      // 400 E0000001 with a cause
        RateLimited,           // 429 E0000047 with X-Rate-Limit-Reset
        ServerError,           // 500 E0000009
        NotJson,               // 200 with an HTML page
        Oversized,             // 200 with 20 MiB
        WrongTypes,            // 200 with a list whose members have the wrong types
        EndlessPaging,         // every page links to one more
        ForeignLink            // rel="next" points to another host
    };
    Q_ENUM(Fault)

    /// Adds the routes to `server` (the Okta sandbox's) and becomes a child of `sandbox`.
    OktaManagementSandbox(QHttpServer &server, OktaSandbox *sandbox);

    /// The one the Okta sandbox carries.
    static OktaManagementSandbox *of(const OktaSandbox &sandbox);
    /// The API token the sandbox accepts (`Authorization: SSWS <token>`); a demo value, not a secret.
    static QString demoApiToken() { return QStringLiteral("00sandbox-okta-api-token-for-the-demo-only"); }
    /// `claims` plus the custom access-token claims of the sandbox's server valued for the demo user, and
    /// its audience when it was replaced through the API.
    static QJsonObject withIssuedClaims(const OktaSandbox &sandbox, QJsonObject claims);

    /// The next `count` requests (negative: all) whose method is `method` (empty: any) answer with `fault`.
    void setFault(Fault fault, int count = -1, const QString &method = {});
    /// Seconds after now that a 429's X-Rate-Limit-Reset names (default 1).
    void setRateLimitReset(int seconds) { m_resetSeconds = seconds; }
    /// Items per page when the request names no limit (default 200, Okta's).
    void setPageSize(int size) { m_pageSize = size; }
    OktaManagementStore &store() { return m_store; }
    /// Requests served, faults included; and those that were writes (POST, PUT, DELETE).
    int requestCount() const { return m_log.size(); }
    int writeCount() const;
    /// "METHOD /path?query STATUS" per request.
    QStringList requestLog() const { return m_log; }
    /// Back to a fresh developer org, no faults, an empty log.
    void reset();

signals:
    void requestServed(const QString &method, const QString &path, int status);

private:
    QHttpServerResponse serve(const QHttpServerRequest &request);
    QHttpServerResponse reply(const QHttpServerRequest &request, const QString &method);
    /// Discovery (or, with `keys`, the JWKS) of a server created through the API; 404 for others.
    QHttpServerResponse published(const QString &serverId, bool keys) const;
    QHttpServerResponse page(const QHttpServerRequest &request, const QJsonArray &items);

    OktaSandbox *m_sandbox;
    OktaManagementStore m_store;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    QString m_faultMethod;
    int m_resetSeconds = 1;
    int m_pageSize = 200;
    QStringList m_log;
};
