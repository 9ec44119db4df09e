#pragma once

#include "core/OktaSetupPlan.h"

#include <QDialog>

#include <memory>

class KeychainStore;
class OktaAdminClient;
class OktaSetupRunner;
class QNetworkAccessManager;
class WizardModel;
struct Finding;

namespace Ui {
class OktaSetupDialog;
}

/// "Set up Okta…": reads the Okta side through the Management API into the model, shows its state and the
/// plan with a checkbox per step, and applies the ticked steps with progress, Stop and a request log
/// (methods, paths and statuses only). Aligning the App Services audience edits the model, so the preview
/// changes. The API token comes from the system keychain or the password field and is kept in memory only.
class OktaSetupDialog : public QDialog
{
    Q_OBJECT

public:
    OktaSetupDialog(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~OktaSetupDialog() override;

    /// True for a finding code this dialog sets right on Okta's side (claims, audience, org server).
    static bool fixes(const QString &findingCode);
    /// Looks the token up in `keychain` (entry OktaAdminClient::keychainKey) when the field is left empty.
    void setKeychain(KeychainStore *keychain);
    void setClientId(const QString &clientId);
    /// Sandbox mode: the simulator's demo token, so the dialog works without typing it.
    void setDemoToken(const QString &token);
    bool isBusy() const { return m_busy; }
    const OktaSetupPlan &plan() const { return m_plan; }

public slots:
    void readOkta();
    void apply();
    void stop();
    void reject() override;

private:
    void render();
    void startRead(const QByteArray &token);
    void setBusy(bool busy);
    void showError(const Problem &error);

    std::unique_ptr<Ui::OktaSetupDialog> ui;
    WizardModel *m_model;
    OktaAdminClient *m_client;
    OktaSetupRunner *m_runner;
    KeychainStore *m_keychain = nullptr;
    QByteArray m_token; // in memory only: never logged, saved or shown
    OktaSetupPlan m_plan;
    bool m_busy = false;
};
