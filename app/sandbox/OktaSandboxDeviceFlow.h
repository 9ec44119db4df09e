#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QUrlQuery>

class OktaSandbox;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

/// The device authorization grant of the Okta sandbox: /v1/device/authorize, the device_code polls of
/// /v1/token (authorization_pending, slow_down, expired_token, access_denied) and the /activate page where
/// the demo user allows or denies a code.
class OktaSandboxDeviceFlow
{
public:
    explicit OktaSandboxDeviceFlow(OktaSandbox *okta);

    /// /v1/device/authorize under `base`, and /activate.
    void addRoutes(QHttpServer &server, const QString &base);
    /// A device_code poll of the token endpoint (the client already checked). A non-empty `denied` ends
    /// every authorization with access_denied and that description.
    QHttpServerResponse token(const QUrlQuery &form, const QString &denied);

    /// Lifetime and initial poll interval in seconds (Okta: 600 and 5).
    void setTiming(int expiresIn, int interval)
    {
        m_expiresIn = expiresIn;
        m_interval = interval;
    }
    /// The next `count` polls answer slow_down however far apart they are.
    void forceSlowDown(int count) { m_forcedSlowDowns = count; }
    /// Approves the device code of `userCode` as the demo user would on /activate; false when unknown.
    bool approve(const QString &userCode);
    /// The user code of the newest device authorization.
    QString lastUserCode() const { return m_lastUserCode; }
    /// Okta's timing again and no forced slow_down; the codes handed out stay.
    void reset();

private:
    struct Device
    {
        QString deviceCode, userCode, clientId, scope;
        qint64 expiresMs = 0;
        int interval = 5;
        qint64 lastPollMs = -1;
        enum class Status
        {
            Pending,
            Approved,
            Denied,
            Done
        } status = Status::Pending;
    };

    QHttpServerResponse authorize(const QHttpServerRequest &request);
    QHttpServerResponse activate(const QHttpServerRequest &request, int decision);

    OktaSandbox *m_okta;
    int m_expiresIn = 600;
    int m_interval = 5;
    int m_forcedSlowDowns = 0;
    QHash<QString, Device> m_devices; // by device_code
    QString m_lastUserCode;
    QElapsedTimer m_clock;
};
