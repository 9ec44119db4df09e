#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

/// The sandbox's one demo user (profile and groups) and the values custom claims take for that user.
class OktaSandboxUser
{
public:
    /// email, firstName, lastName, login, locale, timezone, department.
    static QJsonObject profile();
    static QStringList groups();
    /// The ACTIVE, non-system RESOURCE claims of `claims` valued for this user (EXPRESSION: `user.attr` terms
    /// and "literals" joined by +; GROUPS: the groups the regex matches). A value that cannot be computed is
    /// left out, as Okta leaves out null claims.
    static QJsonObject accessTokenClaims(const QList<QJsonObject> &claims);
};
