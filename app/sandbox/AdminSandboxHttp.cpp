#include "sandbox/AdminSandboxHttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

AdminSandboxHttp::AdminSandboxHttp(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool AdminSandboxHttp::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void AdminSandboxHttp::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, 404, R"({"error":"not found","error_code":"NotFound"})");
}

void AdminSandboxHttp::respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                               const QByteArray &body, const Headers &headers)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    bool hasType = false;
    for (const auto &h : headers) {
        responder.writeHeader(h.first, h.second);
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !body.isEmpty())
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

void AdminSandboxHttp::reset(QTcpSocket *socket)
{
    QPointer<QTcpSocket> guard(socket);
    // Deferred: the server still touches the socket after the handler returns.
    QTimer::singleShot(0, socket, [guard] {
        if (!guard)
            return;
#ifdef Q_OS_UNIX
        const struct linger hard = {1, 0};
        ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
        guard->abort();
    });
}
