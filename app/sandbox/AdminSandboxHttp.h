#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;

/// A bare HTTP listener for the Admin API sandbox: every request goes to one handler, which may answer, stay
/// silent (a hang) or reset the connection, as the fault switches need.
class AdminSandboxHttp : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit AdminSandboxHttp(Handler handler, QObject *parent = nullptr);

    /// Writes a whole reply with Content-Length.
    static void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                        const QByteArray &body, const Headers &headers = {});
    /// Drops the connection with a TCP reset (SO_LINGER 0), after the current event.
    static void reset(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
