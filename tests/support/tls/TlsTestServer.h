#pragma once

#include "TestPki.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QSslServer;
class QTcpSocket;

/// A small HTTPS server (QSslServer) on 127.0.0.1 for the TLS tests: answers canned replies by path, one
/// request per connection, and records what it saw.
class TlsTestServer : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray location; // Location header, for redirects
    };

    /// Serves with `cert` (its key included) and, when given, `chain` (e.g. the CA) after it.
    explicit TlsTestServer(const TestCert &cert, QObject *parent = nullptr);
    ~TlsTestServer() override;

    bool start(QString *error = nullptr);
    quint16 port() const;
    /// "https://HOST:PORT" (HOST 127.0.0.1 unless given; the server listens on 127.0.0.1 only).
    QString url(const QString &host = QStringLiteral("127.0.0.1")) const;

    /// Answers `path` (without the query) with `reply`; other paths answer 404.
    void setReply(const QString &path, const Reply &reply) { m_replies.insert(path, reply); }
    /// An Okta custom authorization server "default" as seen at https://HOST:PORT: its discovery document
    /// (both URLs) and `jwks` at /oauth2/default/v1/keys.
    void serveOkta(const QString &host, const QByteArray &jwks);

    /// Request lines ("GET /path HTTP/1.1") received over completed handshakes.
    QStringList requests() const { return m_requests; }
    /// Handshakes that failed on the server's side (the client refused the certificate, or the like).
    int failedHandshakes() const { return m_failedHandshakes; }

private:
    void onReadyRead(QTcpSocket *socket);

    QSslServer *m_server;
    QHash<QString, Reply> m_replies;
    QStringList m_requests;
    int m_failedHandshakes = 0;
};
