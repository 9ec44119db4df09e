#pragma once

#include "sandbox/OktaSandboxDeviceFlow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class OktaSandbox;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

/// The sign-in half of the Okta sandbox: /v1/authorize (a one-button sign-in page for the demo user),
/// /v1/token (authorization code with PKCE S256, device code), /v1/device/authorize and /activate, with
/// Okta's OAuth error bodies. Only the demo native app (no secret) exists; tokens come from mintToken(). The
/// device grant is OktaSandboxDeviceFlow's; this class routes its token polls there.
class OktaSandboxSignIn
{
public:
    explicit OktaSandboxSignIn(OktaSandbox *okta);

    void addRoutes(QHttpServer &server, const QString &base);

    /// Redirect URIs the demo app accepts exactly. Empty (the default): any loopback http URI with the
    /// path /callback, so parallel tests can each use their own port.
    void setRegisteredRedirectUris(const QStringList &uris) { m_redirectUris = uris; }
    /// Makes every authorization (browser and device) end with access_denied and this description
    /// (e.g. "Policy evaluation failed for this request, ..."); empty allows them again.
    void setAccessDenied(const QString &description) { m_denied = description; }
    /// Device codes: lifetime and initial poll interval in seconds (Okta: 600 and 5).
    void setDeviceTiming(int expiresIn, int interval) { m_device.setTiming(expiresIn, interval); }
    /// The next `count` device polls answer slow_down however far apart they are.
    void forceSlowDown(int count) { m_device.forceSlowDown(count); }
    /// Approves the device code of `userCode` as the demo user would on /activate; false when unknown.
    bool approveDevice(const QString &userCode) { return m_device.approve(userCode); }
    /// The user code of the newest device authorization (tests play the user with it).
    QString lastUserCode() const { return m_device.lastUserCode(); }
    /// Token-endpoint calls that carried a code_verifier not matching the challenge, or none.
    int pkceFailures() const { return m_pkceFailures; }
    int tokenRequests() const { return m_tokenRequests; }
    /// Codes exchanged successfully (each works once).
    int codesExchanged() const { return m_codesExchanged; }
    void reset();

private:
    struct Grant
    {
        QString clientId, redirectUri, challenge, scope, nonce, state;
        qint64 issuedMs = 0;
    };
    QHttpServerResponse authorize(const QHttpServerRequest &request);
    QHttpServerResponse complete(const QHttpServerRequest &request);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse codeToken(const QUrlQuery &form);
    bool redirectAllowed(const QString &uri) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    OktaSandbox *m_okta;
    QString m_base;
    QStringList m_redirectUris;
    QString m_denied;
    QHash<QString, Grant> m_pending; // sign-in page transaction → the authorize request
    QHash<QString, Grant> m_codes;
    QSet<QString> m_usedCodes;
    OktaSandboxDeviceFlow m_device;
    int m_pkceFailures = 0;
    int m_tokenRequests = 0;
    int m_codesExchanged = 0;
    QElapsedTimer m_clock;
};
