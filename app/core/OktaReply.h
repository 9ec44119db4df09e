#pragma once

#include "core/OktaState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Parses Okta Management API replies (authorization servers, policies, rules, claims, apps, errors);
/// a wrong shape gives nullopt and a message naming what was wrong.
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

    static std::optional<OktaState::Server> server(const QByteArray &body, QString *error);
    static std::optional<QList<OktaState::Server>> servers(const QByteArray &body, QString *error);
    static std::optional<QList<OktaState::Policy>> policies(const QByteArray &body, QString *error);
    static std::optional<QList<OktaState::Rule>> rules(const QByteArray &body, QString *error);
    static std::optional<QList<OktaState::Claim>> claims(const QByteArray &body, QString *error);
    static std::optional<OktaState::App> app(const QByteArray &body, QString *error);
    /// The `id` of a created object.
    static std::optional<QString> createdId(const QByteArray &body, QString *error);
    /// Okta's error envelope; nullopt when the body is not one.
    static std::optional<Error> error(const QByteArray &body);
    /// The URL of `Link: <...>; rel="next"` in a Link header value, or empty.
    static QString nextLink(const QByteArray &linkHeader);
};
