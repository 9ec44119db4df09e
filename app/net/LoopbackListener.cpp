#include "net/LoopbackListener.h"

#include "core/OAuthCallback.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

LoopbackListener::LoopbackListener(QObject *parent) : QAbstractHttpServer(parent) {}

LoopbackListener::~LoopbackListener()
{
    close();
}

bool LoopbackListener::listenFor(const QUrl &redirectUri, const QString &expectedState, QString *error)
{
    const QString host = redirectUri.host();
    QList<QHostAddress> addresses;
    if (host == QLatin1String("localhost"))
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else if (QHostAddress(host).isLoopback())
        addresses = {QHostAddress(host)};
    if (redirectUri.scheme() != QLatin1String("http") || addresses.isEmpty() || redirectUri.port() <= 0 ||
        redirectUri.path().isEmpty()) {
        *error = tr("The redirect URI must be http on a loopback host with an explicit port and a path "
                    "(e.g. http://localhost:8484/callback).");
        return false;
    }
    m_path = redirectUri.path();
    m_state = expectedState;
    m_done = false;
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, quint16(redirectUri.port()))) {
            // ::1 may be missing (IPv6 off); 127.0.0.1 must work.
            const bool optional =
                address == QHostAddress(QHostAddress::LocalHostIPv6) && !m_servers.isEmpty();
            if (!optional) {
                *error = tr("Cannot listen on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(redirectUri.port())
                             .arg(server->errorString());
                delete server;
                close();
                return false;
            }
            delete server;
            continue;
        }
        bind(server);
        m_servers.append(server);
    }
    return true;
}

void LoopbackListener::close()
{
    for (const QPointer<QTcpServer> &server : std::as_const(m_servers)) {
        if (server)
            server->close();
    }
}

bool LoopbackListener::isListening() const
{
    for (const QPointer<QTcpServer> &server : m_servers) {
        if (server && server->isListening())
            return true;
    }
    return false;
}

bool LoopbackListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_done) { // a second request on a kept-alive connection: the redirect was already taken
        answer(request, socket, 410, tr("Sign-in finished"), tr("This sign-in is already complete."));
        return true;
    }
    const OAuthCallback cb = OAuthCallback::evaluate(request.url(), m_path, m_state);
    switch (cb.kind) {
    case OAuthCallback::Kind::WrongPath:
        answer(request, socket, 404, tr("Not found"), cb.refusal());
        return true;
    case OAuthCallback::Kind::WrongState:
    case OAuthCallback::Kind::Malformed:
        answer(request, socket, 400, tr("Sign-in refused"), cb.refusal());
        emit refused(cb.refusal());
        return true;
    case OAuthCallback::Kind::Error:
        m_done = true;
        close();
        answer(request, socket, 200, tr("Sign-in failed"),
               tr("Okta answered %1. The application that started the sign-in says what it means.")
                   .arg(cb.error));
        emit errorReceived(cb.error, cb.errorDescription);
        return true;
    case OAuthCallback::Kind::Code:
        m_done = true;
        close();
        answer(request, socket, 200, tr("Signed in"), tr("You can close this tab."));
        emit codeReceived(cb.code);
        return true;
    }
    return true;
}

void LoopbackListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket, 404, tr("Not found"), QString());
}

void LoopbackListener::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                              const QString &title, const QString &text)
{
    const QByteArray body =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", "text/html; charset=utf-8");
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Connection", "close");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
    socket->flush();
}
