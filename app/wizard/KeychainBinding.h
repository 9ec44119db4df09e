#pragma once

#include "core/MessageKind.h"

#include <QObject>

class KeychainStore;
class QCheckBox;
class FindingLabel;
class QLineEdit;

/// Binds the API key fields to the system keychain: fills an empty private key from it when "remember" is
/// on, stores the key after a successful login, deletes it when "remember" is turned off, and shows the
/// keychain's state, or the in-memory fallback where no keychain runs, in a label.
class KeychainBinding : public QObject
{
    Q_OBJECT

public:
    KeychainBinding(KeychainStore *store, QLineEdit *publicKey, QLineEdit *privateKey, QCheckBox *remember,
                    FindingLabel *status, QObject *parent = nullptr);

    /// A login with the current keys succeeded: stores the private key when "remember" is on.
    void loggedIn();
    /// Fills an empty private key field from the keychain when "remember" is on.
    void readStoredKey();

private:
    void rememberClicked(bool checked);
    void showUnavailable(const QString &message);
    void showStatus(MessageKind kind, const QString &text);
    bool usable() const;

    KeychainStore *m_store;
    QLineEdit *m_publicKey;
    QLineEdit *m_privateKey;
    QCheckBox *m_remember;
    FindingLabel *m_status;
};
