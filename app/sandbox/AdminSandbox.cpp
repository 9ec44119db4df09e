#include "sandbox/AdminSandbox.h"

#include "core/AdminRequests.h"
#include "sandbox/AdminSandboxHttp.h"
#include "sandbox/AdminSandboxRouter.h"
#include "sandbox/AppServicesSandbox.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>

namespace {
const QString kPrefix = QStringLiteral("/api/admin/v3.0");
const QString kClientPrefix = QStringLiteral("/api/client/v2.0");

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}
} // namespace

AdminSandbox::AdminSandbox(QObject *parent)
    : QObject(parent), m_router(new AdminSandboxRouter(&m_store)),
      m_clientApi(new AppServicesSandbox(&m_store)),
      m_server(
          new AdminSandboxHttp([this](const QHttpServerRequest &r, QTcpSocket *s) { handle(r, s); }, this)),
      m_evil(new AdminSandboxHttp([this](const QHttpServerRequest &r, QTcpSocket *s) { handleEvil(r, s); },
                                  this))
{
    m_router->logsAndUsers = [this](const AdminSandboxStore::App &app, const QString &method,
                                    const QStringList &rest, const QString &query) {
        return m_clientApi->admin(app, method, rest, query);
    };
}

AdminSandbox::~AdminSandbox()
{
    delete m_router;
    delete m_clientApi;
}

bool AdminSandbox::start(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    m_evilPort = m_evil->listen(QHostAddress::LocalHost, 0);
    m_clientApi->setOrigin(origin());
    return m_port != 0 && m_evilPort != 0;
}

QString AdminSandbox::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString AdminSandbox::baseUrl() const
{
    return origin() + kPrefix;
}

QUrl AdminSandbox::evilHostUrl() const
{
    // "localhost" rather than 127.0.0.1: a different host name, as a real cross-host redirect would be.
    return QUrl(QStringLiteral("http://localhost:%1").arg(m_evilPort));
}

QString AdminSandbox::appId(const QString &clientAppId) const
{
    for (const AdminSandboxStore::App &a : m_store.apps) {
        if (a.info.value(QStringLiteral("client_app_id")).toString() == clientAppId)
            return a.info.value(QStringLiteral("_id")).toString();
    }
    return {};
}

void AdminSandbox::expireSessions()
{
    m_store.expiredAccessTokens.unite(m_store.accessTokens);
    m_store.accessTokens.clear();
}

void AdminSandbox::seedDraft(const QString &appId, const QStringList &diffs)
{
    if (AdminSandboxStore::App *app = m_store.app(appId))
        app->draft = AdminSandboxStore::Draft{m_store.newId(), m_store.userId, app->live, diffs};
}

QString AdminSandbox::seedProvider(const QString &appId, const QJsonObject &provider)
{
    AdminSandboxStore::App *app = m_store.app(appId);
    if (!app)
        return {};
    QJsonObject p = provider;
    const QString id = m_store.newId();
    p.insert(QStringLiteral("_id"), id);
    app->live.providers.append(p);
    return id;
}

QJsonObject AdminSandbox::provider(const QString &appId, const QString &name) const
{
    for (const AdminSandboxStore::App &a : m_store.apps) {
        if (a.info.value(QStringLiteral("_id")).toString() != appId)
            continue;
        for (const QJsonObject &p : a.live.providers) {
            if (p.value(QStringLiteral("name")).toString() == name)
                return p;
        }
    }
    return {};
}

bool AdminSandbox::hasDraft(const QString &appId) const
{
    for (const AdminSandboxStore::App &a : m_store.apps) {
        if (a.info.value(QStringLiteral("_id")).toString() == appId)
            return a.draft.has_value();
    }
    return false;
}

QStringList AdminSandbox::requestLines() const
{
    QStringList out;
    for (const LoggedRequest &r : m_requests)
        out << r.method + QLatin1Char(' ') + AdminRequests::pathShape(r.path);
    return out;
}

QStringList AdminSandbox::writeLines() const
{
    QStringList out;
    for (const QString &line : requestLines()) {
        if (!line.startsWith(QLatin1String("GET ")) && !line.contains(QLatin1String("/login")))
            out << line;
    }
    return out;
}

void AdminSandbox::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString method = methodName(request);
    QString path = request.url().path();
    const QString query = request.url().query();
    const QByteArray authorization = header(request, "Authorization");
    QByteArray loggedBody = request.body();
    if (path.startsWith(kPrefix))
        path = path.mid(kPrefix.size());
    if (path == AdminRequests::loginPath() || path.endsWith(QLatin1String("/custom-token/login"))) {
        QJsonObject o = QJsonDocument::fromJson(loggedBody).object();
        for (const QString &secret : {QStringLiteral("apiKey"), QStringLiteral("token")}) {
            if (o.contains(secret))
                o.insert(secret, QStringLiteral("<redacted>"));
        }
        loggedBody = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    const QString fullPath = query.isEmpty() ? path : path + QLatin1Char('?') + query;
    m_requests.append({method, fullPath, !authorization.isEmpty(), loggedBody});
    const QByteArray bearer = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    if (applyFault(method, fullPath, request, socket)) {
        // answered (or deliberately not) by the fault
    } else if (path.startsWith(kClientPrefix)) {
        const AppServicesSandbox::Reply reply = m_clientApi->handle(method, path, bearer, request.body());
        AdminSandboxHttp::Headers headers;
        if (!reply.body.isEmpty())
            headers.append({"Content-Type", reply.contentType});
        if (!reply.requestId.isEmpty())
            headers.append({"X-Appservices-Request-Id", reply.requestId});
        AdminSandboxHttp::respond(request, socket, reply.status, reply.body, headers);
    } else {
        const AdminSandboxRouter::Reply reply =
            request.url().path().startsWith(kPrefix)
                ? m_router->handle(method, path, query, bearer, request.body())
                : AdminSandboxRouter::error(404, QStringLiteral("not found"), QStringLiteral("NotFound"));
        AdminSandboxHttp::respond(request, socket, reply.status, reply.body);
    }
    emit requestHandled(method, fullPath);
}

bool AdminSandbox::applyFault(const QString &method, const QString &path, const QHttpServerRequest &request,
                              QTcpSocket *socket)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if ((!rule.method.isEmpty() && rule.method != method) ||
            (!rule.pathContains.isEmpty() && !path.contains(rule.pathContains)))
            continue;
        const FaultRule hit = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_faults.removeAt(i);
        switch (hit.fault) {
        case Fault::ServerError:
            AdminSandboxHttp::respond(
                request, socket, 500,
                R"({"error":"internal server error","error_code":"InternalServerError"})");
            break;
        case Fault::TooManyRequests: {
            AdminSandboxHttp::Headers headers;
            if (hit.retryAfterSeconds >= 0)
                headers.append({"Retry-After", QByteArray::number(hit.retryAfterSeconds)});
            AdminSandboxHttp::respond(request, socket, 429,
                                      R"({"error":"too many requests","error_code":"TooManyRequests"})",
                                      headers);
            break;
        }
        case Fault::Hang:
            break; // never answer; the client's timeout must end it
        case Fault::Reset:
            AdminSandboxHttp::reset(socket);
            break;
        case Fault::MalformedJson:
            AdminSandboxHttp::respond(request, socket, 200, R"({"_id": "65", "name": [)");
            break;
        case Fault::Redirect: {
            QUrl target = evilHostUrl();
            target.setPath(request.url().path());
            target.setQuery(request.url().query());
            AdminSandboxHttp::respond(request, socket, 307, {}, {{"Location", target.toEncoded()}});
            break;
        }
        }
        return true;
    }
    return false;
}

void AdminSandbox::handleEvil(const QHttpServerRequest &request, QTcpSocket *socket)
{
    EvilRequest r{methodName(request), request.url().path(), request.headers(), false};
    r.hasAuthorization = !header(request, "Authorization").isEmpty();
    m_evilRequests.append(r);
    AdminSandboxHttp::respond(request, socket, 200, R"({"evil":true})");
}
