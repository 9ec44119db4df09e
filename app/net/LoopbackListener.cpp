#include "net/LoopbackListener.h"

#include "core/OAuthCallback.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Error";
}
} // namespace

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent) {}

LoopbackListener::~LoopbackListener()
{
    close();
}

Result<void> LoopbackListener::listenFor(const QUrl &redirectUri, const QString &expectedState)
{
    const QString host = redirectUri.host();
    QList<QHostAddress> addresses;
    if (host == QLatin1String("localhost"))
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else if (QHostAddress(host).isLoopback())
        addresses = {QHostAddress(host)};
    if (redirectUri.scheme() != QLatin1String("http") || addresses.isEmpty() || redirectUri.port() <= 0 ||
        redirectUri.path().isEmpty()) {
        return Problem(QStringLiteral("redirect_uri_not_loopback"),
                       tr("The redirect URI must be http on a loopback host with an explicit port and a path "
                          "(e.g. http://localhost:8484/callback)."));
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
                const QString why = server->errorString();
                delete server;
                close();
                return Problem(QStringLiteral("redirect_port_busy"), tr("Cannot listen on %1 port %2: %3")
                                                                         .arg(address.toString())
                                                                         .arg(redirectUri.port())
                                                                         .arg(why));
            }
            delete server;
            continue;
        }
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        m_servers.append(server);
    }
    return {};
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

void LoopbackListener::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_connections.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, Connection());
        // One deadline for the whole connection, not reset by each byte: a client trickling bytes is dropped
        // as surely as a silent one.
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, socket] { drop(socket); });
        deadline->start(m_idleTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void LoopbackListener::read(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll(); // after the answer: read and dropped until the client closes
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answered)
        return;
    const Result<HttpRequestHead::Progress> progress = it->head.feed(bytes);
    if (!progress) {
        answer(socket, HttpRequestHead::statusFor(progress.problem()), tr("Request refused"),
               progress.problem().message);
        return;
    }
    if (*progress == HttpRequestHead::Progress::Complete)
        respond(socket, it->head.requestLine().target);
}

void LoopbackListener::drop(QTcpSocket *socket)
{
    if (m_connections.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LoopbackListener::respond(QTcpSocket *socket, const QUrl &target)
{
    if (m_done) { // a connection opened before the redirect was taken
        answer(socket, 410, tr("Sign-in finished"), tr("This sign-in is already complete."));
        return;
    }
    const OAuthCallback cb = OAuthCallback::evaluate(target, m_path, m_state);
    switch (cb.kind) {
    case OAuthCallback::Kind::WrongPath:
        answer(socket, 404, tr("Not found"), cb.refusal());
        return;
    case OAuthCallback::Kind::WrongState:
    case OAuthCallback::Kind::Malformed:
        answer(socket, 400, tr("Sign-in refused"), cb.refusal());
        emit refused(cb.refusal());
        return;
    case OAuthCallback::Kind::Error:
        m_done = true;
        close();
        answer(socket, 200, tr("Sign-in failed"),
               tr("Okta answered %1. The application that started the sign-in says what it means.")
                   .arg(cb.error));
        emit errorReceived(cb.error, cb.errorDescription);
        return;
    case OAuthCallback::Kind::Code:
        m_done = true;
        close();
        answer(socket, 200, tr("Signed in"), tr("You can close this tab."));
        emit codeReceived(cb.code);
        return;
    }
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    m_connections[socket].answered = true;
    const QByteArray body =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Cache-Control: no-store\r\n"
                "Connection: close\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    // Closes once the answer is written; the deadline still drops a client that never reads it.
    socket->disconnectFromHost();
}
