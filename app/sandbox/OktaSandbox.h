#pragma once

#include "sandbox/OktaSandboxKeys.h"
#include "sandbox/OktaSandboxSignIn.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

/// A local Okta authorization server on 127.0.0.1 for tests and the --sandbox demo: a custom server with
/// both discovery URLs and a JWKS of two RSA keys (rotation by method or HTTP), the org server's
/// discovery, token minting with chosen claims and header, and fault switches. Never for real tokens.
class OktaSandbox : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        NotFound,
        ServerError,
        Hang,
        NotJson,
        WrongIssuer,
        Oversized,
        Hold // unanswered until releaseHeld(), then answered as a healthy server would
    };
    Q_ENUM(Fault)
    enum Endpoint
    {
        Discovery = 1,
        Keys = 2,
        AllEndpoints = Discovery | Keys
    };

    explicit OktaSandbox(const QString &authServerId = QStringLiteral("default"), QObject *parent = nullptr);
    ~OktaSandbox() override;

    /// Listens on 127.0.0.1:`port` (0: any free port). False (and *error) when the port is taken.
    bool start(quint16 port = 0, QString *error = nullptr);
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT", usable as the Okta domain (loopback http is allowed).
    QString domain() const;
    QString authServerId() const { return m_authServerId; }
    /// The client id of the sandbox's one native Okta app (PKCE, no secret), as a fresh developer org has.
    static QString demoClientId() { return QStringLiteral("0oasandboxclient0000"); }
    /// The Okta user id and login of the sandbox's one demo user, the subject of every token it mints.
    static QString demoUserId() { return QStringLiteral("00usandboxuser000000"); }
    static QString demoUserLogin() { return QStringLiteral("sandbox.user@example.com"); }
    QString issuer() const;    // {domain}/oauth2/{id}
    QString jwksUri() const;   // {issuer}/v1/keys
    QString orgIssuer() const; // {domain}

    OktaSandboxKeys &keys() { return m_keys; }
    const OktaSandboxKeys &keys() const { return m_keys; }
    void rotateKeys() { m_keys.rotate(); }
    /// The OAuth sign-in endpoints (authorize, token, device) and their test switches.
    OktaSandboxSignIn &signIn() { return *m_signIn; }

    /// Makes `endpoints` (custom and org server alike) answer with `fault`; Fault::None restores them.
    void setFault(Fault fault, int endpoints = AllEndpoints);
    /// Answers every request held by Fault::Hold as a healthy server would; returns how many were answered
    /// (a client that hung up in the meantime is not).
    int releaseHeld();
    /// When false, /.well-known/openid-configuration of the custom server answers 404 (only the OAuth
    /// metadata URL works), to exercise the client's fallback.
    void setOpenIdConfigurationEnabled(bool enabled) { m_openIdEnabled = enabled; }
    /// Cache-Control max-age of the JWKS responses (default 300 s; negative: no Cache-Control header).
    void setJwksMaxAge(int seconds) { m_jwksMaxAge = seconds; }
    /// The next `count` JWKS responses of the custom server carry `jwks` instead of the published keys, as a
    /// cache in front of Okta does right after a rotation.
    void serveStaleJwks(const QJsonObject &jwks, int count = 1)
    {
        m_staleJwks = jwks;
        m_staleJwksCount = count;
    }
    /// The audience minted tokens carry by default ("api://default", like Okta's default server).
    void setAudience(const QString &audience) { m_audience = audience; }

    /// Access-token claims as the custom server issues them at `now` (seconds; -1: the system clock).
    QJsonObject defaultClaims(qint64 now = -1) const;
    /// Mints an RS256 access token: `claims` overlay defaultClaims() unless `mergeDefaults` is false;
    /// `header` overlays {"alg":"RS256","kid":ACTIVE}.
    QByteArray mintToken(const QJsonObject &claims = {}, const QJsonObject &header = {},
                         bool mergeDefaults = true) const;
    /// What a POST to demoTokenUrl() answers with (404 while unset): the demo mode's token, for a wizard that
    /// runs the sandbox as a child process.
    void setDemoTokenSource(std::function<QByteArray()> mint) { m_demoTokenSource = std::move(mint); }
    QString demoTokenUrl() const { return domain() + demoTokenPath(); }

    /// Requests served so far per path, faults included.
    int requestCount(const QString &path) const { return m_counts.value(path); }
    int jwksRequestCount() const;
    /// Back to a healthy server (no faults or stale keys, both discovery URLs, max-age 300) with zeroed
    /// request counts; the keys stay, so one sandbox can serve many tests without regenerating them.
    void resetBehaviour();

signals:
    void requestServed(const QString &method, const QString &path, int status);
    /// A request arrived under Fault::Hold and waits for releaseHeld().
    void requestHeld(const QString &method, const QString &path);

private:
    void addRoutes();
    static QString demoTokenPath() { return QStringLiteral("/sandbox/okta/demo-token"); }
    void serve(const QString &path, int endpoint, const QHttpServerRequest &request,
               QHttpServerResponder &&responder);
    void answer(const QString &path, int endpoint, const QString &method, Fault fault,
                QHttpServerResponder &responder);
    QJsonObject discoveryDocument(bool org, bool oauth) const;
    QByteArray orgJwks() const;

    QString m_authServerId;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    OktaSandboxKeys m_keys;
    std::unique_ptr<OktaSandboxSignIn> m_signIn;
    RsaKeyPair m_orgKey;
    QHash<int, Fault> m_faults;
    bool m_openIdEnabled = true;
    int m_jwksMaxAge = 300;
    QJsonObject m_staleJwks;
    int m_staleJwksCount = 0;
    QString m_audience = QStringLiteral("api://default");
    QHash<QString, int> m_counts;
    std::function<QByteArray()> m_demoTokenSource;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging; // answered never (Fault::Hang)
    struct Held
    {
        QString path;
        int endpoint;
        QString method;
        QPointer<QTcpSocket> socket; // the responder's, gone when the client hung up
        std::unique_ptr<QHttpServerResponder> responder;
    };
    std::vector<Held> m_held; // answered by releaseHeld() (Fault::Hold)
};
