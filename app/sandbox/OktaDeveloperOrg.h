#pragma once

#include <QJsonObject>
#include <QString>

/// The objects a new Okta developer org starts with, as the Management API returns them: the `default`
/// authorization server, its default access policy and rule, the system `sub` claim, a native app.
class OktaDeveloperOrg
{
public:
    static QJsonObject defaultServer(); // the issuer is the org URL's, added when shown
    static QJsonObject defaultPolicy();
    /// Allows the interactive grants (device authorization included) for EVERYONE, any scope.
    static QJsonObject defaultRule();
    static QJsonObject subClaim();
    /// A native app with PKCE and no secret: authorization code and device grants, the default loopback
    /// redirect.
    static QJsonObject nativeApp(const QString &clientId);
};
