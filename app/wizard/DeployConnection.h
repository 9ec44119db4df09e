#pragma once

#include "wizard/DeploySettings.h"

#include <QObject>
#include <QString>

class AdminApiClient;
class FindingLabel;
class KeychainBinding;
class KeychainStore;
class QCheckBox;
class QLineEdit;

/// The deploy panel's Admin API connection: the URL and API key fields with their keychain binding, and
/// whether the client's open session and the App list belong to what the fields say now.
class DeployConnection : public QObject
{
    Q_OBJECT

public:
    struct Fields
    {
        QLineEdit *adminApiUrl;
        QLineEdit *projectId;
        QLineEdit *publicKey;
        QLineEdit *privateKey;
        QCheckBox *rememberKey;
        FindingLabel *keychainStatus;
    };

    DeployConnection(AdminApiClient *client, KeychainStore *keychain, const Fields &fields,
                     QObject *parent = nullptr);

    QString adminApiUrl() const;
    QString publicKey() const;
    QString privateKey() const;
    /// What a run sends: nothing while the open session is this connection's (no second login).
    QString privateKeyToSend() const { return sessionOpen() ? QString() : privateKey(); }
    /// Fills the URL and key pair and forgets the session that belonged to the old ones.
    void set(const QString &baseUrl, const QString &publicKey, const QString &privateKey);
    /// The demo key pair must never reach the system keychain, so "remember" is off and locked.
    void disallowKeychain();
    /// The URL, the public key and "remember"; `useDraft` is the panel's, saved alongside.
    void save(bool useDraft) const;
    /// Restores them; the stored private key is read now when `visible`, else on shown().
    void restore(const DeploySettings::Values &values, bool visible);
    void shown();

    /// A login with the current fields succeeded: the session is theirs.
    void loggedIn();
    bool sessionOpen() const;
    /// Base URL and project: what an App list belongs to.
    QString appsKey() const;

signals:
    /// The URL or a key was edited (the session, if it was another connection's, is forgotten first).
    void edited();

private:
    QString connectionKey() const;

    AdminApiClient *m_client;
    Fields m_fields;
    KeychainBinding *m_keychainBinding;
    bool m_keyReadPending = false; // restore() ran while hidden: read the stored key when shown
    QString m_sessionKey;          // base URL and public key of the open session
};
