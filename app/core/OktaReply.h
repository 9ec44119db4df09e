#pragma once

#include "core/OktaState.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Parses Okta Management API replies (authorization servers, policies, rules, claims, apps, errors);
/// a wrong shape gives the Problem `okta_bad_reply` with a message naming what was wrong.
class OktaReply
{
    Q_DECLARE_TR_FUNCTIONS(OktaReply)

public:
    struct Error
    {
        QString code;       // errorCode, e.g. E0000011
        QString summary;    // errorSummary
        QStringList causes; // errorCauses[].errorSummary
    };

    static Result<OktaState::Server> server(const QByteArray &body);
    static Result<QList<OktaState::Server>> servers(const QByteArray &body);
    static Result<QList<OktaState::Policy>> policies(const QByteArray &body);
    static Result<QList<OktaState::Rule>> rules(const QByteArray &body);
    static Result<QList<OktaState::Claim>> claims(const QByteArray &body);
    static Result<OktaState::App> app(const QByteArray &body);
    /// The `id` of a created object.
    static Result<QString> createdId(const QByteArray &body);
    /// Okta's error envelope; nullopt when the body is not one.
    static std::optional<Error> error(const QByteArray &body);
    /// The URL of `Link: <...>; rel="next"` in a Link header value, or empty.
    static QString nextLink(const QByteArray &linkHeader);
};
