#include "wizard/KeychainBinding.h"

#include "net/KeychainStore.h"
#include "wizard/FindingLabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

KeychainBinding::KeychainBinding(KeychainStore *store, QLineEdit *publicKey, QLineEdit *privateKey,
                                 QCheckBox *remember, FindingLabel *status, QObject *parent)
    : QObject(parent), m_store(store), m_publicKey(publicKey), m_privateKey(privateKey), m_remember(remember),
      m_status(status)
{
    m_remember->setToolTip(tr("Store the private key in the system keychain (service %1) after a successful "
                              "login; unticking it deletes the stored key.")
                               .arg(KeychainStore::serviceName()));
    // clicked, not toggled: only the user's own choice stores or deletes anything.
    connect(m_remember, &QCheckBox::clicked, this, &KeychainBinding::rememberClicked);
    connect(m_publicKey, &QLineEdit::editingFinished, this, &KeychainBinding::readStoredKey);
    connect(m_store, &KeychainStore::unavailable, this, &KeychainBinding::showUnavailable);
    connect(m_store, &KeychainStore::failed, this, [this](const QString &message) {
        m_remember->setChecked(false);
        showStatus(FindingLabel::Kind::Warning, message);
    });
    connect(m_store, &KeychainStore::written, this, [this](const QString &publicKey) {
        showStatus(FindingLabel::Kind::Success,
                   tr("The private key for %1 is stored in the system keychain.").arg(publicKey));
    });
    connect(m_store, &KeychainStore::removed, this, [this](const QString &publicKey) {
        showStatus(FindingLabel::Kind::Info,
                   tr("No private key for %1 is stored in the system keychain.").arg(publicKey));
    });
    connect(m_store, &KeychainStore::readDone, this, [this](const QString &publicKey, bool found) {
        if (found)
            showStatus(FindingLabel::Kind::Info,
                       tr("The private key for %1 was read from the system keychain.").arg(publicKey));
    });
}

void KeychainBinding::loggedIn()
{
    if (m_remember->isChecked() && usable() && !m_privateKey->text().isEmpty())
        m_store->write(m_publicKey->text().trimmed(), m_privateKey->text());
}

void KeychainBinding::readStoredKey()
{
    const QString publicKey = m_publicKey->text().trimmed();
    if (!m_remember->isChecked() || !usable() || publicKey.isEmpty() || !m_privateKey->text().isEmpty())
        return;
    const QPointer<QLineEdit> privateKey = m_privateKey;
    const QPointer<QLineEdit> publicEdit = m_publicKey;
    m_store->read(publicKey, [privateKey, publicEdit, publicKey](const QString &secret) {
        // The fields may have changed while the keychain answered: fill only what is still asked for.
        if (privateKey && publicEdit && publicEdit->text().trimmed() == publicKey &&
            privateKey->text().isEmpty())
            privateKey->setText(secret);
    });
}

void KeychainBinding::rememberClicked(bool checked)
{
    if (!usable()) {
        showUnavailable(KeychainStore::fallbackMessage());
        return;
    }
    const QString publicKey = m_publicKey->text().trimmed();
    if (!checked) {
        if (!publicKey.isEmpty())
            m_store->remove(publicKey);
        return;
    }
    showStatus(FindingLabel::Kind::Info,
               tr("The private key will be stored in the system keychain after the next successful login."));
    if (m_privateKey->text().isEmpty())
        readStoredKey();
    else if (!publicKey.isEmpty())
        m_store->read(publicKey, {}); // only asks whether a keychain answers, so the fallback shows now
}

void KeychainBinding::showUnavailable(const QString &message)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_remember->setToolTip(m_store->lastError().isEmpty() ? message
                                                          : tr("%1 (%2)").arg(message, m_store->lastError()));
    showStatus(FindingLabel::Kind::Warning, message);
}

void KeychainBinding::showStatus(MessageKind kind, const QString &text)
{
    m_status->showMessage(kind, text.toHtmlEscaped());
}

bool KeychainBinding::usable() const
{
    return m_store->availability() != KeychainStore::Availability::Unavailable;
}
