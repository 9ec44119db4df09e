#pragma once

#include <QByteArray>
#include <QTcpServer>

/// A stand-in for the system's HTTP proxy on 127.0.0.1: records the first request line it receives (a
/// CONNECT for https) and closes, so nothing is ever forwarded anywhere.
class FakeProxy : public QTcpServer
{
    Q_OBJECT

public:
    explicit FakeProxy(QObject *parent = nullptr);
    /// http://127.0.0.1:PORT, for https_proxy.
    QByteArray url() const;
    QByteArray requestLine;
};
