#pragma once

#include "core/HttpRequestHead.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

/// The redirect listener of a browser sign-in: loopback addresses only (127.0.0.1, and ::1 for
/// "localhost"), each request head read by HttpRequestHead, one genuine redirect accepted and answered with
/// a small page, then closed. What counts as genuine is OAuthCallback's judgement.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    /// A connection that has not sent its request head by then is dropped, so a silent client holds nothing.
    static constexpr int kIdleTimeoutMs = 10000;
    /// Connections open at once; more are closed unanswered until one ends.
    static constexpr int kMaxConnections = 8;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    /// Listens for `redirectUri` (http, loopback host, explicit port); the Problem says why it cannot
    /// (redirect_uri_not_loopback, redirect_port_busy).
    Result<void> listenFor(const QUrl &redirectUri, const QString &expectedState);
    void close();
    bool isListening() const;
    /// For connections accepted from now on.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    int openConnections() const { return int(m_connections.size()); }

signals:
    /// The genuine redirect (right path and state) with a code.
    void codeReceived(const QString &code);
    /// The genuine redirect with an OAuth error.
    void errorReceived(const QString &error, const QString &description);
    /// A request on the redirect path that was refused (wrong state, no code): never exchanged.
    void refused(const QString &why);

private:
    struct Connection
    {
        HttpRequestHead head;
        bool answered = false;
    };

    void accept(QTcpServer *server);
    void read(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QUrl &target);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QList<QPointer<QTcpServer>> m_servers;
    QHash<QTcpSocket *, Connection> m_connections;
    QString m_path;
    QString m_state;
    int m_idleTimeoutMs = kIdleTimeoutMs;
    bool m_done = false;
};
