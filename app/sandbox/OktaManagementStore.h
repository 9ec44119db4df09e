#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// The Okta objects of the sandbox's Management API: authorization servers with their policies, rules and
/// claims, and the apps, seeded like a fresh developer org. Answers the routes' reads and writes.
class OktaManagementStore
{
public:
    struct Reply
    {
        int status = 200;
        QJsonValue body;
    };

    /// Okta's error envelope: errorCode, errorSummary, errorLink, errorId, errorCauses.
    static Reply error(int status, const char *code, const QString &summary, const QStringList &causes = {});

    /// The org's URL, for the servers' issuers (may change until the sandbox listens).
    void setDomain(const QString &domain) { m_domain = domain; }
    /// A fresh developer org on `domain`: the `default` server (audience api://default, its default policy
    /// and rule, only the system `sub` claim) and one native app with `clientId`.
    void seed(const QString &domain, const QString &clientId);

    /// The whole list for a GET of a collection, or the object (paths below /api/v1, query aside).
    Reply get(const QStringList &parts, const QString &q) const;
    Reply post(const QStringList &parts, const QJsonObject &body);
    Reply put(const QStringList &parts, const QJsonObject &body);
    /// DELETE of an inactive authorization server, a claim, a policy (with its rules) or a rule: 204, or 404
    /// when it does not exist.
    Reply remove(const QStringList &parts);
    /// POST .../authorizationServers/{id}/lifecycle/activate or deactivate: 204.
    Reply lifecycle(const QStringList &parts);

    /// The server's claims as the API lists them (empty for an unknown server).
    QList<QJsonObject> claims(const QString &serverId) const;
    /// Makes the server's audience `audience` unless a replace through the API set it.
    void followAudience(const QString &serverId, const QString &audience);
    /// The server's audience when it was replaced through the API, else empty.
    QString replacedAudience(const QString &serverId) const;

private:
    struct Server
    {
        QJsonObject object;
        QList<QJsonObject> policies;
        QHash<QString, QList<QJsonObject>> rules; // by policy id
        QList<QJsonObject> claims;
        bool audienceReplaced = false;
    };

    QJsonObject presented(QJsonObject server) const;
    Server *server(const QString &id);
    const Server *server(const QString &id) const;
    QString nextId(const char *prefix);

    QString m_domain;
    QList<Server> m_servers;
    QList<QJsonObject> m_apps;
    int m_nextId = 1;
};
