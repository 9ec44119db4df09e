#pragma once

#include <QObject>

#include <functional>

class ApplyPage;
class DeployPanel;
class DiscoveryPanel;
class HistoryPanel;
class MetadataPage;
class OktaPage;
class QNetworkAccessManager;
class ReviewPage;
class SetupWizard;
class TestLoginPanel;
class TokenCheckSummary;
class WizardModel;

/// Puts the panels and buttons into each wizard page as the page is built, and wires the panels to each
/// other and to the wizard.
class WizardPanels : public QObject
{
    Q_OBJECT

public:
    /// `network` is asked only when a panel that goes online is made.
    WizardPanels(SetupWizard *wizard, WizardModel *model, std::function<QNetworkAccessManager *()> network);

    /// The discovery panel and "Set up Okta…".
    void placeOnOktaPage(OktaPage *page);
    /// The token check (shown on the Review page) and the buttons that fill it.
    void placeOnMetadataPage(MetadataPage *page);
    void placeOnReviewPage(ReviewPage *page);
    /// The deploy, history and test-login panels.
    void placeOnApplyPage(ApplyPage *page);

    // nullptr until the page they sit on is built.
    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    TokenCheckSummary *tokenCheckSummary() const { return m_tokenSummary; }
    DeployPanel *deployPanel() const { return m_deploy; }
    HistoryPanel *historyPanel() const { return m_history; }
    TestLoginPanel *testLoginPanel() const { return m_testLogin; }

private:
    void placeHistoryPanel(ApplyPage *page);

    SetupWizard *m_wizard;
    WizardModel *m_model;
    std::function<QNetworkAccessManager *()> m_network;
    DiscoveryPanel *m_discovery = nullptr;
    TokenCheckSummary *m_tokenSummary = nullptr;
    DeployPanel *m_deploy = nullptr;
    HistoryPanel *m_history = nullptr;
    TestLoginPanel *m_testLogin = nullptr;
};
