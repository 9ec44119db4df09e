#pragma once

#include "core/Problem.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class LoopbackListener;
class QNetworkAccessManager;
class QNetworkReply;

/// Signs a user in to Okta as a native public client: Authorization Code + PKCE (S256) through a loopback
/// redirect listener, or the Device Authorization grant. state, nonce and verifier come from a CSPRNG; the
/// code is exchanged only after the genuine redirect. Every wait is bounded and cancellable; results by
/// signal.
class OktaSignIn : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString oktaDomain;
        QString authServerId = QStringLiteral("default"); // empty: the org server
        QString clientId;
        QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
        QUrl redirectUri{QStringLiteral("http://localhost:8484/callback")};
        int waitTimeoutMs = 5 * 60 * 1000; // for the browser's redirect
        int requestTimeoutMs = 30000;
    };
    struct Tokens
    {
        QByteArray accessToken;
        QByteArray idToken;
        QString tokenType;
        QString scope;
        qint64 expiresIn = 0;
    };
    struct DeviceCode
    {
        QString userCode;
        QString verificationUri;
        QString verificationUriComplete;
        int expiresIn = 0;
        int interval = 0;
    };

    explicit OktaSignIn(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OktaSignIn() override;

    /// Listens for the redirect, then emits authorizeUrlReady() for the browser. Ends with signedIn() or
    /// failed().
    void startBrowser(const Config &config);
    /// Requests a device code (deviceCodeReady()), then polls. Ends with signedIn() or failed().
    void startDevice(const Config &config);
    /// Ends the sign-in in progress with failed() (code "sign_in_cancelled").
    void cancel();
    bool isRunning() const { return m_running; }
    /// The URL endpoints of `config`: {issuer}/v1/{name}, or the org server's /oauth2/v1/{name}.
    static QUrl endpoint(const Config &config, const QString &name);

signals:
    void authorizeUrlReady(const QUrl &url);
    void deviceCodeReady(const OktaSignIn::DeviceCode &code);
    /// Seconds left for the current wait (redirect or device code), once a second.
    void countdown(int secondsLeft);
    /// A request reached the listener and was refused (wrong state, no code); the wait goes on.
    void callbackRefused(const QString &why);
    void signedIn(const OktaSignIn::Tokens &tokens);
    void failed(const Problem &error);

private:
    void exchange(const QString &code);
    void requestDevice();
    void poll();
    void post(const QUrl &url, const QList<QPair<QString, QString>> &form, const QString &step,
              std::function<void(int status, const QByteArray &body)> done);
    void finishWith(const Problem &error);
    void finishWith(const Tokens &tokens);
    void tick();
    void releaseListener();
    /// Ends the run (timers, request, listener); false when none was running.
    bool stop();

    QNetworkAccessManager *m_nam;
    Config m_config;
    bool m_running = false;
    LoopbackListener *m_listener = nullptr;
    QByteArray m_verifier;
    QString m_state;
    QString m_nonce;
    QString m_deviceCode;
    int m_interval = 5;
    qint64 m_deadlineMs = 0;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_reply;
};
