#pragma once

#include <QString>

/// The deploy panel's remembered inputs in QSettings. There is deliberately no field for the private key:
/// it lives in memory or in the system keychain only.
class DeploySettings
{
public:
    struct Values
    {
        QString adminApiUrl;
        QString publicKey; // the key's public half identifies it, like a user name
        bool rememberKey = false;
        bool useDraft = false;
    };

    static void save(const Values &values);
    /// The saved values; the default Admin API URL when none was saved.
    static Values restore();
};
