#include "OktaPage.h"

#include "FindingLabel.h"
#include "WizardModel.h"
#include "ui_OktaPage.h"

OktaPage::OktaPage(WizardModel *model, QWidget *parent) : ModelPage(model, parent), ui(new Ui::OktaPage)
{
    ui->setupUi(this);
    setTitle(tr("Okta authorization server"));
    setSubTitle(tr("The Okta org and authorization server that issue your users' access tokens."));
    registerField(QStringLiteral("oktaDomain"), ui->oktaDomainLineEdit);
    registerField(QStringLiteral("authServerId"), ui->authServerLineEdit);
    registerField(QStringLiteral("jwkUri"), ui->jwkUriLineEdit);
    ui->derivedJwkUriLabel->setAccessibleName(tr("Derived JWK URI"));

    connect(ui->oktaDomainLineEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        this->model()->update([&](ProviderSettings &s) { s.oktaDomain = t; });
    });
    connect(ui->authServerLineEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        this->model()->update([&](ProviderSettings &s) { s.authServerId = t; });
    });
    connect(ui->jwkUriLineEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { this->model()->update([&](ProviderSettings &s) { s.jwkUri = t; }); });
    bindModel();
}

OktaPage::~OktaPage() = default;

QWidget *OktaPage::discoveryArea() const
{
    return ui->discoveryArea;
}

QStringList OktaPage::ownedFields() const
{
    return {QStringLiteral("oktaDomain"), QStringLiteral("authServerId"), QStringLiteral("jwkURI")};
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
    // Discovery fills the JWK URI from outside this page's fields: show it (equal text is left alone,
    // so the cursor of a user typing here does not jump).
    if (ui->jwkUriLineEdit->text() != s.jwkUri)
        ui->jwkUriLineEdit->setText(s.jwkUri);
    const QString derived = s.derivedJwkUri();
    ui->derivedJwkUriLabel->setText(derived.isEmpty() ? tr("Enter the Okta domain first.") : derived);
    FindingLabel::show(ui->oktaDomainErrorLabel, model()->findingsFor({QStringLiteral("oktaDomain")}),
                       ui->oktaDomainLineEdit);
    FindingLabel::show(ui->authServerErrorLabel, model()->findingsFor({QStringLiteral("authServerId")}),
                       ui->authServerLineEdit);
    FindingLabel::show(ui->jwkUriErrorLabel, model()->findingsFor({QStringLiteral("jwkURI")}),
                       ui->jwkUriLineEdit);
}
