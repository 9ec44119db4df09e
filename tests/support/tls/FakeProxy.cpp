#include "FakeProxy.h"

#include <QTcpSocket>

FakeProxy::FakeProxy(QObject *parent) : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *s = nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            if (requestLine.isEmpty())
                requestLine = s->readLine().trimmed();
            s->close();
            s->deleteLater();
        });
    });
}

QByteArray FakeProxy::url() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort());
}
