#include "sandbox/OktaManagementStore.h"

#include "sandbox/OktaDeveloperOrg.h"
#include "sandbox/OktaManagementValidator.h"

#include <QJsonArray>

namespace {
QJsonArray toArray(const QList<QJsonObject> &list)
{
    QJsonArray out;
    for (const QJsonObject &o : list)
        out.append(o);
    return out;
}

QJsonObject *find(QList<QJsonObject> &list, const QString &id)
{
    for (QJsonObject &o : list) {
        if (o.value(QStringLiteral("id")).toString() == id)
            return &o;
    }
    return nullptr;
}

// Writable fields of a replace; id, status and read-only parts stay as they are.
QJsonObject replaced(QJsonObject current, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != QLatin1String("_links"))
            current.insert(it.key(), it.value());
    }
    return current;
}

const QString kNotFound = QStringLiteral("Not found: Resource not found: %1 (%2)");
} // namespace

OktaManagementStore::Reply OktaManagementStore::error(int status, const char *code, const QString &summary,
                                                      const QStringList &causes)
{
    QJsonArray causeList;
    for (const QString &c : causes)
        causeList.append(QJsonObject{{QStringLiteral("errorSummary"), c}});
    return {status, QJsonObject{{QStringLiteral("errorCode"), QLatin1String(code)},
                                {QStringLiteral("errorSummary"), summary},
                                {QStringLiteral("errorLink"), QLatin1String(code)},
                                {QStringLiteral("errorId"), QStringLiteral("sandbox")},
                                {QStringLiteral("errorCauses"), causeList}}};
}

void OktaManagementStore::seed(const QString &domain, const QString &clientId)
{
    m_domain = domain;
    Server s;
    s.object = OktaDeveloperOrg::defaultServer();
    const QJsonObject policy = OktaDeveloperOrg::defaultPolicy();
    s.policies << policy;
    s.rules.insert(policy.value(QStringLiteral("id")).toString(), {OktaDeveloperOrg::defaultRule()});
    s.claims << OktaDeveloperOrg::subClaim();
    m_servers = {s};
    m_apps = {OktaDeveloperOrg::nativeApp(clientId)};
}

OktaManagementStore::Server *OktaManagementStore::server(const QString &id)
{
    for (Server &s : m_servers) {
        if (s.object.value(QStringLiteral("id")).toString() == id)
            return &s;
    }
    return nullptr;
}

const OktaManagementStore::Server *OktaManagementStore::server(const QString &id) const
{
    return const_cast<OktaManagementStore *>(this)->server(id);
}

QString OktaManagementStore::nextId(const char *prefix)
{
    return QLatin1String(prefix) + QStringLiteral("sandbox%1").arg(m_nextId++, 6, 10, QLatin1Char('0'));
}

OktaManagementStore::Reply OktaManagementStore::get(const QStringList &parts, const QString &q) const
{
    if (parts.value(0) == QLatin1String("apps")) {
        QJsonArray matches;
        for (const QJsonObject &app : m_apps) {
            const QString clientId = app.value(QStringLiteral("credentials"))
                                         .toObject()
                                         .value(QStringLiteral("oauthClient"))
                                         .toObject()
                                         .value(QStringLiteral("client_id"))
                                         .toString();
            if (parts.size() == 2 &&
                (app.value(QStringLiteral("id")).toString() == parts.at(1) || clientId == parts.at(1)))
                return {200, app};
            if (parts.size() == 1 &&
                app.value(QStringLiteral("label")).toString().contains(q, Qt::CaseInsensitive))
                matches.append(app);
        }
        if (parts.size() == 1)
            return {200, matches};
        return error(404, "E0000007", kNotFound.arg(parts.at(1), QStringLiteral("Application")));
    }
    if (parts.size() == 1) {
        QJsonArray out;
        for (const Server &s : m_servers) {
            const bool hit =
                q.isEmpty() ||
                s.object.value(QStringLiteral("name")).toString().contains(q, Qt::CaseInsensitive) ||
                s.object.value(QStringLiteral("audiences")).toArray().contains(q);
            if (hit)
                out.append(presented(s.object));
        }
        return {200, out};
    }
    const Server *s = server(parts.at(1));
    if (!s)
        return error(404, "E0000007", kNotFound.arg(parts.at(1), QStringLiteral("AuthorizationServer")));
    const QString kind = parts.value(2);
    const QList<QJsonObject> *list = kind == QLatin1String("policies") ? &s->policies
                                     : kind == QLatin1String("claims") ? &s->claims
                                                                       : nullptr;
    if (parts.size() == 2)
        return {200, presented(s->object)};
    if (!list)
        return error(404, "E0000007", kNotFound.arg(kind, QStringLiteral("Resource")));
    if (parts.size() == 3)
        return {200, toArray(*list)};
    const QJsonObject *item = find(const_cast<QList<QJsonObject> &>(*list), parts.at(3));
    if (!item)
        return error(404, "E0000007", kNotFound.arg(parts.at(3), kind));
    if (parts.size() == 4)
        return {200, *item};
    if (kind == QLatin1String("policies") && parts.value(4) == QLatin1String("rules")) {
        const QList<QJsonObject> rules = s->rules.value(parts.at(3));
        if (parts.size() == 5)
            return {200, toArray(rules)};
        for (const QJsonObject &r : rules) {
            if (r.value(QStringLiteral("id")).toString() == parts.at(5))
                return {200, r};
        }
    }
    return error(404, "E0000007", kNotFound.arg(parts.constLast(), QStringLiteral("Resource")));
}

OktaManagementStore::Reply OktaManagementStore::post(const QStringList &parts, const QJsonObject &body)
{
    if (parts.value(0) != QLatin1String("authorizationServers"))
        return error(405, "E0000022",
                     QStringLiteral("The endpoint does not support the provided HTTP method"));
    if (parts.size() == 1) {
        QList<QJsonObject> existing;
        for (const Server &s : m_servers)
            existing << s.object;
        const QStringList causes = OktaManagementValidator::newServer(body, existing);
        if (!causes.isEmpty())
            return error(400, "E0000001", QStringLiteral("Api validation failed: authorizationServer"),
                         causes);
        Server s;
        const QString id = nextId("aus");
        s.object = body;
        s.object.insert(QStringLiteral("id"), id);
        s.object.insert(QStringLiteral("issuerMode"), QStringLiteral("ORG_URL"));
        s.object.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        s.claims << OktaDeveloperOrg::subClaim();
        m_servers << s;
        return {201, presented(s.object)};
    }
    Server *s = server(parts.at(1));
    if (!s)
        return error(404, "E0000007", kNotFound.arg(parts.at(1), QStringLiteral("AuthorizationServer")));
    QJsonObject created = body;
    if (parts.size() == 3 && parts.at(2) == QLatin1String("policies")) {
        const QStringList causes = OktaManagementValidator::newPolicy(body);
        if (!causes.isEmpty())
            return error(400, "E0000001", QStringLiteral("Api validation failed: policy"), causes);
        created.insert(QStringLiteral("id"), nextId("00p"));
        s->policies << created;
    } else if (parts.size() == 5 && parts.at(2) == QLatin1String("policies") &&
               parts.at(4) == QLatin1String("rules")) {
        if (!find(s->policies, parts.at(3)))
            return error(404, "E0000007", kNotFound.arg(parts.at(3), QStringLiteral("Policy")));
        const QStringList causes = OktaManagementValidator::newRule(body);
        if (!causes.isEmpty())
            return error(400, "E0000001", QStringLiteral("Api validation failed: conditions.people"), causes);
        created.insert(QStringLiteral("id"), nextId("0pr"));
        s->rules[parts.at(3)] << created;
    } else if (parts.size() == 3 && parts.at(2) == QLatin1String("claims")) {
        const QStringList causes = OktaManagementValidator::newClaim(body, s->claims);
        if (!causes.isEmpty())
            return error(400, "E0000001", QStringLiteral("Api validation failed: claim"), causes);
        created.insert(QStringLiteral("id"), nextId("ocl"));
        s->claims << created;
    } else {
        return error(405, "E0000022",
                     QStringLiteral("The endpoint does not support the provided HTTP method"));
    }
    return {201, created};
}

OktaManagementStore::Reply OktaManagementStore::put(const QStringList &parts, const QJsonObject &body)
{
    Server *s = parts.value(0) == QLatin1String("authorizationServers") && parts.size() >= 2
                    ? server(parts.at(1))
                    : nullptr;
    if (!s)
        return error(404, "E0000007", kNotFound.arg(parts.value(1), QStringLiteral("AuthorizationServer")));
    if (parts.size() == 2) {
        const QStringList causes = OktaManagementValidator::replacedServer(body);
        if (!causes.isEmpty())
            return error(400, "E0000001", QStringLiteral("Api validation failed: authorizationServer"),
                         causes);
        const QJsonArray audiences = body.value(QStringLiteral("audiences")).toArray();
        s->audienceReplaced =
            s->audienceReplaced || audiences != s->object.value(QStringLiteral("audiences")).toArray();
        s->object = replaced(s->object, body);
        return {200, presented(s->object)};
    }
    QList<QJsonObject> *list = parts.size() == 4 && parts.at(2) == QLatin1String("policies") ? &s->policies
                               : parts.size() == 4 && parts.at(2) == QLatin1String("claims") ? &s->claims
                               : parts.size() == 6 && parts.at(4) == QLatin1String("rules")
                                   ? &s->rules[parts.at(3)]
                                   : nullptr;
    QJsonObject *item = list ? find(*list, parts.constLast()) : nullptr;
    if (!item)
        return error(404, "E0000007", kNotFound.arg(parts.constLast(), QStringLiteral("Resource")));
    *item = replaced(*item, body);
    return {200, *item};
}

OktaManagementStore::Reply OktaManagementStore::remove(const QStringList &parts)
{
    Server *s = parts.value(0) == QLatin1String("authorizationServers") && parts.size() >= 2
                    ? server(parts.at(1))
                    : nullptr;
    if (s && parts.size() == 2) {
        // Okta refuses to delete an active server.
        if (s->object.value(QStringLiteral("status")).toString() != QLatin1String("INACTIVE"))
            return error(400, "E0000001", QStringLiteral("Api validation failed: authorizationServer"),
                         {QStringLiteral("The authorization server must be deactivated first.")});
        m_servers.removeAt(s - m_servers.data());
        return {204, QJsonValue::Null};
    }
    const bool rule = parts.size() == 6 && parts.at(2) == QLatin1String("policies") &&
                      parts.at(4) == QLatin1String("rules");
    QList<QJsonObject> *list = !s     ? nullptr
                               : rule ? &s->rules[parts.at(3)]
                               : parts.size() == 4 && parts.at(2) == QLatin1String("policies") ? &s->policies
                               : parts.size() == 4 && parts.at(2) == QLatin1String("claims")   ? &s->claims
                                                                                               : nullptr;
    QJsonObject *item = list ? find(*list, parts.constLast()) : nullptr;
    if (!item)
        return error(404, "E0000007", kNotFound.arg(parts.constLast(), QStringLiteral("Resource")));
    list->removeAt(item - list->data());
    if (!rule && parts.at(2) == QLatin1String("policies"))
        s->rules.remove(parts.at(3));
    return {204, QJsonValue::Null};
}

OktaManagementStore::Reply OktaManagementStore::lifecycle(const QStringList &parts)
{
    Server *s = parts.size() == 4 ? server(parts.at(1)) : nullptr;
    const QString to = parts.value(3) == QLatin1String("activate")     ? QStringLiteral("ACTIVE")
                       : parts.value(3) == QLatin1String("deactivate") ? QStringLiteral("INACTIVE")
                                                                       : QString();
    if (!s || to.isEmpty())
        return error(404, "E0000007", kNotFound.arg(parts.value(1), QStringLiteral("AuthorizationServer")));
    s->object.insert(QStringLiteral("status"), to);
    return {204, QJsonValue::Null};
}

QString OktaManagementStore::replacedAudience(const QString &serverId) const
{
    const Server *s = server(serverId);
    return s && s->audienceReplaced ? s->object.value(QStringLiteral("audiences")).toArray().at(0).toString()
                                    : QString();
}

QList<QJsonObject> OktaManagementStore::claims(const QString &serverId) const
{
    const Server *s = server(serverId);
    return s ? s->claims : QList<QJsonObject>();
}

QJsonObject OktaManagementStore::presented(QJsonObject server) const
{
    // The port is known only once the sandbox listens, so the issuer is made when the server is shown.
    server.insert(QStringLiteral("issuer"),
                  m_domain + QStringLiteral("/oauth2/") + server.value(QStringLiteral("id")).toString());
    return server;
}

void OktaManagementStore::followAudience(const QString &serverId, const QString &audience)
{
    Server *s = server(serverId);
    if (s && !s->audienceReplaced && !audience.isEmpty())
        s->object.insert(QStringLiteral("audiences"), QJsonArray{audience});
}
