#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

/// A raw HTTP/1.1 server on a loopback address for hostile-reply tests: each "METHOD /path" (query ignored)
/// answers with exactly the bytes a test gives, or never answers, or streams without end. No HTTP library
/// sits in between, so broken replies reach the client as written. Unknown paths answer 404.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray raw;       // when set: the whole response as is (status line, headers and body)
        bool hang = false;    // read the request, never answer
        bool endless = false; // status and headers, then `body` repeated until the client hangs up
    };

    explicit HostileServer(QObject *parent = nullptr);
    /// Another loopback address (127.0.0.2) is another host, for tests of where a redirect may lead.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    QString baseUrl() const; // http://ADDRESS:PORT
    void route(const QString &methodAndPath, const Reply &reply) { m_routes.insert(methodAndPath, reply); }
    QStringList requests() const { return m_requests; } // "METHOD /path?query" in arrival order

private:
    void readRequest(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &method, const QString &target);

    QTcpServer *m_server;
    QHash<QString, Reply> m_routes;
    QStringList m_requests;
};
