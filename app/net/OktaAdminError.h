#pragma once

#include "core/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Turns an Okta Management API error reply into a Problem with a plain cause and fix (E0000015, E0000006,
/// E0000011, E0000001 with its causes, E0000007, 429, 5xx); the token never appears in it.
class OktaAdminError
{
    Q_DECLARE_TR_FUNCTIONS(OktaAdminError)

public:
    /// `what` names the request ("GET /api/v1/authorizationServers/default").
    static Problem fromReply(int status, const QByteArray &body, const QString &what);
    static Problem rateLimited(const QString &what, int waitedMs);
    static Problem badReply(const QString &what, const QString &problem);
    /// True when Okta answered the write with an error that changed nothing (a 4xx); a timeout, network
    /// error, bad reply or 5xx may have changed something.
    static bool refusedWrite(const Problem &error);
    static Problem network(const QString &code, const QString &what, const QString &problem);
};
