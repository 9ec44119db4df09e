#include "wizard/SetupWizard.h"

#include "core/AppDirectory.h"
#include "core/Profile.h"
#include "wizard/AppServicesPage.h"
#include "wizard/ApplyPage.h"
#include "wizard/DeployPanel.h"
#include "wizard/DialogProvider.h"
#include "wizard/DiscoveryPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/HistoryPanel.h"
#include "wizard/MetadataPage.h"
#include "wizard/OktaDialogs.h"
#include "wizard/OktaPage.h"
#include "wizard/PngIcon.h"
#include "wizard/PreviewPane.h"
#include "wizard/ReviewPage.h"
#include "wizard/SandboxBanner.h"
#include "wizard/SidePanel.h"
#include "wizard/TestLoginPanel.h"
#include "wizard/TokenCheckSummary.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardModel.h"
#include "wizard/WizardSettings.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent), m_model(new WizardModel(this)), m_preview(new PreviewPane(m_model)),
      m_welcome(new WelcomePage(m_model)), m_banner(new SandboxBanner), m_notice(new FindingLabel),
      m_dialogs(new OktaDialogs(
          m_model, [this] { return network(); }, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Okta JWT Wizard"));
    const QIcon appIcon = PngIcon::load(QStringLiteral("app")); // one icon for both, no SVG to parse
    setWindowIcon(appIcon);
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, appIcon.pixmap(QSize(48, 48), devicePixelRatio()));
    // Cancel stays on the last page too: Finish takes Next's place, so no button moves between pages.
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Sa&ve Profile…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveProfileButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save these inputs to a profile file (no secrets)"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    // Finish takes Next's place on the last page: as wide as Next, so that Back does not move either.
    const int forwardWidth = qMax(button(QWizard::NextButton)->sizeHint().width(),
                                  button(QWizard::FinishButton)->sizeHint().width());
    button(QWizard::NextButton)->setMinimumWidth(forwardWidth);
    button(QWizard::FinishButton)->setMinimumWidth(forwardWidth);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveProfile();
    });

    setPage(WelcomePageId, m_welcome);
    setStartId(WelcomePageId);
    connect(m_welcome, &WelcomePage::sandboxRequested, this, &SetupWizard::startSandbox);
    connect(this, &SetupWizard::sandboxStarting, m_welcome, &WelcomePage::showSandboxStarting);
    connect(this, &SetupWizard::sandboxStarted, m_welcome, &WelcomePage::showSandboxStarted);
    connect(this, &SetupWizard::sandboxFailed, m_welcome, &WelcomePage::showSandboxFailed);

    placeSidePanel();
    setMinimumSize(800, 600);
    resize(1120, 760);
    WizardSettings::restore(m_model, this);
}

SetupWizard::~SetupWizard() = default;

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePageId:
        return OktaPageId;
    case OktaPageId:
        return AppServicesPageId;
    case AppServicesPageId:
        return MetadataPageId;
    case MetadataPageId:
        return ReviewPageId;
    case ReviewPageId:
        return ApplyPageId;
    default:
        return -1;
    }
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (const int next = nextId(); next >= 0) // -1 on the last page: nothing to build
        buildPagesUpTo(PageId(next));
    return true;
}

void SetupWizard::startAt(PageId id)
{
    buildPagesUpTo(id);
    setStartId(id);
}

void SetupWizard::advanceTo(PageId id)
{
    buildPagesUpTo(id);
    while (currentId() != -1 && currentId() < id) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // the page does not let Next go on
    }
}

void SetupWizard::buildPagesUpTo(PageId id)
{
    for (int i = OktaPageId; i <= qMin(int(id), int(ApplyPageId)); ++i) {
        if (!page(i))
            buildPage(PageId(i));
    }
}

void SetupWizard::buildPage(PageId id)
{
    switch (id) {
    case OktaPageId:
        m_okta = new OktaPage(m_model);
        m_discovery = new DiscoveryPanel(m_model, network());
        m_okta->discoveryArea()->layout()->addWidget(m_discovery);
        placeOktaSetupButton();
        setPage(id, m_okta);
        break;
    case AppServicesPageId:
        m_appServices = new AppServicesPage(m_model);
        setPage(id, m_appServices);
        break;
    case MetadataPageId:
        m_metadata = new MetadataPage(m_model);
        setPage(id, m_metadata);
        placeTokenCheck();
        break;
    case ReviewPageId:
        m_review = new ReviewPage(m_model);
        m_review->tokenCheckArea()->layout()->addWidget(m_tokenSummary);
        m_tokenSummary->show(); // it was hidden while it had no page
        connect(m_review, &ReviewPage::oktaSetupRequested, this, &SetupWizard::setUpOkta);
        setPage(id, m_review);
        break;
    case ApplyPageId:
        m_apply = new ApplyPage(m_model);
        setPage(id, m_apply);
        placeDeployPanel();
        break;
    case WelcomePageId:
        break;
    }
}

QNetworkAccessManager *SetupWizard::network()
{
    // Made with the first page that goes online: the Welcome page never does, and setting up the system
    // proxy alone costs more resident memory than any page.
    if (!m_network) {
        // Okta and the Admin API are reached through the system proxy (http(s)_proxy, no_proxy or the
        // desktop's), as by the CLI.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_network = new QNetworkAccessManager(this);
    }
    return m_network;
}

void SetupWizard::saveProfile()
{
    const QString path = DialogProvider::current().saveFileName(this, tr("Save the wizard profile"),
                                                                QStringLiteral("okta-jwt-profile.json"),
                                                                tr("Wizard profiles (*.json)"));
    if (path.isEmpty())
        return;
    const Result<void> written = AppDirectory::writeAtomically(path, Profile::toJson(m_model->settings()));
    if (!written)
        return DialogProvider::current().warning(this, tr("Cannot save the profile"),
                                                 written.problem().message);
    m_notice->showMessage(FindingLabel::Kind::Success,
                          tr("Saved the profile %1.").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
}

void SetupWizard::placeSidePanel()
{
    // The sandbox banner sits above the preview, so it stays in view on every page.
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    m_notice->setObjectName(QStringLiteral("wizardNoticeLabel"));
    m_notice->setVisible(false);
    layout->addWidget(m_notice);
    layout->addWidget(m_preview, 1);
    // "Saved the profile" describes the inputs as they were: the next edit makes it untrue.
    connect(m_model, &WizardModel::changed, m_notice,
            [notice = m_notice] { notice->showMessage(FindingLabel::Kind::Info, QString()); });
    auto *side = new SidePanel(column);
    side->setPreferredWidth(WizardSettings::previewWidth(SidePanel::defaultWidth));
    connect(side, &SidePanel::dragged, this, &WizardSettings::setPreviewWidth);
    setSideWidget(side);
}

void SetupWizard::setSandboxStarter(SandboxStarter starter)
{
    m_sandboxStarter = std::move(starter);
    m_welcome->offerSandbox(bool(m_sandboxStarter));
}

void SetupWizard::startSandbox()
{
    if (m_sandboxStarting)
        return;
    if (!m_sandboxStarter) {
        emit sandboxFailed(
            Problem{QStringLiteral("sandbox_unavailable"), tr("this build has no built-in sandbox"), {}});
        return;
    }
    m_sandboxStarting = true;
    emit sandboxStarting();
    const QPointer<SetupWizard> self(this);
    m_sandboxStarter([self](const Result<SandboxConnection> &started) {
        if (!self)
            return;
        self->m_sandboxStarting = false;
        if (!started) {
            emit self->sandboxFailed(started.problem());
            return;
        }
        self->enterSandboxMode(*started);
        emit self->sandboxStarted();
    });
}

void SetupWizard::enterSandboxMode(const SandboxConnection &connection)
{
    m_dialogs->setSandbox(connection);
    m_sandboxMode = true;
    buildPagesUpTo(ApplyPageId); // the token summary and the deploy panel take the sandbox's settings
    ProviderSettings s;          // a fresh provider for the simulated Okta and the demo App
    s.oktaDomain = connection.oktaDomain;
    s.authServerId = connection.authServerId;
    s.clientAppId = connection.clientAppId;
    s.projectId = connection.projectId;
    m_model->setSettings(s);
    m_model->setAppDirectory(QString());
    m_deploy->disallowKeychain();
    m_deploy->setConnection(connection.adminApiUrl, connection.projectId, connection.publicKey,
                            connection.privateKey);
    m_model->setOktaClientId(connection.oktaClientId);
    m_testLogin->setSandbox(connection.clientApiUrl, connection.mintDemoToken);
    m_banner->showFor(connection);
    m_tokenSummary->setEmptyText(
        tr("No token checked yet — use Pick from token… on the Metadata page, then Mint a demo token."));
    setWindowTitle(tr("Okta JWT Wizard (sandbox)"));
}

void SetupWizard::placeTokenCheck()
{
    // Made with the Metadata page, whose token picker fills the model's check; the Review page shows it.
    m_tokenSummary = new TokenCheckSummary(this);
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
    QVBoxLayout *buttons = m_metadata->fieldButtonsLayout();
    buttons->insertWidget(buttons->count() - 1, pick); // above the stretch
    connect(pick, &QPushButton::clicked, this, [this] { pickFromToken(); });

    auto *signIn = new QPushButton(tr("&Sign in with Okta…"));
    signIn->setObjectName(QStringLiteral("signInWithOktaButton"));
    signIn->setToolTip(tr("Sign a user in to Okta and check their access token the way App Services will"));
    signIn->setAutoDefault(false);
    buttons->insertWidget(buttons->count() - 1, signIn);
    connect(signIn, &QPushButton::clicked, this, [this] { signInWithOkta(); });
}

SignInDialog *SetupWizard::signInWithOkta()
{
    return m_dialogs->signInWithOkta();
}

void SetupWizard::pickFromToken(const QByteArray &token)
{
    buildPagesUpTo(MetadataPageId); // the token summary it fills is made with that page
    m_dialogs->pickFromToken(token);
}

void SetupWizard::placeOktaSetupButton()
{
    auto *button = new QPushButton(tr("Set &up Okta…"));
    button->setObjectName(QStringLiteral("setUpOktaButton"));
    button->setToolTip(tr("Set up the authorization server's audience, access policy, rule and access-token "
                          "claims through the Okta Management API"));
    button->setAutoDefault(false);
    // Left-aligned at its own width, like Discover above it, not stretched across the page.
    if (auto *box = qobject_cast<QBoxLayout *>(m_okta->discoveryArea()->layout()))
        box->addWidget(button, 0, Qt::AlignLeft);
    else
        m_okta->discoveryArea()->layout()->addWidget(button);
    connect(button, &QPushButton::clicked, this, &SetupWizard::setUpOkta);
}

void SetupWizard::setUpOkta()
{
    m_dialogs->setUpOkta();
}

void SetupWizard::placeDeployPanel()
{
    m_deploy = new DeployPanel(m_model, network());
    m_apply->deployArea()->layout()->addWidget(m_deploy);
    m_apply->deployArea()->setVisible(true);
    m_deploy->restoreSettings();
    connect(m_deploy, &DeployPanel::busyChanged, this, [this](bool busy) {
        button(QWizard::BackButton)->setEnabled(!busy);
        button(QWizard::FinishButton)->setEnabled(!busy);
    });
    placeHistoryPanel();
    placeTestLoginPanel();
}

void SetupWizard::placeTestLoginPanel()
{
    // The log lookup of a refused login reuses the deploy panel's Admin API session when it has one.
    m_testLogin = new TestLoginPanel(m_model, network(), m_deploy->client());
    m_apply->testLoginArea()->layout()->addWidget(m_testLogin);
}

void SetupWizard::placeHistoryPanel()
{
    // Undo reuses the deploy panel's client (and session); the journal is read when the tab is looked at.
    m_history = new HistoryPanel(m_deploy->client());
    m_apply->historyArea()->layout()->addWidget(m_history);
    const auto show = [model = m_model, deploy = m_deploy, history = m_history] {
        const ProviderSettings &s = model->settings();
        history->setCredentials(deploy->publicKey(), deploy->privateKey());
        history->setOktaDomain(s.oktaBaseUrl());
        history->setTarget(deploy->adminApiUrl(), s.projectId.trimmed(), deploy->appId(), s.clientAppId);
    };
    connect(m_apply, &ApplyPage::historyShown, m_history, show);
    connect(m_deploy, &DeployPanel::deployed, m_history, [history = m_history] {
        if (history->isVisible())
            history->reload();
    });
    // An undo changed the App: a diff or deploy result shown for it no longer holds.
    connect(m_history, &HistoryPanel::remoteChanged, m_model, &WizardModel::clearRemote);
}

void SetupWizard::done(int result)
{
    if (m_deploy && m_deploy->isBusy())
        m_deploy->cancel();
    // The sandbox's loopback URLs and demo key must not replace the inputs remembered from real work;
    // a deploy panel never built has nothing new to remember.
    if (!m_sandboxMode) {
        if (m_deploy)
            m_deploy->saveSettings();
        WizardSettings::save(*m_model, this);
    }
    QWizard::done(result);
}
