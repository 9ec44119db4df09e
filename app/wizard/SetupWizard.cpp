#include "wizard/SetupWizard.h"

#include "core/AppDirectory.h"
#include "core/Profile.h"
#include "wizard/AppServicesPage.h"
#include "wizard/ApplyPage.h"
#include "wizard/DeployPanel.h"
#include "wizard/DialogProvider.h"
#include "wizard/FindingLabel.h"
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
#include "wizard/WizardPanels.h"
#include "wizard/WizardSettings.h"

#include <QAbstractButton>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QVBoxLayout>

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent), m_model(new WizardModel(this)), m_preview(new PreviewPane(m_model)),
      m_welcome(new WelcomePage(m_model)), m_banner(new SandboxBanner), m_notice(new FindingLabel),
      m_dialogs(new OktaDialogs(
          m_model, [this] { return network(); }, this)),
      m_panels(new WizardPanels(this, m_model, [this] { return network(); }))
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
        m_panels->placeOnOktaPage(m_okta);
        setPage(id, m_okta);
        break;
    case AppServicesPageId:
        m_appServices = new AppServicesPage(m_model);
        setPage(id, m_appServices);
        break;
    case MetadataPageId:
        m_metadata = new MetadataPage(m_model);
        setPage(id, m_metadata);
        m_panels->placeOnMetadataPage(m_metadata);
        break;
    case ReviewPageId:
        m_review = new ReviewPage(m_model);
        m_panels->placeOnReviewPage(m_review);
        connect(m_review, &ReviewPage::oktaSetupRequested, this, &SetupWizard::setUpOkta);
        setPage(id, m_review);
        break;
    case ApplyPageId:
        m_apply = new ApplyPage(m_model);
        setPage(id, m_apply);
        m_panels->placeOnApplyPage(m_apply);
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
    deployPanel()->disallowKeychain();
    deployPanel()->setConnection(connection.adminApiUrl, connection.projectId, connection.publicKey,
                                 connection.privateKey);
    m_model->setOktaClientId(connection.oktaClientId);
    testLoginPanel()->setSandbox(connection.clientApiUrl, connection.mintDemoToken);
    m_banner->showFor(connection);
    tokenCheckSummary()->setEmptyText(
        tr("No token checked yet — use Pick from token… on the Metadata page, then Mint a demo token."));
    setWindowTitle(tr("Okta JWT Wizard (sandbox)"));
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

void SetupWizard::setUpOkta()
{
    m_dialogs->setUpOkta();
}

void SetupWizard::done(int result)
{
    if (deployPanel() && deployPanel()->isBusy())
        deployPanel()->cancel();
    // The sandbox's loopback URLs and demo key must not replace the inputs remembered from real work;
    // a deploy panel never built has nothing new to remember.
    if (!m_sandboxMode) {
        if (deployPanel())
            deployPanel()->saveSettings();
        WizardSettings::save(*m_model, this);
    }
    QWizard::done(result);
}
