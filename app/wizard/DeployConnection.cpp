#include "wizard/DeployConnection.h"

#include "core/AdminRequests.h"
#include "net/AdminApiClient.h"
#include "wizard/KeychainBinding.h"

#include <QCheckBox>
#include <QLineEdit>

#include <utility>

DeployConnection::DeployConnection(AdminApiClient *client, KeychainStore *keychain, const Fields &fields,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_fields(fields),
      m_keychainBinding(new KeychainBinding(keychain, fields.publicKey, fields.privateKey, fields.rememberKey,
                                            fields.keychainStatus, this))
{
    m_fields.adminApiUrl->setText(AdminRequests::defaultBaseUrl());
    m_fields.privateKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                             Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    // Another host or key is another session: the next run logs in again, and earlier results are another
    // remote's.
    for (QLineEdit *edit : {m_fields.adminApiUrl, m_fields.publicKey, m_fields.privateKey}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!sessionOpen())
                m_client->forgetSession();
            emit edited();
        });
    }
}

QString DeployConnection::adminApiUrl() const
{
    return m_fields.adminApiUrl->text().trimmed();
}

QString DeployConnection::publicKey() const
{
    return m_fields.publicKey->text().trimmed();
}

QString DeployConnection::privateKey() const
{
    return m_fields.privateKey->text();
}

void DeployConnection::set(const QString &baseUrl, const QString &publicKey, const QString &privateKey)
{
    m_fields.adminApiUrl->setText(baseUrl);
    m_fields.publicKey->setText(publicKey);
    m_fields.privateKey->setText(privateKey);
    m_client->forgetSession();
}

void DeployConnection::disallowKeychain()
{
    m_fields.rememberKey->setChecked(false);
    m_fields.rememberKey->setEnabled(false);
}

void DeployConnection::save(bool useDraft) const
{
    DeploySettings::save({adminApiUrl(), publicKey(), m_fields.rememberKey->isChecked(), useDraft});
}

void DeployConnection::restore(const DeploySettings::Values &values, bool visible)
{
    m_fields.adminApiUrl->setText(values.adminApiUrl);
    m_fields.publicKey->setText(values.publicKey);
    m_fields.rememberKey->setChecked(values.rememberKey);
    m_client->forgetSession();
    m_keyReadPending = !visible;
    if (!m_keyReadPending)
        m_keychainBinding->readStoredKey();
}

void DeployConnection::shown()
{
    if (std::exchange(m_keyReadPending, false))
        m_keychainBinding->readStoredKey();
}

void DeployConnection::loggedIn()
{
    m_sessionKey = connectionKey();
    m_keychainBinding->loggedIn();
}

bool DeployConnection::sessionOpen() const
{
    return m_client->isLoggedIn() && m_sessionKey == connectionKey();
}

QString DeployConnection::appsKey() const
{
    return adminApiUrl() + QLatin1Char('\n') + m_fields.projectId->text().trimmed();
}

QString DeployConnection::connectionKey() const
{
    return adminApiUrl() + QLatin1Char('\n') + publicKey();
}
