#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>

/// An HTTP/1.1 server on 127.0.0.1 that answers each request with the next scripted reply (the last one
/// repeats) and records the requests' first lines and headers.
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization;
    };

    ScriptedHttpServer();
    QString origin() const;
    void script(const QList<Reply> &replies) { m_replies = replies; }
    QList<Request> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QList<Reply> m_replies;
    QList<Request> m_requests;
};
