#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

/// What Okta's Management API refuses in a create or replace body: the causes of its E0000001 reply, empty
/// when the body is accepted.
class OktaManagementValidator
{
public:
    /// A new authorization server: name, description and exactly one audience; the name not yet taken by
    /// one of `existing`.
    static QStringList newServer(const QJsonObject &body, const QList<QJsonObject> &existing);
    /// A replace of an authorization server: a name and exactly one audience.
    static QStringList replacedServer(const QJsonObject &body);
    /// A new access policy: its fields and at least one client it applies to.
    static QStringList newPolicy(const QJsonObject &body);
    /// A new policy rule: an interactive grant needs at least one user or group.
    static QStringList newRule(const QJsonObject &body);
    /// A new claim: its fields, a group filter for GROUPS, no other of `existing` with its name and type.
    static QStringList newClaim(const QJsonObject &body, const QList<QJsonObject> &existing);
};
