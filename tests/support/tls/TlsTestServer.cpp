#include "TlsTestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

TlsTestServer::TlsTestServer(const TestCert &cert, QObject *parent)
    : QObject(parent), m_server(new QSslServer(this))
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(cert.certPem, QSsl::Pem));
    config.setPrivateKey(QSslKey(cert.keyPem, QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_server->setSslConfiguration(config);
    connect(m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->bytesAvailable() > 0)
                onReadyRead(socket);
        }
    });
}

TlsTestServer::~TlsTestServer() = default;

bool TlsTestServer::start(QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 TlsTestServer::port() const
{
    return m_server->serverPort();
}

QString TlsTestServer::url(const QString &host) const
{
    return QStringLiteral("https://%1:%2").arg(host).arg(port());
}

void TlsTestServer::serveOkta(const QString &host, const QByteArray &jwks)
{
    const QString issuer = url(host) + QStringLiteral("/oauth2/default");
    const QJsonObject doc{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("jwks_uri"), issuer + QStringLiteral("/v1/keys")},
        {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/v1/authorize")},
        {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/v1/token")}};
    const QByteArray body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    setReply(QStringLiteral("/oauth2/default/.well-known/openid-configuration"), {200, body, {}});
    setReply(QStringLiteral("/oauth2/default/.well-known/oauth-authorization-server"), {200, body, {}});
    setReply(QStringLiteral("/oauth2/default/v1/keys"), {200, jwks, {}});
}

void TlsTestServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    socket->disconnect(this); // one request per connection
    const QByteArray requestLine = lines.value(0).trimmed();
    m_requests << QString::fromLatin1(requestLine);
    QString path = QString::fromLatin1(requestLine.split(' ').value(1));
    path = path.left(path.indexOf(QLatin1Char('?')));
    const Reply reply = m_replies.value(path, Reply{404, QByteArrayLiteral("{\"error\":\"not found\"}"), {}});
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Canned\r\n";
    out += "Content-Type: application/json\r\nConnection: close\r\n";
    if (!reply.location.isEmpty())
        out += "Location: " + reply.location + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
    socket->write(out);
    socket->disconnectFromHost();
}
