#include "wizard/WizardPanels.h"

#include "wizard/ApplyPage.h"
#include "wizard/DeployPanel.h"
#include "wizard/DiscoveryPanel.h"
#include "wizard/HistoryPanel.h"
#include "wizard/MetadataPage.h"
#include "wizard/OktaPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/TestLoginPanel.h"
#include "wizard/TokenCheckSummary.h"
#include "wizard/WizardModel.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

WizardPanels::WizardPanels(SetupWizard *wizard, WizardModel *model,
                           std::function<QNetworkAccessManager *()> network)
    : QObject(wizard), m_wizard(wizard), m_model(model), m_network(std::move(network))
{}

void WizardPanels::placeOnOktaPage(OktaPage *page)
{
    m_discovery = new DiscoveryPanel(m_model, m_network());
    page->discoveryArea()->layout()->addWidget(m_discovery);

    auto *button = new QPushButton(tr("Set &up Okta…"));
    button->setObjectName(QStringLiteral("setUpOktaButton"));
    button->setToolTip(tr("Set up the authorization server's audience, access policy, rule and access-token "
                          "claims through the Okta Management API"));
    button->setAutoDefault(false);
    // Left-aligned at its own width, like Discover above it, not stretched across the page.
    if (auto *box = qobject_cast<QBoxLayout *>(page->discoveryArea()->layout()))
        box->addWidget(button, 0, Qt::AlignLeft);
    else
        page->discoveryArea()->layout()->addWidget(button);
    connect(button, &QPushButton::clicked, m_wizard, &SetupWizard::setUpOkta);
}

void WizardPanels::placeOnMetadataPage(MetadataPage *page)
{
    // Made with the Metadata page, whose token picker fills the model's check; the Review page shows it.
    m_tokenSummary = new TokenCheckSummary(m_wizard);
    m_tokenSummary->hide();
    const auto render = [model = m_model, summary = m_tokenSummary] {
        const WizardModel::TokenCheck &check = model->tokenCheck();
        if (!check.present)
            summary->clear();
        else if (check.stale != summary->isStale() || !summary->hasResult() ||
                 check.result.failureCodes() != summary->result().failureCodes() ||
                 check.result.userData != summary->result().userData ||
                 check.result.claims != summary->result().claims)
            summary->setResult(check.result, check.stale);
    };
    connect(m_model, &WizardModel::changed, m_tokenSummary, render);

    auto *pick = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Pick from token…"));
    pick->setObjectName(QStringLiteral("pickFromTokenButton"));
    pick->setToolTip(tr("Paste an access token, check it the way App Services will, and tick its claims"));
    pick->setAutoDefault(false);
    QVBoxLayout *buttons = page->fieldButtonsLayout();
    buttons->insertWidget(buttons->count() - 1, pick); // above the stretch
    connect(pick, &QPushButton::clicked, m_wizard, [wizard = m_wizard] { wizard->pickFromToken(); });

    auto *signIn = new QPushButton(tr("&Sign in with Okta…"));
    signIn->setObjectName(QStringLiteral("signInWithOktaButton"));
    signIn->setToolTip(tr("Sign a user in to Okta and check their access token the way App Services will"));
    signIn->setAutoDefault(false);
    buttons->insertWidget(buttons->count() - 1, signIn);
    connect(signIn, &QPushButton::clicked, m_wizard, [wizard = m_wizard] { wizard->signInWithOkta(); });
}

void WizardPanels::placeOnReviewPage(ReviewPage *page)
{
    page->tokenCheckArea()->layout()->addWidget(m_tokenSummary);
    m_tokenSummary->show(); // it was hidden while it had no page
}

void WizardPanels::placeOnApplyPage(ApplyPage *page)
{
    m_deploy = new DeployPanel(m_model, m_network());
    page->deployArea()->layout()->addWidget(m_deploy);
    page->deployArea()->setVisible(true);
    m_deploy->restoreSettings();
    connect(m_deploy, &DeployPanel::busyChanged, m_wizard, [wizard = m_wizard](bool busy) {
        wizard->button(QWizard::BackButton)->setEnabled(!busy);
        wizard->button(QWizard::FinishButton)->setEnabled(!busy);
    });
    placeHistoryPanel(page);
    // The log lookup of a refused login reuses the deploy panel's Admin API session when it has one.
    m_testLogin = new TestLoginPanel(m_model, m_network(), m_deploy->client());
    page->testLoginArea()->layout()->addWidget(m_testLogin);
}

void WizardPanels::placeHistoryPanel(ApplyPage *page)
{
    // Undo reuses the deploy panel's client (and session); the journal is read when the tab is looked at.
    m_history = new HistoryPanel(m_deploy->client());
    page->historyArea()->layout()->addWidget(m_history);
    const auto show = [model = m_model, deploy = m_deploy, history = m_history] {
        const ProviderSettings &s = model->settings();
        history->setCredentials(deploy->publicKey(), deploy->privateKey());
        history->setOktaDomain(s.oktaBaseUrl());
        history->setTarget(deploy->adminApiUrl(), s.projectId.trimmed(), deploy->appId(), s.clientAppId);
    };
    connect(page, &ApplyPage::historyShown, m_history, show);
    connect(m_deploy, &DeployPanel::deployed, m_history, [history = m_history] {
        if (history->isVisible())
            history->reload();
    });
    // An undo changed the App: a diff or deploy result shown for it no longer holds.
    connect(m_history, &HistoryPanel::remoteChanged, m_model, &WizardModel::clearRemote);
}
