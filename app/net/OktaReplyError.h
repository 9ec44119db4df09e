#pragma once

#include "core/Problem.h"

#include <QCoreApplication>

class QNetworkReply;

/// Turns a finished reply from Okta (discovery, JWKS) into a Problem that names the step, the cause and
/// a fix: 404, 5xx, other HTTP errors, TLS, timeout, connection failures, refused redirects.
class OktaReplyError
{
    Q_DECLARE_TR_FUNCTIONS(OktaReplyError)

public:
    /// A null Problem when the reply is a 2xx. `step` names what was fetched ("discovery",
    /// "jwks"); `tooLarge` says the client aborted the reply for its size. A reply aborted otherwise is
    /// a transfer timeout (the caller reports its own cancellations).
    static Problem classify(QNetworkReply *reply, const QString &step, bool tooLarge);
    /// Follows a redirect of `reply` (sent with QNetworkRequest::UserVerifiedRedirectPolicy) only within
    /// its origin (scheme, host, port): key material comes from the configured host alone. Any other
    /// redirect aborts the reply, and classify() then names both hosts.
    static void followSameOriginRedirects(QNetworkReply *reply);
    /// "E0000007: Not found: Resource not found: x (AuthorizationServer)" from an Okta error body, or empty.
    static QString oktaErrorSummary(const QByteArray &body);
};
