#include "sandbox/AppServicesSandbox.h"

#include "sandbox/AppServicesLoginCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
const QString kClient = QStringLiteral("/api/client/v2.0");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AppServicesSandbox::Reply jsonReply(int status, const QJsonObject &o)
{
    return {status, compact(o), "application/json", {}};
}

AppServicesSandbox::Reply clientError(int status, const QString &message, const QString &code)
{
    return jsonReply(status, {{QStringLiteral("error"), message}, {QStringLiteral("error_code"), code}});
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

AppServicesSandbox::AppServicesSandbox(AdminSandboxStore *store) : m_store(store)
{
    m_clock.start();
}

void AppServicesSandbox::reset()
{
    m_gone = false;
    m_hostnameOverride.clear();
    m_logDelayMs = 0;
    m_logins = 0;
}

QList<QJsonObject> AppServicesSandbox::users(const QString &appId) const
{
    return m_users.value(appId);
}

AppServicesSandbox::Reply AppServicesSandbox::handle(const QString &method, const QString &path,
                                                     const QByteArray &bearer, const QByteArray &body)
{
    if (m_gone)
        return {404, "404 page not found\n", "text/plain; charset=utf-8", {}};
    const QStringList parts = path.mid(kClient.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("app")) {
        AdminSandboxStore::App *app = nullptr;
        for (AdminSandboxStore::App &a : m_store->apps) {
            if (str(a.info, "client_app_id") == parts.at(1))
                app = &a;
        }
        if (!app)
            return clientError(404,
                               QStringLiteral("cannot find app using Client App ID '%1'").arg(parts.at(1)),
                               QStringLiteral("AppNotFound"));
        const QString rest = QStringList(parts.mid(2)).join(QLatin1Char('/'));
        if (rest == QLatin1String("location") && method == QLatin1String("GET"))
            return location(app);
        if (rest == QLatin1String("auth/providers/custom-token/login") && method == QLatin1String("POST"))
            return login(app, body);
        return clientError(404, QStringLiteral("no such endpoint"), QStringLiteral("NotFound"));
    }
    const QString route = method + QLatin1Char(' ') + parts.join(QLatin1Char('/'));
    const QString token = QString::fromUtf8(bearer);
    const bool refreshRoute = route == QLatin1String("DELETE auth/session");
    const QHash<QString, Session> &sessions = refreshRoute ? m_refresh : m_access;
    if (!sessions.contains(token))
        return clientError(401, QStringLiteral("invalid session"), QStringLiteral("InvalidSession"));
    const Session session = sessions.value(token);
    if (refreshRoute) {
        m_refresh.remove(token);
        return {204, {}, {}, {}};
    }
    QJsonObject *user = findUser(session.appId, session.userId);
    if (!user)
        return clientError(401, QStringLiteral("invalid session"), QStringLiteral("InvalidSession"));
    if (route == QLatin1String("GET auth/profile"))
        return jsonReply(200, {{QStringLiteral("user_id"), session.userId},
                               {QStringLiteral("domain_id"), session.appId},
                               {QStringLiteral("type"), QStringLiteral("normal")},
                               {QStringLiteral("identities"), user->value(QStringLiteral("identities"))},
                               {QStringLiteral("data"), user->value(QStringLiteral("data"))}});
    if (route == QLatin1String("DELETE auth/delete")) {
        QList<QJsonObject> &list = m_users[session.appId];
        list.removeIf([&](const QJsonObject &u) { return str(u, "_id") == session.userId; });
        m_access.removeIf([&](const auto &it) { return it.value().userId == session.userId; });
        m_refresh.removeIf([&](const auto &it) { return it.value().userId == session.userId; });
        return {204, {}, {}, {}};
    }
    return clientError(404, QStringLiteral("no such endpoint"), QStringLiteral("NotFound"));
}

AppServicesSandbox::Reply AppServicesSandbox::location(const AdminSandboxStore::App *)
{
    const QString host = m_hostnameOverride.isEmpty() ? m_origin : m_hostnameOverride;
    QString ws = host;
    ws.replace(0, 4, QStringLiteral("ws"));
    return jsonReply(200, {{QStringLiteral("deployment_model"), QStringLiteral("GLOBAL")},
                           {QStringLiteral("location"), QStringLiteral("US-VA")},
                           {QStringLiteral("hostname"), host},
                           {QStringLiteral("ws_hostname"), ws}});
}

AppServicesSandbox::Reply AppServicesSandbox::login(AdminSandboxStore::App *app, const QByteArray &body)
{
    ++m_logins;
    const QString coId = m_store->newId();
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    const QJsonObject device =
        in.value(QStringLiteral("options")).toObject().value(QStringLiteral("device")).toObject();
    const QByteArray token = in.value(QStringLiteral("token")).toString().toUtf8();
    if (!in.value(QStringLiteral("token")).isString())
        return authError(*app, coId, QStringLiteral("token is required"), QStringLiteral("InvalidParameter"),
                         400);
    QJsonObject provider;
    for (const QJsonObject &p : std::as_const(app->live.providers)) {
        if (str(p, "type") == QLatin1String("custom-token"))
            provider = p;
    }
    if (provider.isEmpty() || provider.value(QStringLiteral("disabled")).toBool())
        return authError(*app, coId, QStringLiteral("authentication via 'custom-token' is unsupported"),
                         QStringLiteral("AuthProviderNotFound"));
    QJsonObject claims, data;
    const QString why = AppServicesLoginCheck::refusal(str(app->info, "client_app_id"), provider, token,
                                                       m_jwks, &claims, &data);
    if (!why.isEmpty())
        return authError(*app, coId, why, QStringLiteral("AuthError"));
    const QString appId = str(app->info, "_id");
    const QString sub = str(claims, "sub");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject *user = nullptr;
    for (QJsonObject &u : m_users[appId]) {
        if (u.value(QStringLiteral("identities")).toArray().at(0).toObject().value(QStringLiteral("id")) ==
            sub)
            user = &u;
    }
    if (!user) {
        m_users[appId].append(
            {{QStringLiteral("_id"), m_store->newId()},
             {QStringLiteral("type"), QStringLiteral("normal")},
             {QStringLiteral("disabled"), false},
             {QStringLiteral("creation_date"), now},
             {QStringLiteral("identities"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), sub},
                                     {QStringLiteral("provider_type"), QStringLiteral("custom-token")},
                                     {QStringLiteral("provider_id"), str(provider, "_id")}}}}});
        user = &m_users[appId].last();
    }
    user->insert(QStringLiteral("data"), data); // metadata is refreshed on every login
    user->insert(QStringLiteral("last_authentication_date"), now);
    const QString userId = str(*user, "_id");
    const QString access = QStringLiteral("sandbox-client-access-") + m_store->newId();
    const QString refresh = QStringLiteral("sandbox-client-refresh-") + m_store->newId();
    m_access.insert(access, {appId, userId});
    m_refresh.insert(refresh, {appId, userId});
    log(*app, coId, userId, {}, {}, 200, device);
    Reply r = jsonReply(200, {{QStringLiteral("access_token"), access},
                              {QStringLiteral("refresh_token"), refresh},
                              {QStringLiteral("user_id"), userId},
                              {QStringLiteral("device_id"), QStringLiteral("000000000000000000000000")}});
    r.requestId = coId.toLatin1();
    return r;
}

AppServicesSandbox::Reply AppServicesSandbox::authError(const AdminSandboxStore::App &app,
                                                        const QString &coId, const QString &message,
                                                        const QString &code, int status)
{
    log(app, coId, {}, message, code, status, {});
    const QString link = QStringLiteral("%1/groups/%2/apps/%3/logs?co_id=%4")
                             .arg(m_origin, m_store->projectId, str(app.info, "_id"), coId);
    Reply r = jsonReply(status, {{QStringLiteral("error"), message},
                                 {QStringLiteral("error_code"), code},
                                 {QStringLiteral("link"), link}});
    r.requestId = coId.toLatin1();
    return r;
}

void AppServicesSandbox::log(const AdminSandboxStore::App &app, const QString &coId, const QString &userId,
                             const QString &error, const QString &errorCode, int status,
                             const QJsonObject &device)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject entry{
        {QStringLiteral("_id"), m_store->newId()},
        {QStringLiteral("co_id"), coId},
        {QStringLiteral("type"), QStringLiteral("AUTH")},
        {QStringLiteral("app_id"), str(app.info, "_id")},
        {QStringLiteral("group_id"), m_store->projectId},
        {QStringLiteral("request_url"),
         kClient +
             QStringLiteral("/app/%1/auth/providers/custom-token/login").arg(str(app.info, "client_app_id"))},
        {QStringLiteral("request_method"), QStringLiteral("POST")},
        {QStringLiteral("started"), now},
        {QStringLiteral("completed"), now},
        {QStringLiteral("remote_ip_address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("status"), status},
        {QStringLiteral("sdk_name"), device.value(QStringLiteral("sdk"))},
        {QStringLiteral("auth_event"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("login")},
                     {QStringLiteral("provider"), QStringLiteral("custom-token")},
                     {QStringLiteral("failed"), !error.isEmpty()}}}};
    if (!userId.isEmpty())
        entry.insert(QStringLiteral("user_id"), userId);
    if (!error.isEmpty()) {
        entry.insert(QStringLiteral("error"), error);
        entry.insert(QStringLiteral("error_code"), errorCode);
    }
    m_logs.append({m_clock.elapsed() + m_logDelayMs, entry});
}

QJsonObject *AppServicesSandbox::findUser(const QString &appId, const QString &userId)
{
    for (QJsonObject &u : m_users[appId]) {
        if (str(u, "_id") == userId)
            return &u;
    }
    return nullptr;
}

AdminSandboxRouter::Reply AppServicesSandbox::admin(const AdminSandboxStore::App &app, const QString &method,
                                                    const QStringList &rest, const QString &query)
{
    const QString appId = str(app.info, "_id");
    const QUrlQuery q(query);
    if (rest.size() == 1 && rest.first() == QLatin1String("logs") && method == QLatin1String("GET")) {
        const QString coId = q.queryItemValue(QStringLiteral("co_id"));
        const QString type = q.queryItemValue(QStringLiteral("type"));
        const bool errorsOnly = q.hasQueryItem(QStringLiteral("errors_only")); // any value, as the spec says
        QJsonArray logs;
        for (const auto &[visibleMs, e] : std::as_const(m_logs)) {
            if (visibleMs > m_clock.elapsed() || str(e, "app_id") != appId ||
                (!coId.isEmpty() && str(e, "co_id") != coId) ||
                (!type.isEmpty() && !type.split(QLatin1Char(',')).contains(str(e, "type"))) ||
                errorsOnly == str(e, "error").isEmpty())
                continue;
            logs.append(e);
        }
        return AdminSandboxRouter::json(200, QJsonObject{{QStringLiteral("logs"), logs}});
    }
    if (rest.first() == QLatin1String("users") && rest.size() <= 2) {
        if (rest.size() == 1 && method == QLatin1String("GET")) {
            QJsonArray out;
            for (const QJsonObject &u : m_users.value(appId))
                out.append(u);
            return AdminSandboxRouter::json(200, out);
        }
        QList<QJsonObject> &list = m_users[appId];
        for (qsizetype i = 0; rest.size() == 2 && i < list.size(); ++i) {
            if (str(list.at(i), "_id") != rest.at(1))
                continue;
            if (method == QLatin1String("GET"))
                return AdminSandboxRouter::json(200, list.at(i));
            if (method == QLatin1String("DELETE")) {
                list.removeAt(i);
                return {204, {}};
            }
        }
        return AdminSandboxRouter::error(404, QStringLiteral("user not found"),
                                         QStringLiteral("UserNotFound"));
    }
    return AdminSandboxRouter::error(404, QStringLiteral("no such endpoint in the sandbox"),
                                     QStringLiteral("NotFound"));
}
