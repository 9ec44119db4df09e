#include "sandbox/OktaSandbox.h"

#include "sandbox/OktaManagementSandbox.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

#include <utility>

namespace {
using Status = QHttpServerResponder::StatusCode;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Okta's error envelope (okta.md §4.3).
QByteArray oktaError(const char *code, const QString &summary)
{
    return compact({{QStringLiteral("errorCode"), QLatin1String(code)},
                    {QStringLiteral("errorSummary"), summary},
                    {QStringLiteral("errorLink"), QLatin1String(code)},
                    {QStringLiteral("errorId"), QStringLiteral("sandbox")},
                    {QStringLiteral("errorCauses"), QJsonArray()}});
}
} // namespace

OktaSandbox::OktaSandbox(const QString &authServerId, QObject *parent)
    : QObject(parent), m_authServerId(authServerId), m_server(std::make_unique<QHttpServer>()),
      m_signIn(std::make_unique<OktaSandboxSignIn>(this)), m_orgKey(RsaKeyPair::generate().value())
{
    addRoutes();
}

OktaSandbox::~OktaSandbox() = default;

bool OktaSandbox::start(quint16 port, QString *error)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0 && error)
        *error = tr("The Okta sandbox could not listen on 127.0.0.1:%1.").arg(port);
    return m_port != 0;
}

QString OktaSandbox::domain() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString OktaSandbox::issuer() const
{
    return domain() + QStringLiteral("/oauth2/") + m_authServerId;
}

QString OktaSandbox::jwksUri() const
{
    return issuer() + QStringLiteral("/v1/keys");
}

QString OktaSandbox::orgIssuer() const
{
    return domain();
}

void OktaSandbox::setFault(Fault fault, int endpoints)
{
    for (const int e : {int(Discovery), int(Keys)}) {
        if (endpoints & e)
            m_faults.insert(e, fault);
    }
}

int OktaSandbox::jwksRequestCount() const
{
    return requestCount(QStringLiteral("/oauth2/%1/v1/keys").arg(m_authServerId));
}

void OktaSandbox::resetBehaviour()
{
    m_faults.clear();
    m_openIdEnabled = true;
    m_jwksMaxAge = 300;
    m_staleJwksCount = 0;
    m_counts.clear();
    m_signIn->reset();
}

QJsonObject OktaSandbox::defaultClaims(qint64 now) const
{
    if (now < 0)
        now = QDateTime::currentSecsSinceEpoch();
    return OktaManagementSandbox::withIssuedClaims(
        *this, {{QStringLiteral("ver"), 1},
                {QStringLiteral("jti"), QStringLiteral("AT.sandbox-%1").arg(now)},
                {QStringLiteral("iss"), issuer()},
                {QStringLiteral("aud"), m_audience},
                {QStringLiteral("iat"), now},
                {QStringLiteral("exp"), now + 3600},
                {QStringLiteral("cid"), demoClientId()},
                {QStringLiteral("uid"), demoUserId()},
                {QStringLiteral("scp"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile")}},
                {QStringLiteral("sub"), demoUserLogin()}});
}

QByteArray OktaSandbox::mintToken(const QJsonObject &claims, const QJsonObject &header,
                                  bool mergeDefaults) const
{
    QJsonObject c = mergeDefaults ? defaultClaims() : QJsonObject();
    for (auto it = claims.begin(); it != claims.end(); ++it)
        c.insert(it.key(), it.value());
    return m_keys.mint(c, header);
}

QJsonObject OktaSandbox::discoveryDocument(bool org, bool oauth) const
{
    const QString iss = org ? orgIssuer() : issuer();
    const QString endpoints = org ? iss + QStringLiteral("/oauth2/v1") : iss + QStringLiteral("/v1");
    QJsonObject doc{{QStringLiteral("issuer"), iss},
                    {QStringLiteral("authorization_endpoint"), endpoints + QStringLiteral("/authorize")},
                    {QStringLiteral("token_endpoint"), endpoints + QStringLiteral("/token")},
                    {QStringLiteral("jwks_uri"), endpoints + QStringLiteral("/keys")},
                    {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
                    {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
                    {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
    if (!oauth)
        doc.insert(QStringLiteral("id_token_signing_alg_values_supported"),
                   QJsonArray{QStringLiteral("RS256")});
    return doc;
}

QByteArray OktaSandbox::orgJwks() const
{
    return compact({{QStringLiteral("keys"), QJsonArray{m_orgKey.publicJwk(QStringLiteral("sbx-org-key"))}}});
}

void OktaSandbox::addRoutes()
{
    const QString base = QStringLiteral("/oauth2/") + m_authServerId;
    const QStringList paths{
        base + QStringLiteral("/.well-known/openid-configuration"),
        base + QStringLiteral("/.well-known/oauth-authorization-server"), base + QStringLiteral("/v1/keys"),
        QStringLiteral("/.well-known/openid-configuration"), QStringLiteral("/oauth2/v1/keys")};
    for (const QString &path : paths) {
        const int endpoint = path.endsWith(QLatin1String("/keys")) ? Keys : Discovery;
        m_server->route(path, [this, path, endpoint](const QHttpServerRequest &request,
                                                     QHttpServerResponder &&responder) {
            serve(path, endpoint, request, std::move(responder));
        });
    }
    new OktaManagementSandbox(*m_server, this); // the Management API: servers, policies, rules, claims, apps
    m_signIn->addRoutes(*m_server, base);
    // Control endpoints for the demo mode and out-of-process tests.
    m_server->route(QStringLiteral("/sandbox/okta/rotate"), QHttpServerRequest::Method::Post, [this] {
        m_keys.rotate();
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("kids"), QJsonArray::fromStringList(m_keys.kids())}});
    });
    m_server->route(QStringLiteral("/sandbox/okta/token"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) {
                        const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
                        const QByteArray token = mintToken(in.value(QStringLiteral("claims")).toObject(),
                                                           in.value(QStringLiteral("header")).toObject());
                        return QHttpServerResponse(
                            QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                        {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
                    });
    m_server->route(demoTokenPath(), QHttpServerRequest::Method::Post, [this] {
        if (!m_demoTokenSource)
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(m_demoTokenSource())},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
    });
}

void OktaSandbox::serve(const QString &path, int endpoint, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder)
{
    m_counts[path] += 1;
    const QString method = QString::fromLatin1(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())));
    const Fault fault = m_faults.value(endpoint, Fault::None);
    if (fault == Fault::Hang) {
        m_hanging.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    if (fault == Fault::Hold) {
        QPointer<QTcpSocket> socket = responder.socket();
        m_held.push_back(
            {path, endpoint, method, socket, std::make_unique<QHttpServerResponder>(std::move(responder))});
        emit requestHeld(method, path);
        return;
    }
    answer(path, endpoint, method, fault, responder);
}

int OktaSandbox::releaseHeld()
{
    int answered = 0;
    for (Held &h : std::exchange(m_held, {})) {
        if (h.socket && h.socket->state() == QAbstractSocket::ConnectedState) {
            answer(h.path, h.endpoint, h.method, Fault::None, *h.responder);
            ++answered;
        }
    }
    return answered;
}

void OktaSandbox::answer(const QString &path, int endpoint, const QString &method, Fault fault,
                         QHttpServerResponder &responder)
{
    const bool org = !path.startsWith(QStringLiteral("/oauth2/") + m_authServerId);
    const bool oauth = path.endsWith(QLatin1String("oauth-authorization-server"));
    auto reply = [&](Status status, const QByteArray &body, const QByteArray &type = "application/json") {
        QByteArray cacheControl = "no-cache";
        if (endpoint == Keys && status == Status::Ok)
            cacheControl = m_jwksMaxAge < 0
                               ? QByteArray()
                               : "max-age=" + QByteArray::number(m_jwksMaxAge) + ", must-revalidate";
        if (cacheControl.isEmpty())
            responder.write(body, {{"Content-Type", type}}, status);
        else
            responder.write(body, {{"Content-Type", type}, {"Cache-Control", cacheControl}}, status);
        emit requestServed(method, path, int(status));
    };
    switch (fault) {
    case Fault::NotFound:
        return reply(Status::NotFound,
                     oktaError("E0000007", QStringLiteral("Not found: Resource not found: %1 "
                                                          "(AuthorizationServer)")
                                               .arg(m_authServerId)));
    case Fault::ServerError:
        return reply(Status::InternalServerError,
                     oktaError("E0000009", QStringLiteral("Internal Server Error")));
    case Fault::NotJson:
        return reply(Status::Ok, "<html><body>Sign in to Okta</body></html>", "text/html");
    case Fault::Oversized: // 2 MiB of JSON whitespace: larger than any real metadata or key set
        return reply(Status::Ok, QByteArray(2 * 1024 * 1024, ' ') + "{}");
    case Fault::WrongIssuer:
    case Fault::None:
    case Fault::Hang: // both handled by serve()
    case Fault::Hold:
        break;
    }
    if (endpoint == Keys && !org && m_staleJwksCount > 0) {
        --m_staleJwksCount;
        return reply(Status::Ok, compact(m_staleJwks));
    }
    if (endpoint == Keys)
        return reply(Status::Ok, org ? orgJwks() : compact(m_keys.jwks()));
    if (!org && !oauth && !m_openIdEnabled)
        return reply(Status::NotFound, oktaError("E0000007", QStringLiteral("Not found")));
    QJsonObject doc = discoveryDocument(org, oauth);
    if (fault == Fault::WrongIssuer)
        doc.insert(QStringLiteral("issuer"), domain() + QStringLiteral("/oauth2/someOtherServer"));
    reply(Status::Ok, compact(doc));
}
