#include "SetupWizard.h"

#include "AppDirectory.h"
#include "AppServicesPage.h"
#include "ApplyPage.h"
#include "DialogProvider.h"
#include "DiscoveryPanel.h"
#include "MetadataPage.h"
#include "OktaPage.h"
#include "PreviewPane.h"
#include "Profile.h"
#include "ReviewPage.h"
#include "WelcomePage.h"
#include "WizardModel.h"
#include "WizardSettings.h"

#include <QAbstractButton>
#include <QLayout>
#include <QNetworkAccessManager>

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent), m_model(new WizardModel(this)), m_preview(new PreviewPane(m_model)),
      m_welcome(new WelcomePage(m_model)), m_okta(new OktaPage(m_model)),
      m_appServices(new AppServicesPage(m_model)), m_metadata(new MetadataPage(m_model)),
      m_review(new ReviewPage(m_model)), m_apply(new ApplyPage(m_model)),
      m_network(new QNetworkAccessManager(this)), m_discovery(new DiscoveryPanel(m_model, m_network))
{
    m_okta->discoveryArea()->layout()->addWidget(m_discovery);
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Okta JWT Wizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap,
              QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(48, 48), devicePixelRatio()));
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1 |
               QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CustomButton1, tr("Sa&ve Profile…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveProfileButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save these inputs to a profile file (no secrets)"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveProfile();
    });

    setPage(WelcomePageId, m_welcome);
    setPage(OktaPageId, m_okta);
    setPage(AppServicesPageId, m_appServices);
    setPage(MetadataPageId, m_metadata);
    setPage(ReviewPageId, m_review);
    setPage(ApplyPageId, m_apply);
    setStartId(WelcomePageId);

    m_preview->setMinimumWidth(400);
    setSideWidget(m_preview);
    setMinimumSize(1000, 680);
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

void SetupWizard::saveProfile()
{
    const QString path = DialogProvider::current().saveFileName(this, tr("Save the wizard profile"),
                                                                QStringLiteral("okta-jwt-profile.json"),
                                                                tr("Wizard profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AppDirectory::writeAtomically(path, Profile::toJson(m_model->settings()), &error))
        DialogProvider::current().warning(this, tr("Cannot save the profile"), error);
}

void SetupWizard::done(int result)
{
    WizardSettings::save(*m_model, this);
    QWizard::done(result);
}
