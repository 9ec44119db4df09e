#include "wizard/OktaPage.h"

#include "core/FieldKeys.h"
#include "net/TrustAnchors.h"
#include "ui_OktaPage.h"
#include "wizard/DialogProvider.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"
#include "wizard/WizardSettings.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

OktaPage::OktaPage(WizardModel *model, QWidget *parent) : ModelPage(model, parent), ui(new Ui::OktaPage)
{
    ui->setupUi(this);
    setTitle(tr("Okta authorization server"));
    setSubTitle(tr("The Okta org and authorization server that issue your users' access tokens."));
    ui->derivedJwkUriLabel->setAccessibleName(tr("JWK URI in use"));

    bindText(ui->oktaDomainLineEdit, FieldKeys::OktaDomain,
             [](ProviderSettings &s, const QString &t) { s.oktaDomain = t; });
    bindText(ui->authServerLineEdit, FieldKeys::AuthServerId,
             [](ProviderSettings &s, const QString &t) { s.authServerId = t; });
    bindText(ui->jwkUriLineEdit, FieldKeys::JwkUri,
             [](ProviderSettings &s, const QString &t) { s.jwkUri = t; });
    ui->caFileLineEdit->setAccessibleName(tr("Extra CA certificates file"));
    ui->caFileBrowseButton->setAccessibleName(tr("Browse for the extra CA certificates file"));
    connect(ui->caFileLineEdit, &QLineEdit::editingFinished, this, &OktaPage::applyCaFile);
    connect(ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = DialogProvider::current().openFileName(
            this, tr("Extra CA certificates"), QFileInfo(ui->caFileLineEdit->text()).path(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (path.isEmpty())
            return;
        ui->caFileLineEdit->setText(path);
        applyCaFile();
    });
    // A remembered file is trusted from the start (and not saved again); without one the system's anchors
    // stay as they are.
    ui->caFileLineEdit->setText(WizardSettings::caFile());
    if (!ui->caFileLineEdit->text().isEmpty())
        trustCaFile(ui->caFileLineEdit->text().trimmed());
    bindModel();
}

void OktaPage::applyCaFile()
{
    const QString path = ui->caFileLineEdit->text().trimmed();
    if (path == m_appliedCaFile && !ui->caFileErrorLabel->isVisible())
        return;
    WizardSettings::setCaFile(path);
    // A cached connection keeps the trust it was made with: the wizard's managers start afresh.
    if (wizard()) {
        for (QNetworkAccessManager *nam : wizard()->findChildren<QNetworkAccessManager *>())
            nam->clearConnectionCache();
    }
    trustCaFile(path);
}

void OktaPage::trustCaFile(const QString &path)
{
    const Result<void> trusted = TrustAnchors::use(path);
    if (trusted) {
        m_appliedCaFile = path;
        ui->caFileErrorLabel->showFindings({}, ui->caFileLineEdit);
        return;
    }
    // No extra anchor while the field shows an error: what is trusted matches what the page says.
    (void)TrustAnchors::use(QString()); // the system's anchors alone cannot fail to load
    m_appliedCaFile.clear();
    const Problem &p = trusted.problem();
    ui->caFileErrorLabel->showFindings({Finding::error(p.code, FieldKeys::CaFile, p.message, p.fix)},
                                       ui->caFileLineEdit);
}

OktaPage::~OktaPage() = default;

QWidget *OktaPage::discoveryArea() const
{
    return ui->discoveryArea;
}

QStringList OktaPage::ownedFields() const
{
    return {FieldKeys::OktaDomain, FieldKeys::AuthServerId, FieldKeys::JwkUri};
}

void OktaPage::load()
{
    const ProviderSettings &s = model()->settings();
    ui->oktaDomainLineEdit->setText(s.oktaDomain);
    ui->authServerLineEdit->setText(s.authServerId);
    ui->jwkUriLineEdit->setText(s.jwkUri);
}

void OktaPage::refresh()
{
    const ProviderSettings &s = model()->settings();
    syncText(ui->oktaDomainLineEdit, s.oktaDomain);
    syncText(ui->authServerLineEdit, s.authServerId);
    syncText(ui->jwkUriLineEdit, s.jwkUri); // only what the user typed is an override
    // The URI shown is the one providers.json gets, and says where it came from.
    const QString used = s.effectiveJwkUri();
    QString source;
    if (!s.jwkUri.isEmpty())
        source = tr("your override");
    else if (!s.discoveredJwkUri.isEmpty())
        source = tr("discovered");
    else
        source = tr("derived from the domain and server");
    ui->derivedJwkUriLabel->setText(used.isEmpty() ? tr("Enter the Okta domain and server first.")
                                                   : tr("%1 (%2)").arg(used, source));
    showFindings(ui->oktaDomainErrorLabel, {FieldKeys::OktaDomain}, ui->oktaDomainLineEdit);
    // The domain is used without surrounding spaces, scheme or trailing slash: say so when it was typed so.
    const QString base = s.oktaBaseUrl();
    const QString host = base.startsWith(QLatin1String("https://")) ? base.mid(8) : base;
    if (shownFindingsFor({FieldKeys::OktaDomain}).isEmpty() && !host.isEmpty() && s.oktaDomain != host)
        ui->oktaDomainErrorLabel->showMessage(FindingLabel::Kind::Info,
                                              tr("Used as %1.").arg(host.toHtmlEscaped()));
    showFindings(ui->authServerErrorLabel, {FieldKeys::AuthServerId}, ui->authServerLineEdit);
    showFindings(ui->jwkUriErrorLabel, {FieldKeys::JwkUri}, ui->jwkUriLineEdit);
}
