#include "HostileServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

HostileServer::HostileServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool HostileServer::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

QString HostileServer::baseUrl() const
{
    return QStringLiteral("http://%1:%2")
        .arg(m_server->serverAddress().toString())
        .arg(m_server->serverPort());
}

void HostileServer::readRequest(QTcpSocket *socket)
{
    if (socket->property("owzAnswered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("owzBuffer").toByteArray() + socket->readAll();
    socket->setProperty("owzBuffer", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    socket->setProperty("owzAnswered", true);
    answer(socket, QString::fromLatin1(requestLine.value(0)), QString::fromLatin1(requestLine.value(1)));
}

void HostileServer::answer(QTcpSocket *socket, const QString &method, const QString &target)
{
    m_requests << method + QLatin1Char(' ') + target;
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    Reply reply;
    const auto found = m_routes.constFind(method + QLatin1Char(' ') + path);
    if (found != m_routes.constEnd()) {
        reply = *found;
    } else {
        reply.status = 404;
        reply.body = R"({"error":"not found","error_code":"NotFound"})";
        reply.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    }
    if (reply.hang)
        return; // the socket stays open and silent until the client gives up
    if (!reply.raw.isEmpty()) {
        socket->write(reply.raw);
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Hostile\r\nConnection: close\r\n";
    for (const auto &h : std::as_const(reply.headers))
        head += h.first + ": " + h.second + "\r\n";
    if (!reply.endless)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    socket->write(head + "\r\n");
    if (!reply.endless) {
        socket->write(reply.body);
        socket->disconnectFromHost();
        return;
    }
    // Refill whenever the client drained what was sent; stops when it disconnects.
    const QByteArray unit = reply.body.isEmpty() ? QByteArray("x") : reply.body;
    const QByteArray chunk = unit.repeated(qMax<qsizetype>(1, 64 * 1024 / unit.size()));
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
            socket->write(chunk);
    });
    socket->write(chunk);
}
