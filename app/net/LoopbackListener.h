#pragma once

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpServer;

/// The redirect listener of a browser sign-in: loopback addresses only (127.0.0.1, and ::1 for
/// "localhost"), requests parsed by Qt's HTTP server, one genuine redirect accepted and answered with a
/// small page, then closed. What counts as genuine is OAuthCallback's judgement.
class LoopbackListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    /// Listens for `redirectUri` (http, loopback host, explicit port); false with *error when it cannot.
    bool listenFor(const QUrl &redirectUri, const QString &expectedState, QString *error);
    void close();
    bool isListening() const;

signals:
    /// The genuine redirect (right path and state) with a code.
    void codeReceived(const QString &code);
    /// The genuine redirect with an OAuth error.
    void errorReceived(const QString &error, const QString &description);
    /// A request on the redirect path that was refused (wrong state, no code): never exchanged.
    void refused(const QString &why);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QString &title,
                const QString &text);

    QList<QPointer<QTcpServer>> m_servers;
    QString m_path;
    QString m_state;
    bool m_done = false;
};
