#pragma once

#include "SandboxConnection.h"

#include <QWizard>

class ApplyPage;
class AppServicesPage;
class DeployPanel;
class DiscoveryPanel;
class TokenCheckSummary;
class QNetworkAccessManager;
class MetadataPage;
class OktaPage;
class PreviewPane;
class ReviewPage;
class SandboxBanner;
class WelcomePage;
class WizardModel;

/// The Okta JWT Wizard: six pages over one WizardModel, with the providers.json preview beside them.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        OktaPageId,
        AppServicesPageId,
        MetadataPageId,
        ReviewPageId,
        ApplyPageId
    };
    Q_ENUM(PageId)

    explicit SetupWizard(QWidget *parent = nullptr);
    ~SetupWizard() override;

    int nextId() const override;

    WizardModel *model() const { return m_model; }
    PreviewPane *previewPane() const { return m_preview; }
    WelcomePage *welcomePage() const { return m_welcome; }
    OktaPage *oktaPage() const { return m_okta; }
    AppServicesPage *appServicesPage() const { return m_appServices; }
    MetadataPage *metadataPage() const { return m_metadata; }
    ReviewPage *reviewPage() const { return m_review; }
    ApplyPage *applyPage() const { return m_apply; }
    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    TokenCheckSummary *tokenCheckSummary() const { return m_tokenSummary; }
    DeployPanel *deployPanel() const { return m_deploy; }
    SandboxBanner *sandboxBanner() const { return m_banner; }

    /// Offers the built-in sandbox (the Welcome page's button). okta-jwt-wizard passes Sandbox::starter():
    /// the wizard does not link the simulators (DESIGN §2), so without a starter there is no sandbox.
    void setSandboxStarter(SandboxStarter starter);
    /// Starts the sandbox and enters sandbox mode: the inputs and the deploy connection point at the
    /// simulators, the banner shows, the token picker mints demo tokens. False with *error when it cannot.
    bool startSandbox(QString *error = nullptr);
    bool isSandboxMode() const { return m_sandboxMode; }

    /// Opens "Pick from token…" (non-modal open(), so tests and the event loop keep running).
    void pickFromToken();

public slots:
    /// Asks for a file and writes the current inputs as a profile (never a secret value).
    void saveProfile();
    /// Remembers the non-secret inputs and the window geometry, then closes.
    void done(int result) override;

private:
    void placeTokenCheck();
    void placeDeployPanel();
    void placeSidePanel();
    WizardModel *m_model;
    PreviewPane *m_preview;
    WelcomePage *m_welcome;
    OktaPage *m_okta;
    AppServicesPage *m_appServices;
    MetadataPage *m_metadata;
    ReviewPage *m_review;
    ApplyPage *m_apply;
    QNetworkAccessManager *m_network;
    DiscoveryPanel *m_discovery;
    TokenCheckSummary *m_tokenSummary;
    DeployPanel *m_deploy;
    SandboxBanner *m_banner;
    SandboxStarter m_sandboxStarter;
    SandboxConnection m_sandbox;
    bool m_sandboxMode = false;
};
