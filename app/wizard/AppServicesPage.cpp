#include "AppServicesPage.h"

#include "FindingLabel.h"
#include "WizardModel.h"
#include "ui_AppServicesPage.h"

#include <QListWidget>

AppServicesPage::AppServicesPage(WizardModel *model, QWidget *parent)
    : ModelPage(model, parent), ui(new Ui::AppServicesPage)
{
    ui->setupUi(this);
    setTitle(tr("App Services"));
    setSubTitle(tr("The app that accepts Okta tokens, and how it checks their audience and signature."));
    ui->audienceEditor->setNames(QStringLiteral("audience"), QStringLiteral("Audience"), tr("audience"));
    ui->signingKeysEditor->setNames(QStringLiteral("signingKeys"), QStringLiteral("SigningKey"),
                                    tr("secret name"));
    ui->signingKeysEditor->setMaximumCount(3); // App Services accepts up to three signing keys
    ui->signingAlgorithmComboBox->addItems({QStringLiteral("HS256"), QStringLiteral("RS256")});
    registerField(QStringLiteral("clientAppId"), ui->clientAppIdLineEdit);
    registerField(QStringLiteral("projectId"), ui->projectIdLineEdit);

    WizardModel *m = model;
    connect(ui->clientAppIdLineEdit, &QLineEdit::textEdited, this,
            [m](const QString &t) { m->update([&](ProviderSettings &s) { s.clientAppId = t; }); });
    connect(ui->projectIdLineEdit, &QLineEdit::textEdited, this,
            [m](const QString &t) { m->update([&](ProviderSettings &s) { s.projectId = t; }); });
    connect(ui->audienceEditor, &StringListEditor::edited, this,
            [m](const QStringList &l) { m->update([&](ProviderSettings &s) { s.audience = l; }); });
    connect(ui->requireAnyAudienceCheckBox, &QCheckBox::toggled, this,
            [m](bool on) { m->update([&](ProviderSettings &s) { s.requireAnyAudience = on; }); });
    connect(ui->manualKeysRadioButton, &QRadioButton::toggled, this, [m](bool manual) {
        m->update([&](ProviderSettings &s) {
            s.verification =
                manual ? ProviderSettings::Verification::ManualKeys : ProviderSettings::Verification::JwkUri;
        });
    });
    connect(ui->signingAlgorithmComboBox, &QComboBox::currentTextChanged, this,
            [m](const QString &t) { m->update([&](ProviderSettings &s) { s.signingAlgorithm = t; }); });
    connect(ui->signingKeysEditor, &StringListEditor::edited, this,
            [m](const QStringList &l) { m->update([&](ProviderSettings &s) { s.signingKeyNames = l; }); });
    connect(ui->disabledCheckBox, &QCheckBox::toggled, this,
            [m](bool on) { m->update([&](ProviderSettings &s) { s.disabled = on; }); });
    bindModel();
}

AppServicesPage::~AppServicesPage() = default;

QStringList AppServicesPage::ownedFields() const
{
    return {QStringLiteral("clientAppId"),      QStringLiteral("projectId"),
            QStringLiteral("audience"),         QStringLiteral("requireAnyAudience"),
            QStringLiteral("signingAlgorithm"), QStringLiteral("signingKeys")};
}

void AppServicesPage::load()
{
    const ProviderSettings s = model()->settings(); // a copy: the setters below may change the model
    ui->clientAppIdLineEdit->setText(s.clientAppId);
    ui->projectIdLineEdit->setText(s.projectId);
    ui->audienceEditor->setItems(s.audience);
    ui->requireAnyAudienceCheckBox->setChecked(s.requireAnyAudience);
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    (manual ? ui->manualKeysRadioButton : ui->jwkUriRadioButton)->setChecked(true);
    ui->signingAlgorithmComboBox->setCurrentText(s.signingAlgorithm);
    ui->signingKeysEditor->setItems(s.signingKeyNames);
    ui->disabledCheckBox->setChecked(s.disabled);
}

void AppServicesPage::refresh()
{
    const ProviderSettings &s = model()->settings();
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    ui->manualKeysWidget->setEnabled(manual);
    ui->manualKeysWidget->setVisible(manual);
    FindingLabel::show(ui->clientAppIdErrorLabel, model()->findingsFor({QStringLiteral("clientAppId")}),
                       ui->clientAppIdLineEdit);
    FindingLabel::show(ui->projectIdErrorLabel, model()->findingsFor({QStringLiteral("projectId")}),
                       ui->projectIdLineEdit);
    FindingLabel::show(
        ui->audienceErrorLabel,
        model()->findingsFor({QStringLiteral("audience"), QStringLiteral("requireAnyAudience")}),
        ui->audienceEditor->listWidget());
    FindingLabel::show(
        ui->signingKeysErrorLabel,
        model()->findingsFor({QStringLiteral("signingAlgorithm"), QStringLiteral("signingKeys")}),
        ui->signingKeysEditor->listWidget());
}
