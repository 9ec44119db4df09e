#include "sandbox/AdminSandboxRouter.h"

#include "sandbox/AdminSandboxDrafts.h"
#include "sandbox/AdminSandboxValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
std::optional<QJsonObject> bodyObject(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString idOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("_id")).toString();
}

const AdminSandboxRouter::Reply kNoContent{204, {}};
} // namespace

AdminSandboxRouter::Reply AdminSandboxRouter::error(int status, const QString &message, const QString &code)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("error_code"), code}});
}

AdminSandboxRouter::Reply AdminSandboxRouter::json(int status, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, value.isNull() ? QByteArray("null") : doc.toJson(QJsonDocument::Compact)};
}

AdminSandboxRouter::Reply AdminSandboxRouter::handle(const QString &method, const QString &path,
                                                     const QString &query, const QByteArray &bearer,
                                                     const QByteArray &body)
{
    const QString token = QString::fromUtf8(bearer);
    if (path == QLatin1String("/auth/providers/mongodb-cloud/login") && method == QLatin1String("POST"))
        return login(body);
    if (path == QLatin1String("/auth/session") && method == QLatin1String("POST"))
        return refresh(bearer);
    if (m_store->expiredAccessTokens.contains(token))
        return error(401, QStringLiteral("invalid session: access token expired"),
                     QStringLiteral("InvalidSession"));
    if (!m_store->accessTokens.contains(token))
        return error(401, QStringLiteral("invalid session: valid access token required"),
                     QStringLiteral("InvalidSession"));
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(0) != QLatin1String("groups") || parts.at(2) != QLatin1String("apps"))
        return error(404, QStringLiteral("no such endpoint in the sandbox"), QStringLiteral("NotFound"));
    if (parts.at(1) != m_store->projectId)
        return error(404, QStringLiteral("group not found"), QStringLiteral("GroupNotFound"));
    if (parts.size() == 3)
        return apps(method, query);
    AdminSandboxStore::App *found = m_store->app(parts.at(3));
    if (!found)
        return error(404, QStringLiteral("app not found"), QStringLiteral("AppNotFound"));
    const QString area = parts.value(4);
    if (logsAndUsers && (area == QLatin1String("logs") || area == QLatin1String("users")))
        return logsAndUsers(*found, method, parts.mid(4), query);
    return app(*found, method, parts.mid(4), body);
}

AdminSandboxRouter::Reply AdminSandboxRouter::login(const QByteArray &body)
{
    const auto o = bodyObject(body);
    if (!o || !o->value(QStringLiteral("username")).isString() ||
        !o->value(QStringLiteral("apiKey")).isString())
        return error(400, QStringLiteral("username and apiKey are required strings"),
                     QStringLiteral("InvalidParameter"));
    const QString user = o->value(QStringLiteral("username")).toString();
    if (!m_store->apiKeys.contains(user) ||
        m_store->apiKeys.value(user) != o->value(QStringLiteral("apiKey")).toString())
        return error(401,
                     QStringLiteral("failed to authenticate with MongoDB Cloud API: You are not authorized "
                                    "for this resource."),
                     QString());
    const QString access = QStringLiteral("sandbox-access-") + m_store->newId();
    const QString refreshToken = QStringLiteral("sandbox-refresh-") + m_store->newId();
    m_store->accessTokens.insert(access);
    m_store->refreshTokens.insert(refreshToken);
    return json(200, QJsonObject{{QStringLiteral("access_token"), access},
                                 {QStringLiteral("refresh_token"), refreshToken},
                                 {QStringLiteral("user_id"), m_store->userId},
                                 {QStringLiteral("device_id"), QStringLiteral("000000000000000000000000")}});
}

AdminSandboxRouter::Reply AdminSandboxRouter::refresh(const QByteArray &bearer)
{
    const QString token = QString::fromUtf8(bearer);
    if (m_store->accessTokens.contains(token) || m_store->expiredAccessTokens.contains(token))
        return error(401, QStringLiteral("invalid refresh token: incorrect token type"), QString());
    if (!m_store->refreshTokens.contains(token))
        return error(401, QStringLiteral("invalid session: failed to find refresh token"),
                     QStringLiteral("InvalidSession"));
    const QString access = QStringLiteral("sandbox-access-") + m_store->newId();
    m_store->accessTokens.insert(access);
    return json(201, QJsonObject{{QStringLiteral("access_token"), access}});
}

AdminSandboxRouter::Reply AdminSandboxRouter::apps(const QString &method, const QString &query)
{
    if (method != QLatin1String("GET"))
        return error(405, QStringLiteral("method not allowed"), QStringLiteral("MethodNotAllowed"));
    const QString product = QUrlQuery(query).queryItemValue(QStringLiteral("product"));
    // Without `product` only standard Apps are listed (spec); a comma-separated list selects several.
    const QStringList wanted =
        product.isEmpty() ? QStringList{QStringLiteral("standard")} : product.split(QLatin1Char(','));
    static const QStringList known{QStringLiteral("standard"), QStringLiteral("atlas"),
                                   QStringLiteral("data-api"), QStringLiteral("device-sync")};
    for (const QString &p : wanted) {
        if (!known.contains(p))
            return error(400, QStringLiteral("invalid product: %1").arg(p),
                         QStringLiteral("InvalidParameter"));
    }
    QJsonArray out;
    for (const AdminSandboxStore::App &a : std::as_const(m_store->apps)) {
        if (wanted.contains(a.info.value(QStringLiteral("product")).toString()))
            out.append(a.info);
    }
    return json(200, out);
}

AdminSandboxRouter::Reply AdminSandboxRouter::app(AdminSandboxStore::App &app, const QString &method,
                                                  const QStringList &rest, const QByteArray &body)
{
    if (rest.isEmpty())
        return method == QLatin1String("GET")
                   ? json(200, app.info)
                   : error(405, QStringLiteral("method not allowed"), QStringLiteral("MethodNotAllowed"));
    const QString area = rest.first();
    if (area == QLatin1String("auth_providers"))
        return providers(app, method, rest.mid(1), body);
    if (area == QLatin1String("secrets"))
        return secrets(app, method, rest.mid(1), body);
    AdminSandboxDrafts drafts(m_store);
    if (area == QLatin1String("drafts"))
        return drafts.drafts(app, method, rest.mid(1), body);
    if (area == QLatin1String("deployments"))
        return drafts.deployment(app, method, rest.mid(1));
    return error(404, QStringLiteral("no such endpoint in the sandbox"), QStringLiteral("NotFound"));
}

AdminSandboxRouter::Reply AdminSandboxRouter::providers(AdminSandboxStore::App &app, const QString &method,
                                                        const QStringList &rest, const QByteArray &body)
{
    AdminSandboxStore::Config &config = m_store->config(app);
    if (rest.isEmpty() && method == QLatin1String("GET")) {
        QJsonArray out;
        for (const QJsonObject &p : std::as_const(config.providers))
            out.append(
                QJsonObject{{QStringLiteral("_id"), idOf(p)},
                            {QStringLiteral("name"), p.value(QStringLiteral("name"))},
                            {QStringLiteral("type"), p.value(QStringLiteral("type"))},
                            {QStringLiteral("disabled"), p.value(QStringLiteral("disabled")).toBool()}});
        return json(200, out);
    }
    if (rest.isEmpty() && method == QLatin1String("POST")) {
        const auto o = bodyObject(body);
        const QString problem =
            o ? AdminSandboxValidator::provider(*o, config) : QStringLiteral("body is not a JSON object");
        if (!problem.isEmpty())
            return error(400, problem, QStringLiteral("InvalidParameter"));
        for (const QJsonObject &p : std::as_const(config.providers)) {
            if (p.value(QStringLiteral("name")) == o->value(QStringLiteral("name")))
                return error(409,
                             QStringLiteral("auth provider with name '%1' already exists")
                                 .arg(p.value(QStringLiteral("name")).toString()),
                             QStringLiteral("AuthProviderAlreadyExists"));
        }
        QJsonObject created = *o;
        created.insert(QStringLiteral("_id"), m_store->newId());
        config.providers.append(created);
        noteChange(app, QStringLiteral("auth_providers: created ") +
                            created.value(QStringLiteral("name")).toString());
        return json(201, created);
    }
    qsizetype index = -1;
    for (qsizetype i = 0; !rest.isEmpty() && i < config.providers.size(); ++i) {
        if (idOf(config.providers.at(i)) == rest.first())
            index = i;
    }
    if (index < 0)
        return error(404, QStringLiteral("auth provider not found"), QStringLiteral("AuthProviderNotFound"));
    QJsonObject &current = config.providers[index];
    const QString name = current.value(QStringLiteral("name")).toString();
    if (rest.size() == 2 && method == QLatin1String("PUT") &&
        (rest.at(1) == QLatin1String("enable") || rest.at(1) == QLatin1String("disable"))) {
        current.insert(QStringLiteral("disabled"), rest.at(1) == QLatin1String("disable"));
        noteChange(app, QStringLiteral("auth_providers: %1 %2d").arg(name, rest.at(1)));
        return kNoContent;
    }
    if (rest.size() != 1)
        return error(404, QStringLiteral("no such endpoint in the sandbox"), QStringLiteral("NotFound"));
    if (method == QLatin1String("GET"))
        return json(200, current);
    if (method == QLatin1String("DELETE")) {
        config.providers.removeAt(index);
        noteChange(app, QStringLiteral("auth_providers: deleted ") + name);
        return kNoContent;
    }
    if (method != QLatin1String("PATCH"))
        return error(405, QStringLiteral("method not allowed"), QStringLiteral("MethodNotAllowed"));
    const auto o = bodyObject(body);
    QString problem =
        o ? AdminSandboxValidator::provider(*o, config) : QStringLiteral("body is not a JSON object");
    if (problem.isEmpty() && o->contains(QStringLiteral("_id")) && idOf(*o) != idOf(current))
        problem = QStringLiteral("_id does not match the provider in the path");
    if (problem.isEmpty() && o->value(QStringLiteral("type")) != current.value(QStringLiteral("type")))
        problem = QStringLiteral("cannot change the type of an auth provider");
    if (!problem.isEmpty())
        return error(400, problem, QStringLiteral("InvalidParameter"));
    QJsonObject updated = *o;
    updated.insert(QStringLiteral("_id"), idOf(current));
    current = updated;
    noteChange(app, QStringLiteral("auth_providers: updated ") + name);
    return kNoContent;
}

AdminSandboxRouter::Reply AdminSandboxRouter::secrets(AdminSandboxStore::App &app, const QString &method,
                                                      const QStringList &rest, const QByteArray &body)
{
    AdminSandboxStore::Config &config = m_store->config(app);
    if (rest.isEmpty() && method == QLatin1String("GET")) {
        QJsonArray out;
        for (const AdminSandboxStore::Secret &s : std::as_const(config.secrets))
            out.append(QJsonObject{{QStringLiteral("_id"), s.id}, {QStringLiteral("name"), s.name}});
        return json(200, out);
    }
    const auto o = bodyObject(body);
    const QString name = o ? o->value(QStringLiteral("name")).toString() : QString();
    const QString problem =
        (method == QLatin1String("POST") || method == QLatin1String("PUT"))
            ? (o ? AdminSandboxValidator::secret(*o) : QStringLiteral("body is not a JSON object"))
            : QString();
    if (!problem.isEmpty())
        return error(400, problem, QStringLiteral("InvalidParameter"));
    if (rest.isEmpty() && method == QLatin1String("POST")) {
        for (const AdminSandboxStore::Secret &s : std::as_const(config.secrets)) {
            if (s.name == name)
                return error(409, QStringLiteral("secret already exists"),
                             QStringLiteral("SecretAlreadyExists"));
        }
        config.secrets.append({m_store->newId(), name, o->value(QStringLiteral("value")).toString()});
        noteChange(app, QStringLiteral("secrets: created ") + name);
        return json(201, QJsonObject{{QStringLiteral("_id"), config.secrets.constLast().id},
                                     {QStringLiteral("name"), name}});
    }
    for (qsizetype i = 0; rest.size() == 1 && i < config.secrets.size(); ++i) {
        if (config.secrets.at(i).id != rest.first())
            continue;
        if (method == QLatin1String("DELETE"))
            config.secrets.removeAt(i);
        else if (method == QLatin1String("PUT"))
            config.secrets[i] = {rest.first(), name, o->value(QStringLiteral("value")).toString()};
        else
            return error(405, QStringLiteral("method not allowed"), QStringLiteral("MethodNotAllowed"));
        noteChange(app, QStringLiteral("secrets: changed ") + rest.first());
        return kNoContent;
    }
    return error(404, QStringLiteral("secret not found"), QStringLiteral("SecretNotFound"));
}

void AdminSandboxRouter::noteChange(AdminSandboxStore::App &app, const QString &line)
{
    if (app.draft)
        app.draft->diffs << line;
}
