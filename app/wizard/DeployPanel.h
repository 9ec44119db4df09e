#pragma once

#include "core/DeployResult.h"
#include "wizard/DeployProgress.h"
#include "wizard/DeployRunner.h"

#include <QList>
#include <QWidget>

#include <memory>

class AdminApiClient;
class AppListLoader;
class AppPicker;
class Deployer;
class DeployConnection;
class DeployResultView;
class KeychainStore;
class QNetworkAccessManager;
class SigningKeyValuesEditor;
class WizardModel;

namespace Ui {
class DeployPanel;
}

/// The Apply page's Admin API part: connection and API key, the App picker, the remote diff, Deploy with a
/// step list, Cancel, a copyable request log and a result that says what changed. It deploys the model's
/// provider and hands every result to the model, which drops it when the provider, the App or the
/// connection changes. Everything runs asynchronously; the private key lives in memory (or in the system
/// keychain when asked) and never reaches the log, a label, a signal or QSettings.
class DeployPanel : public QWidget
{
    Q_OBJECT

public:
    /// Asked before replacing a different provider (title, text, details = the diff); true means replace.
    using ConfirmHook = DeployRunner::ConfirmHook;

    DeployPanel(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~DeployPanel() override;

    AdminApiClient *client() const { return m_client; }
    Deployer *deployer() const { return m_deployer; }
    KeychainStore *keychain() const { return m_keychain; }
    bool isBusy() const { return m_run != Run::Idle; }

    /// The picked App's Client App ID (else the model's).
    QString clientAppId() const;
    /// The picked App's `_id` while the App list belongs to this connection, else empty.
    QString appId() const;
    QString adminApiUrl() const;
    QString publicKey() const;
    /// For an Undo through the same connection; it stays in memory.
    QString privateKey() const;
    /// Prefills every connection field (e.g. the --sandbox mode's local Admin API and demo key pair).
    void setConnection(const QString &baseUrl, const QString &projectId, const QString &publicKey,
                       const QString &privateKey);
    /// Sandbox mode: the demo key pair must never reach the system keychain, so "remember" is off and locked.
    void disallowKeychain();
    /// Replaces the replace question (default: DialogProvider::confirm), e.g. in tests.
    void setConfirmHook(ConfirmHook hook);

    /// Remembers the Admin API URL, public key and check boxes in QSettings: never the private key.
    void saveSettings() const;
    /// Restores them and, when "remember" was on, reads the private key from the keychain once the panel is
    /// first shown (never during start-up: the first page paints without touching the keychain).
    void restoreSettings();

public slots:
    /// Logs in (unless the session is still open) and lists the project's Apps.
    void loadApps();
    /// A dry run: reads only, then shows the field-level diff.
    void showDiff();
    /// Creates or updates the provider; asks before replacing a different one.
    void deploy();
    void cancel();
    void copyLog();

signals:
    /// A Deploy run ended (after the replace question, if one was asked).
    void deployed(const DeployResult &result);
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Run
    {
        Idle,
        LoadApps,
        Diff,
        Deploy
    };

    /// Model → widgets: the project, the wanted App, and the last run's result while it still applies.
    void render();
    bool prepare(bool needProvider);
    void begin(Run run, const QString &title);
    void end();
    void onAppsLoaded(const QList<AdminReply::App> &apps, const AdminApiError &error);
    void onStepStarted(DeployStep::Id step, const QString &description);
    void onStepFinished(DeployStep::Id step, bool ok, const QString &detail);
    QList<QWidget *> inputs() const;

    std::unique_ptr<Ui::DeployPanel> ui;
    AdminApiClient *m_client;
    Deployer *m_deployer;
    AppListLoader *m_loader;
    KeychainStore *m_keychain;
    DeployConnection *m_connection;
    AppPicker *m_picker;
    SigningKeyValuesEditor *m_signingKeys; // values of the manual signing keys: memory only
    std::unique_ptr<DeployProgress> m_progress;
    std::unique_ptr<DeployResultView> m_resultView;
    DeployRunner *m_runner; // the Diff and Deploy runs, with the replace question
    WizardModel *m_model;
    Run m_run = Run::Idle;
};
