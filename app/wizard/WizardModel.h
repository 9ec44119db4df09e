#pragma once

#include "core/AppDirectory.h"
#include "core/DeployResult.h"
#include "core/Finding.h"
#include "core/JwkSet.h"
#include "core/OktaState.h"
#include "core/ProviderSettings.h"
#include "core/TokenCheckResult.h"
#include "net/AppServicesLogin.h"

#include <QObject>
#include <QSet>
#include <functional>

/// The one model every page edits: the provider settings, their findings, the chosen app directory, and
/// every result derived from them (discovery, the last token check, the remote state, the export target).
/// Each result remembers the inputs it was made from: when they change it is dropped (or, for the token
/// check, marked stale), and a late answer for old inputs is ignored. Panels render from here and keep no
/// copies.
class WizardModel : public QObject
{
    Q_OBJECT

public:
    /// What the Okta page's Discover found for discoveryInputs().
    struct Discovery
    {
        enum class Status
        {
            None,
            Running,
            Found,
            Failed
        };
        Status status = Status::None;
        QString issuer;
        QString jwksUri;
        JwkSet keys;
        Findings warnings; // discovery's and the key set's
        Problem error;     // Failed only; `okta_cancelled` when the user stopped it
    };

    /// The last checked access token's verdict (the token itself is never kept).
    struct TokenCheck
    {
        bool present = false;
        bool stale = false; // the Okta, audience or Client App ID inputs changed since
        TokenCheckResult result;
    };

    /// The last test login at App Services, with the user data the local check predicted for its token.
    struct TestLogin
    {
        bool present = false;
        bool stale = false; // the provider, Okta or Client App ID inputs changed since
        AppServicesLogin::Result result;
        bool predicted = false;
        QJsonObject expectedData;
        QStringList diagnosis; // the local check's failures for the same token
        QString clientApiUrl;
    };

    /// What the last Admin API run found, for the connection and provider it ran with.
    struct Remote
    {
        enum class Run
        {
            None,
            LoadApps,
            Diff,
            Deploy
        };
        Run run = Run::None;
        DeployResult result;         // Diff and Deploy
        QList<AdminReply::App> apps; // LoadApps (and the Deployer's listing)
        AdminApiError appsError;     // LoadApps
        bool dropped = false;        // a result was dropped because its inputs changed
    };

    /// The outcome of the last Export into the app directory.
    struct ExportOutcome
    {
        bool present = false;
        bool declined = false; // the user kept the existing, different provider
        AppDirectory::Export result;
    };

    /// What "Set up Okta…" last read through the Okta Management API, for the domain and server it was read
    /// from and the Okta client id it was read for.
    struct OktaSetup
    {
        bool present = false;
        QString clientId;
        OktaState state;
    };

    explicit WizardModel(QObject *parent = nullptr);

    const ProviderSettings &settings() const { return m_settings; }
    /// Replaces everything (new, open, import): every derived result is dropped; pages reload on reset().
    void setSettings(const ProviderSettings &settings);
    /// One user edit; emits changed() only when it changed something.
    void update(const std::function<void(ProviderSettings &)> &edit);
    /// True when nothing was entered yet (a fresh ProviderSettings and no app directory).
    bool isPristine() const;

    /// All findings for the current settings (a current token check proves claims present).
    const Findings &findings() const { return m_findings; }
    /// The findings whose field is one of `fields` or below it ("audience" matches "audience[2]").
    Findings findingsFor(const QStringList &fields) const;
    /// An input the user has left or edited ("oktaDomain"); forgotten on reset.
    void markTouched(const QString &field);
    /// True for the error of an empty input the user has not touched yet: it blocks Next, but is not
    /// shown as a mistake.
    bool isWaitingForInput(const Finding &finding) const;

    /// The app directory exports go to (and Review diffs against); empty when none is chosen.
    QString appDirectory() const { return m_appDirectory; }
    void setAppDirectory(const QString &dir);
    /// What the app directory holds (read when it is chosen, or again by refreshExportTarget()).
    const Result<AppDirectory::Detection> &exportTarget() const { return m_exportTarget; }
    void refreshExportTarget();

    const Discovery &discovery() const { return m_discovery; }
    /// A discovery starts for the current inputs; returns them, to hand back with its answer.
    QString beginDiscovery();
    /// Takes the answer of the discovery begun for `inputs`; ignored when the inputs have changed since.
    void finishDiscovery(const QString &inputs, const Discovery &result);

    const TokenCheck &tokenCheck() const { return m_tokenCheck; }
    /// The verdict of a check made with `madeWith` (a stale copy of the settings, e.g. a dialog's).
    void setTokenCheck(const TokenCheckResult &result, const ProviderSettings &madeWith);
    void clearTokenCheck();

    const TestLogin &testLogin() const { return m_testLogin; }
    /// A test login's outcome, made with `madeWith` (the settings when it started).
    void setTestLogin(const TestLogin &outcome, const ProviderSettings &madeWith);
    void clearTestLogin();
    /// The client id of the native Okta app users sign in with: not a secret, remembered with the window.
    QString oktaClientId() const { return m_oktaClientId; }
    void setOktaClientId(const QString &clientId);

    const ExportOutcome &exportOutcome() const { return m_export; }
    /// The outcome of an Export made with the current settings and app directory.
    void setExportOutcome(const AppDirectory::Export &result, bool declined);

    const OktaSetup &oktaSetup() const { return m_oktaSetup; }
    /// The Okta state read for the current domain and server; dropped when they change.
    void setOktaState(const OktaState &state, const QString &clientId);

    const Remote &remote() const { return m_remote; }
    /// The Admin API URL and public key the deploy panel uses: another one is another remote.
    void setDeployConnection(const QString &baseUrl, const QString &publicKey);
    /// Results of the deploy panel's runs, made with the current inputs.
    void setRemoteApps(const QList<AdminReply::App> &apps, const AdminApiError &error);
    void setRemoteResult(Remote::Run run, const DeployResult &result);
    /// The remote changed by other means (an Undo): what was shown of it no longer holds.
    void clearRemote();

signals:
    void changed();
    void reset();
    void appDirectoryChanged();
    /// A derived result was set, dropped or marked stale.
    void resultsChanged();

private:
    void revalidate();
    /// Drops or marks every result whose inputs differ from the current ones.
    void dropOutdatedResults();
    QString remoteInputs() const;
    QString appsInputs() const;
    QString exportInputs() const;

    ProviderSettings m_settings;
    Findings m_findings;
    QSet<QString> m_touched;
    QString m_appDirectory;
    Result<AppDirectory::Detection> m_exportTarget = AppDirectory::detect(QString()); // none chosen yet
    Discovery m_discovery;
    QString m_discoveryInputs;
    TokenCheck m_tokenCheck;
    QString m_tokenCheckInputs;
    Remote m_remote;
    QString m_remoteInputs;
    OktaSetup m_oktaSetup;
    QString m_oktaSetupInputs;
    TestLogin m_testLogin;
    QString m_testLoginInputs;
    QString m_oktaClientId;
    ExportOutcome m_export;
    QString m_exportInputs;
    QString m_deployConnection;
};
