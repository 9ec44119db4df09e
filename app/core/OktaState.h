#pragma once

#include "core/JwkSet.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What the Okta Management API says about one authorization server and one app: the input of OktaSetupPlan.
struct OktaState
{
    struct Server
    {
        QString id;
        QString name;
        QString description;
        QStringList audiences; // Okta keeps exactly one
        QString issuer;
        QString status;
        QJsonObject raw; // as read, so a replace keeps every writable field
        bool isActive() const { return status == QLatin1String("ACTIVE"); }
    };
    struct Rule
    {
        QString id;
        QString name;
        QString status;
        int priority = 0;
        QStringList grantTypes;
        QStringList groups;
        QStringList users;
        QStringList scopes;
        bool isActive() const { return status == QLatin1String("ACTIVE"); }
    };
    struct Policy
    {
        QString id;
        QString name;
        QString status;
        int priority = 0;
        QStringList clients;
        QList<Rule> rules;
        bool isActive() const { return status == QLatin1String("ACTIVE"); }
        bool covers(const QString &clientId) const
        {
            return clients.contains(clientId) || clients.contains(QStringLiteral("ALL_CLIENTS"));
        }
    };
    struct Claim
    {
        QString id;
        QString name;
        QString status;
        QString claimType; // RESOURCE (access token) or IDENTITY (ID token)
        QString valueType; // EXPRESSION, GROUPS or SYSTEM
        QString value;
        bool system = false;
        bool isActive() const { return status == QLatin1String("ACTIVE"); }
    };
    struct App
    {
        QString id;
        QString clientId;
        QString label;
        QString applicationType; // native, browser, web, service
        QString tokenEndpointAuthMethod;
        bool pkceRequired = false;
        QStringList grantTypes;
        QStringList redirectUris;
        bool hasDeviceGrant() const;
    };

    /// Absent when the server does not exist yet (a --create-auth-server run that has not created it).
    std::optional<Server> server;
    QList<Policy> policies; // each with its rules
    QList<Claim> claims;
    std::optional<App> app; // absent when no app has the client id
    /// The key set the server publishes, when it was fetched (to check both ends before any write).
    std::optional<JwkSet> keys;

    QJsonObject toJson() const;

    static constexpr const char *kDeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
};
