#pragma once

#include "core/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// A reply of Okta's /v1/token or /v1/device/authorize endpoint: the tokens or device code it carries, or
/// its OAuth error, explained with cause and fix. Parsing never trusts types or sizes.
struct OAuthReply
{
    Q_DECLARE_TR_FUNCTIONS(OAuthReply)

public:
    bool ok = false;
    QString error;            // OAuth `error`, or a local code ("not_json", "missing_field", ...)
    QString errorDescription; // OAuth `error_description`, or what was wrong
    // Token endpoint
    QByteArray accessToken;
    QByteArray idToken;
    QString tokenType;
    QString scope;
    qint64 expiresIn = 0;
    // Device authorization endpoint
    QString deviceCode;
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;
    int interval = 5;

    static constexpr qsizetype kMaxTokenChars = 64 * 1024;

    static OAuthReply parseToken(const QByteArray &body);
    static OAuthReply parseDeviceAuthorization(const QByteArray &body);
    /// The error as a Problem of `step` ("authorize", "token", "device"): Okta's text plus cause and fix.
    static Problem explain(const QString &step, const QString &error, const QString &description);
    Problem explain(const QString &step) const { return explain(step, error, errorDescription); }
    /// True for device-flow answers that mean "poll again".
    bool isPending() const { return error == QLatin1String("authorization_pending"); }
    bool isSlowDown() const { return error == QLatin1String("slow_down"); }
};
