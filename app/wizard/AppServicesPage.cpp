#include "wizard/AppServicesPage.h"

#include "core/FieldKeys.h"
#include "ui_AppServicesPage.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QListWidget>

AppServicesPage::AppServicesPage(WizardModel *model, QWidget *parent)
    : ModelPage(model, parent), ui(new Ui::AppServicesPage)
{
    ui->setupUi(this);
    setTitle(tr("App Services"));
    setSubTitle(tr("The app that accepts Okta tokens, and how it checks their audience and signature."));
    ui->audienceEditor->setNames(FieldKeys::Audience, QStringLiteral("Audience"), tr("audience"));
    ui->signingKeysEditor->setNames(FieldKeys::SigningKeys, QStringLiteral("SigningKey"), tr("secret name"));
    ui->signingKeysEditor->setMaximumCount(3); // App Services accepts up to three signing keys
    ui->signingAlgorithmComboBox->addItems({QStringLiteral("HS256"), QStringLiteral("RS256")});

    bindText(ui->clientAppIdLineEdit, FieldKeys::ClientAppId,
             [](ProviderSettings &s, const QString &t) { s.clientAppId = t; });
    bindText(ui->projectIdLineEdit, FieldKeys::ProjectId,
             [](ProviderSettings &s, const QString &t) { s.projectId = t; });
    // Loading sets these widgets too; only the user's changes are edits.
    const auto edit = [this](const std::function<void(ProviderSettings &)> &change) {
        if (!isLoading())
            this->model()->update(change);
    };
    connect(ui->audienceEditor, &StringListEditor::edited, this,
            [edit](const QStringList &l) { edit([&](ProviderSettings &s) { s.audience = l; }); });
    connect(ui->requireAnyAudienceCheckBox, &QCheckBox::toggled, this,
            [edit](bool on) { edit([&](ProviderSettings &s) { s.requireAnyAudience = on; }); });
    connect(ui->manualKeysRadioButton, &QRadioButton::toggled, this, [edit](bool manual) {
        edit([&](ProviderSettings &s) {
            s.verification =
                manual ? ProviderSettings::Verification::ManualKeys : ProviderSettings::Verification::JwkUri;
        });
    });
    connect(ui->signingAlgorithmComboBox, &QComboBox::currentTextChanged, this,
            [edit](const QString &t) { edit([&](ProviderSettings &s) { s.signingAlgorithm = t; }); });
    connect(ui->signingKeysEditor, &StringListEditor::edited, this,
            [edit](const QStringList &l) { edit([&](ProviderSettings &s) { s.signingKeyNames = l; }); });
    connect(ui->disabledCheckBox, &QCheckBox::toggled, this,
            [edit](bool on) { edit([&](ProviderSettings &s) { s.disabled = on; }); });
    bindModel();
}

AppServicesPage::~AppServicesPage() = default;

QStringList AppServicesPage::ownedFields() const
{
    return {FieldKeys::ClientAppId,        FieldKeys::ProjectId,        FieldKeys::Audience,
            FieldKeys::RequireAnyAudience, FieldKeys::SigningAlgorithm, FieldKeys::SigningKeys};
}

void AppServicesPage::load()
{
    const ProviderSettings &s = model()->settings(); // the setters below are not edits while loading
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
    // The App can be picked on the Apply page, and the project entered there too.
    syncText(ui->clientAppIdLineEdit, s.clientAppId);
    syncText(ui->projectIdLineEdit, s.projectId);
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    ui->manualKeysWidget->setEnabled(manual);
    ui->manualKeysWidget->setVisible(manual);
    showFindings(ui->clientAppIdErrorLabel, {FieldKeys::ClientAppId}, ui->clientAppIdLineEdit);
    showFindings(ui->projectIdErrorLabel, {FieldKeys::ProjectId}, ui->projectIdLineEdit);
    showFindings(ui->audienceErrorLabel, {FieldKeys::Audience, FieldKeys::RequireAnyAudience},
                 ui->audienceEditor->listWidget());
    showFindings(ui->signingKeysErrorLabel, {FieldKeys::SigningAlgorithm, FieldKeys::SigningKeys},
                 ui->signingKeysEditor->listWidget());
}
