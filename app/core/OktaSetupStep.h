#pragma once

#include <QJsonObject>
#include <QString>

/// One step of an Okta setup plan: what it changes, on which object, and the request body it needs.
struct OktaSetupStep
{
    enum class Action
    {
        AlignAudience,   // App Services' config.audience becomes the server's audience (no Okta write)
        ReplaceAudience, // PUT the server with audiences [Client App ID]
        CreateServer,
        CreatePolicy,
        CreateRule,
        CreateClaim
    };

    Action action = Action::CreateClaim;
    QString object;   // "authorization server", "policy okta-jwt: ...", "claim email"
    QString detail;   // one line: "create claim email = user.email in access tokens"
    QJsonObject body; // the request body (empty for AlignAudience)
    QString policyId; // CreateRule: the existing policy, empty for the one created before it
    QString audience; // AlignAudience: the audience App Services is set to

    bool isOktaWrite() const { return action != Action::AlignAudience; }
    /// "align_audience", "replace_audience", "create_auth_server", "create_policy", "create_rule",
    /// "create_claim".
    QString actionKey() const;
    /// {"action", "object", "detail"}.
    QJsonObject toJson() const;
};
