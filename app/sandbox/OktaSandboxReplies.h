#pragma once

#include <QHttpServerResponse>
#include <QString>
#include <QUrlQuery>

class OktaSandbox;
class QHttpServerRequest;

/// What the Okta sandbox's sign-in endpoints share: Okta's OAuth error body, its small HTML pages, the token
/// endpoint's answer and the reading of a form-encoded request.
class OktaSandboxReplies
{
public:
    using Status = QHttpServerResponder::StatusCode;

    /// {"error", "error_description"} with `status`, as Okta's OAuth endpoints answer.
    static QHttpServerResponse oauthError(Status status, const QString &error, const QString &description);
    /// An HTML page titled `title` with `body` (HTML), marked as the sandbox's.
    static QHttpServerResponse page(const QString &title, const QString &body, Status status = Status::Ok);
    /// The token endpoint's success: an access token with `scope` as its scp, and an ID token for
    /// `clientId` (with `nonce` when given) when the scope has openid.
    static QHttpServerResponse tokens(const OktaSandbox &okta, const QString &clientId, const QString &scope,
                                      const QString &nonce);
    /// The request's application/x-www-form-urlencoded body.
    static QUrlQuery form(const QHttpServerRequest &request);
    /// The fully decoded value of `name` in `q`.
    static QString value(const QUrlQuery &q, const char *name);
    /// `bytes` random bytes as base64url: codes, transactions, device codes.
    static QString randomToken(int bytes);
};
