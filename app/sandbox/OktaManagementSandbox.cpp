#include "sandbox/OktaManagementSandbox.h"

#include "sandbox/OktaSandbox.h"
#include "sandbox/OktaSandboxUser.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace {
QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

QHttpServerResponse json(int status, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return QHttpServerResponse("application/json", bytes, QHttpServerResponder::StatusCode(status));
}

QHttpServerResponse envelope(const OktaManagementStore::Reply &r)
{
    return json(r.status, r.body);
}

// Registers `pattern` (with as many <arg> as Args) so every match reaches serve().
template <typename... Args, typename F> void add(QHttpServer &server, const QString &pattern, F serve)
{
    server.route(pattern, [serve](Args..., const QHttpServerRequest &request) { return serve(request); });
}
} // namespace

OktaManagementSandbox::OktaManagementSandbox(QHttpServer &server, OktaSandbox *sandbox)
    : QObject(sandbox), m_sandbox(sandbox)
{
    reset();
    auto serveIt = [this](const QHttpServerRequest &request) {
        return serve(request);
    };
    using S = const QString &;
    const QString servers = QStringLiteral("/api/v1/authorizationServers");
    add<>(server, servers, serveIt);
    add<S>(server, servers + QStringLiteral("/<arg>"), serveIt);
    add<S, S>(server, servers + QStringLiteral("/<arg>/<arg>"), serveIt);
    add<S, S, S>(server, servers + QStringLiteral("/<arg>/<arg>/<arg>"), serveIt);
    add<S, S, S, S>(server, servers + QStringLiteral("/<arg>/<arg>/<arg>/<arg>"), serveIt);
    add<S, S, S, S, S>(server, servers + QStringLiteral("/<arg>/<arg>/<arg>/<arg>/<arg>"), serveIt);
    add<>(server, QStringLiteral("/api/v1/apps"), serveIt);
    add<S>(server, QStringLiteral("/api/v1/apps/<arg>"), serveIt);
    // Servers created through the API publish discovery and keys too (the sandbox's own server has its
    // routes already, registered first); their tokens are not minted.
    server.route(QStringLiteral("/oauth2/<arg>/.well-known/openid-configuration"),
                 [this](const QString &id) { return published(id, false); });
    server.route(QStringLiteral("/oauth2/<arg>/v1/keys"),
                 [this](const QString &id) { return published(id, true); });
}

QHttpServerResponse OktaManagementSandbox::published(const QString &serverId, bool keys) const
{
    if (m_store.get({QStringLiteral("authorizationServers"), serverId}, {}).status != 200)
        return envelope(
            OktaManagementStore::error(404, "E0000007", QStringLiteral("Not found: %1").arg(serverId)));
    if (keys)
        return json(200, m_sandbox->keys().jwks());
    const QString issuer = m_sandbox->domain() + QStringLiteral("/oauth2/") + serverId;
    return json(
        200, QJsonObject{{QStringLiteral("issuer"), issuer},
                         {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/v1/authorize")},
                         {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/v1/token")},
                         {QStringLiteral("jwks_uri"), issuer + QStringLiteral("/v1/keys")},
                         {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
                         {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
                         {QStringLiteral("id_token_signing_alg_values_supported"),
                          QJsonArray{QStringLiteral("RS256")}}});
}

OktaManagementSandbox *OktaManagementSandbox::of(const OktaSandbox &sandbox)
{
    return sandbox.findChild<OktaManagementSandbox *>(QString(), Qt::FindDirectChildrenOnly);
}

QJsonObject OktaManagementSandbox::withIssuedClaims(const OktaSandbox &sandbox, QJsonObject claims)
{
    const OktaManagementSandbox *self = of(sandbox);
    if (!self)
        return claims;
    const QJsonObject extra =
        OktaSandboxUser::accessTokenClaims(self->m_store.claims(sandbox.authServerId()));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        claims.insert(it.key(), it.value());
    const QString audience = self->m_store.replacedAudience(sandbox.authServerId());
    if (!audience.isEmpty())
        claims.insert(QStringLiteral("aud"), audience);
    return claims;
}

void OktaManagementSandbox::setFault(Fault fault, int count, const QString &method)
{
    m_fault = fault;
    m_faultCount = count;
    m_faultMethod = method;
}

int OktaManagementSandbox::writeCount() const
{
    return int(std::count_if(m_log.begin(), m_log.end(),
                             [](const QString &line) { return !line.startsWith(QLatin1String("GET ")); }));
}

void OktaManagementSandbox::reset()
{
    m_store = OktaManagementStore();
    m_store.seed(m_sandbox->domain(), OktaSandbox::demoClientId());
    m_fault = Fault::None;
    m_log.clear();
    m_pageSize = 200;
    m_resetSeconds = 1;
}

QHttpServerResponse OktaManagementSandbox::serve(const QHttpServerRequest &request)
{
    const QString method = methodName(request.method());
    QHttpServerResponse response = reply(request, method);
    response.addHeader("Date", QLocale::c()
                                   .toString(QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                   .toLatin1());
    const QString path = request.url().path(QUrl::FullyEncoded) +
                         (request.url().hasQuery() ? QLatin1Char('?') + request.url().query() : QString());
    const int status = int(response.statusCode());
    m_log << QStringLiteral("%1 %2 %3").arg(method, path).arg(status);
    emit requestServed(method, path, status);
    return response;
}

QHttpServerResponse OktaManagementSandbox::reply(const QHttpServerRequest &request, const QString &method)
{
    const bool faulted =
        m_fault != Fault::None && m_faultCount != 0 && (m_faultMethod.isEmpty() || m_faultMethod == method);
    const Fault fault = faulted ? m_fault : Fault::None;
    if (faulted && m_faultCount > 0)
        --m_faultCount;
    switch (fault) {
    case Fault::NoApiAccessManagement:
        return envelope(OktaManagementStore::error(
            401, "E0000015",
            QStringLiteral("You do not have permission to access the feature you are requesting")));
    case Fault::NoAdminRights:
        return envelope(OktaManagementStore::error(
            403, "E0000006", QStringLiteral("You do not have permission to perform the requested action")));
    case Fault::InvalidToken:
        return envelope(
            OktaManagementStore::error(401, "E0000011", QStringLiteral("Invalid token provided")));
    case Fault::ValidationFailed:
        return envelope(
            OktaManagementStore::error(400, "E0000001", QStringLiteral("Api validation failed: name"),
                                       {QStringLiteral("name: The field cannot be left blank.")}));
    case Fault::RateLimited: {
        QHttpServerResponse r = envelope(OktaManagementStore::error(
            429, "E0000047", QStringLiteral("API call exceeded rate limit due to too many requests.")));
        r.addHeader("X-Rate-Limit-Limit", "100");
        r.addHeader("X-Rate-Limit-Remaining", "0");
        r.addHeader("X-Rate-Limit-Reset",
                    QByteArray::number(QDateTime::currentSecsSinceEpoch() + m_resetSeconds));
        return r;
    }
    case Fault::ServerError:
        return envelope(OktaManagementStore::error(500, "E0000009", QStringLiteral("Internal Server Error")));
    case Fault::NotJson:
        return QHttpServerResponse("text/html", "<html><body>Sign in to Okta</body></html>");
    case Fault::Oversized:
        return QHttpServerResponse("application/json", "[" + QByteArray(20 * 1024 * 1024, ' ') + "]");
    case Fault::WrongTypes:
        return json(
            200, QJsonArray{QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QJsonArray()}}});
    case Fault::EndlessPaging:
    case Fault::ForeignLink:
    case Fault::None:
        break;
    }
    m_store.setDomain(m_sandbox->domain());
    // The API reports the audience the sandbox's tokens carry (OktaSandbox::setAudience), until a replace.
    m_store.followAudience(m_sandbox->authServerId(),
                           m_sandbox->defaultClaims().value(QStringLiteral("aud")).toString());
    if (request.value("Authorization") != "SSWS " + demoApiToken().toLatin1())
        return envelope(
            OktaManagementStore::error(401, "E0000011", QStringLiteral("Invalid token provided")));
    const QStringList parts =
        request.url().path().mid(QStringLiteral("/api/v1/").size()).split(QLatin1Char('/'));
    if (method == QLatin1String("GET")) {
        const OktaManagementStore::Reply r =
            m_store.get(parts, QUrlQuery(request.url()).queryItemValue(QStringLiteral("q")));
        if (r.status == 200 && r.body.isArray()) {
            QHttpServerResponse p = page(request, r.body.toArray());
            const QUrl self(m_sandbox->domain() + request.url().path());
            if (fault == Fault::EndlessPaging || fault == Fault::ForeignLink) {
                const int after =
                    QUrlQuery(request.url()).queryItemValue(QStringLiteral("after")).toInt() + 1;
                const QString host = fault == Fault::ForeignLink
                                         ? QStringLiteral("http://okta.attacker.invalid")
                                         : m_sandbox->domain();
                p.setHeader("Link", QStringLiteral("<%1%2?after=%3>; rel=\"next\"")
                                        .arg(host, request.url().path())
                                        .arg(after)
                                        .toLatin1());
            }
            return p;
        }
        return envelope(r);
    }
    const bool lifecycle = method == QLatin1String("POST") && parts.value(2) == QLatin1String("lifecycle");
    if (method == QLatin1String("DELETE") || lifecycle) {
        const OktaManagementStore::Reply r = lifecycle ? m_store.lifecycle(parts) : m_store.remove(parts);
        if (r.status == 204)
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
        return envelope(r);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        return envelope(OktaManagementStore::error(400, "E0000003",
                                                   QStringLiteral("The request body was not well-formed.")));
    if (method == QLatin1String("POST"))
        return envelope(m_store.post(parts, doc.object()));
    if (method == QLatin1String("PUT"))
        return envelope(m_store.put(parts, doc.object()));
    return envelope(OktaManagementStore::error(
        405, "E0000022", QStringLiteral("The endpoint does not support the provided HTTP method")));
}

QHttpServerResponse OktaManagementSandbox::page(const QHttpServerRequest &request, const QJsonArray &items)
{
    const QUrlQuery query(request.url());
    bool ok = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = m_pageSize;
    limit = qMin(limit, 200);
    const int after = qMax(0, query.queryItemValue(QStringLiteral("after")).toInt());
    QJsonArray slice;
    for (int i = after; i < items.size() && i < after + limit; ++i)
        slice.append(items.at(i));
    QHttpServerResponse r = json(200, slice);
    const QString base = m_sandbox->domain() + request.url().path();
    QUrlQuery self = query;
    QByteArray link =
        QStringLiteral("<%1%2>; rel=\"self\"")
            .arg(base, self.isEmpty() ? QString() : QLatin1Char('?') + self.toString(QUrl::FullyEncoded))
            .toLatin1();
    if (after + limit < items.size()) {
        QUrlQuery next = query;
        next.removeAllQueryItems(QStringLiteral("after"));
        next.addQueryItem(QStringLiteral("after"), QString::number(after + limit));
        link += ", <" + (base + QLatin1Char('?') + next.toString(QUrl::FullyEncoded)).toLatin1() +
                ">; rel=\"next\"";
    }
    r.addHeader("Link", link);
    return r;
}
