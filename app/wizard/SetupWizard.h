#pragma once

#include "core/Problem.h"
#include "core/SandboxConnection.h"
#include "wizard/WizardPanels.h"

#include <QWizard>

class ApplyPage;
class AppServicesPage;
class DeployPanel;
class DiscoveryPanel;
class HistoryPanel;
class TokenCheckSummary;
class FindingLabel;
class QNetworkAccessManager;
class MetadataPage;
class OktaDialogs;
class OktaPage;
class PreviewPane;
class ReviewPage;
class SandboxBanner;
class SignInDialog;
class TestLoginPanel;
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
    /// QWizard::validateCurrentPage(), then builds the page Next goes to (pages are built on first need).
    bool validateCurrentPage() override;
    /// Opens at `id` (QWizard::setStartId() once that page is built).
    void startAt(PageId id);
    /// Goes forward (Next by Next) to `id` from the page shown, so Back leads to the pages before it.
    void advanceTo(PageId id);

    WizardModel *model() const { return m_model; }
    PreviewPane *previewPane() const { return m_preview; }
    /// Only the Welcome page is built with the window, so that it paints fast; the others are built when
    /// the wizard goes to them, or here: every page up to `id` that is not built yet, in page order (later
    /// pages use earlier ones).
    void buildPagesUpTo(PageId id);
    // The pages and panels once built (nullptr before): asking never builds one.
    OktaPage *oktaPage() const { return m_okta; }
    MetadataPage *metadataPage() const { return m_metadata; }
    ApplyPage *applyPage() const { return m_apply; }
    DiscoveryPanel *discoveryPanel() const { return m_panels->discoveryPanel(); }
    TokenCheckSummary *tokenCheckSummary() const { return m_panels->tokenCheckSummary(); }
    DeployPanel *deployPanel() const { return m_panels->deployPanel(); }
    HistoryPanel *historyPanel() const { return m_panels->historyPanel(); }
    TestLoginPanel *testLoginPanel() const { return m_panels->testLoginPanel(); }

    /// Offers the built-in sandbox (the Welcome page's button). okta-jwt-wizard passes
    /// SandboxProcess::starter(): the wizard does not link the simulators, so without a starter there is no
    /// sandbox.
    void setSandboxStarter(SandboxStarter starter);
    /// Starts the sandbox without waiting for it (sandboxStarting()); once it answers, enters sandbox mode
    /// (the inputs and the deploy connection point at the simulators, the banner shows, the token picker
    /// mints demo tokens) and emits sandboxStarted(), or sandboxFailed() with the inputs unchanged. The
    /// Welcome page shows each.
    void startSandbox();
    bool isSandboxStarting() const { return m_sandboxStarting; }
    bool isSandboxMode() const { return m_sandboxMode; }

    /// Opens "Pick from token…" (non-modal open(), so tests and the event loop keep running), with
    /// `token` in its box and checked when one is given.
    void pickFromToken(const QByteArray &token = {});
    /// Opens "Sign in with Okta…"; the signed-in user's token goes into "Pick from token…".
    SignInDialog *signInWithOkta();
    /// "Set up Okta…" (the Okta page's button and Review's Okta-side findings): the Okta Management API
    /// dialog.
    void setUpOkta();

signals:
    void sandboxStarting();
    void sandboxStarted();
    void sandboxFailed(const Problem &problem);

public slots:
    /// Asks for a file and writes the current inputs as a profile (never a secret value).
    void saveProfile();
    /// Remembers the non-secret inputs and the window geometry, then closes.
    void done(int result) override;

private:
    void buildPage(PageId id);
    void enterSandboxMode(const SandboxConnection &connection);
    QNetworkAccessManager *network();
    void placeSidePanel();
    WizardModel *m_model;
    PreviewPane *m_preview;
    WelcomePage *m_welcome;
    QNetworkAccessManager *m_network = nullptr;
    SandboxBanner *m_banner;
    FindingLabel *m_notice; // what the last window-wide action did (e.g. "Saved the profile"), until an edit
    OktaPage *m_okta = nullptr;
    AppServicesPage *m_appServices = nullptr;
    MetadataPage *m_metadata = nullptr;
    ReviewPage *m_review = nullptr;
    ApplyPage *m_apply = nullptr;
    SandboxStarter m_sandboxStarter;
    OktaDialogs *m_dialogs; // the Okta-facing dialogs, with the sandbox's demo sources in sandbox mode
    WizardPanels *m_panels;
    bool m_sandboxMode = false;
    bool m_sandboxStarting = false; // asked the starter, its answer not yet back
};
