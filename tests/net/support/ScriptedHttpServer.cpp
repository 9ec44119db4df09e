#include "ScriptedHttpServer.h"

#include <QTcpSocket>

ScriptedHttpServer::ScriptedHttpServer()
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString ScriptedHttpServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            if (name == "authorization")
                request.authorization = line.mid(colon + 1).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            break;
        buffer.remove(0, end + 4 + length);
        const Reply reply = m_replies.isEmpty() ? Reply{404, {}, {}}
                                                : m_replies.value(m_requests.size(), m_replies.constLast());
        m_requests << request;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        bool hasLength = false;
        for (const auto &h : reply.headers) {
            out += h.first + ": " + h.second + "\r\n";
            hasLength = hasLength || h.first.toLower() == "content-length";
        }
        if (!hasLength)
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        out += "\r\n" + reply.body;
        socket->write(out);
    }
    socket->setProperty("buffer", buffer);
}
