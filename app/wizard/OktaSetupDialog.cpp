#include "wizard/OktaSetupDialog.h"

#include "core/FieldKeys.h"

#include "net/KeychainStore.h"
#include "net/OktaAdminClient.h"
#include "net/OktaSetupRunner.h"
#include "ui_OktaSetupDialog.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QPushButton>

OktaSetupDialog::OktaSetupDialog(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), ui(new Ui::OktaSetupDialog), m_model(model), m_client(new OktaAdminClient(nam, this)),
      m_runner(new OktaSetupRunner(m_client, this))
{
    ui->setupUi(this);
    ui->stepsListWidget->setAccessibleName(tr("Plan steps"));
    ui->logPlainTextEdit->setAccessibleName(tr("Request log"));
    ui->stateLabel->setAccessibleName(tr("Okta state"));
    connect(ui->readButton, &QPushButton::clicked, this, &OktaSetupDialog::readOkta);
    connect(ui->applyButton, &QPushButton::clicked, this, &OktaSetupDialog::apply);
    connect(ui->cancelButton, &QPushButton::clicked, this, &OktaSetupDialog::stop);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &OktaSetupDialog::reject);
    connect(ui->replaceAudienceCheckBox, &QCheckBox::toggled, this, &OktaSetupDialog::render);
    connect(m_model, &WizardModel::changed, this, &OktaSetupDialog::render);
    connect(m_model, &WizardModel::resultsChanged, this, &OktaSetupDialog::render);
    connect(m_client, &OktaAdminClient::logged, this, [this](const OktaAdminClient::LogEntry &entry) {
        ui->logPlainTextEdit->appendPlainText(entry.toLine());
    });
    connect(m_runner, &OktaSetupRunner::stateRead, this, [this](const OktaState &state) {
        setBusy(false);
        m_model->setOktaState(state, ui->clientIdLineEdit->text().trimmed());
    });
    connect(m_runner, &OktaSetupRunner::failed, this, [this](const Problem &error) {
        setBusy(false);
        showError(error);
    });
    connect(m_runner, &OktaSetupRunner::stepDone, this,
            [this] { ui->progressBar->setValue(ui->progressBar->value() + 1); });
    connect(m_runner, &OktaSetupRunner::applied, this, [this] { startRead(m_token); }); // show the result
    render();
}

OktaSetupDialog::~OktaSetupDialog() = default;

bool OktaSetupDialog::fixes(const QString &findingCode)
{
    static const QStringList codes{
        QStringLiteral("claim_not_in_access_token"), QStringLiteral("auth_server_org"),
        QStringLiteral("jwk_uri_org_server"),        QStringLiteral("org_server"),
        QStringLiteral("audience_mismatch"),         QStringLiteral("required_claim_missing")};
    return codes.contains(findingCode);
}

void OktaSetupDialog::setKeychain(KeychainStore *keychain)
{
    m_keychain = keychain;
}

void OktaSetupDialog::setClientId(const QString &clientId)
{
    ui->clientIdLineEdit->setText(clientId);
}

void OktaSetupDialog::setDemoToken(const QString &token)
{
    ui->apiTokenLineEdit->setText(token);
}

void OktaSetupDialog::readOkta()
{
    const QByteArray typed = ui->apiTokenLineEdit->text().trimmed().toUtf8();
    if (ui->clientIdLineEdit->text().trimmed().isEmpty())
        return showError(Problem{QStringLiteral("okta_client_id_missing"),
                                 tr("Enter the client id of the Okta app your users sign in with."),
                                 tr("It is on the app's General tab in the Okta Admin Console."),
                                 QStringLiteral("clientId")});
    if (const Result<void> aimed = m_client->setOktaDomain(m_model->settings().oktaDomain); !aimed)
        return showError(Problem{QStringLiteral("okta_domain"), aimed.problem().message,
                                 tr("Enter the Okta domain on the Okta page."), FieldKeys::OktaDomain});
    if (!typed.isEmpty() || !m_keychain)
        return startRead(typed);
    // The field is empty: the token saved in the system keychain for this org, if any.
    setBusy(true);
    const QString key = OktaAdminClient::keychainKey(m_model->settings().oktaDomain);
    auto *once = new QObject(this);
    const auto missing = [this, once] {
        if (!once->parent())
            return;
        once->deleteLater();
        once->setParent(nullptr);
        setBusy(false);
        showError(Problem{QStringLiteral("okta_api_token_missing"),
                          tr("No Okta API token: the field is empty and the system keychain has none "
                             "for this org."),
                          tr("Create one under Security → API → Tokens and paste it here."),
                          QStringLiteral("apiToken")});
    };
    connect(m_keychain, &KeychainStore::unavailable, once, missing);
    connect(m_keychain, &KeychainStore::failed, once, missing);
    connect(m_keychain, &KeychainStore::readDone, once, [missing](const QString &, bool found) {
        if (!found)
            missing();
    });
    m_keychain->read(key, [this, once](const QString &secret) {
        once->deleteLater();
        startRead(secret.trimmed().toUtf8());
    });
}

void OktaSetupDialog::startRead(const QByteArray &token)
{
    if (token.isEmpty())
        return showError(Problem{QStringLiteral("okta_api_token_missing"), tr("Enter an Okta API token."),
                                 tr("Create one under Security → API → Tokens."),
                                 QStringLiteral("apiToken")});
    m_token = token;
    m_client->setToken(token);
    ui->findingsLabel->showFindings({});
    setBusy(true);
    m_runner->read(m_model->settings().authServerId, ui->clientIdLineEdit->text().trimmed());
}

void OktaSetupDialog::render()
{
    const WizardModel::OktaSetup &read = m_model->oktaSetup();
    ui->stepsListWidget->clear();
    if (!read.present) {
        m_plan = OktaSetupPlan();
        ui->stateLabel->setText(tr("Not read yet."));
        ui->replaceAudienceCheckBox->setVisible(false);
        ui->applyButton->setEnabled(false);
        return;
    }
    OktaState s = read.state;
    if (m_model->discovery().status == WizardModel::Discovery::Status::Found)
        s.keys = m_model->discovery().keys; // both ends are checked together (the issuer is in the settings)
    QString state = s.server
                        ? tr("Server %1, audience %2; %n access policy(ies)", nullptr, int(s.policies.size()))
                              .arg(s.server->name, s.server->audiences.value(0))
                        : tr("No such authorization server.");
    state += QLatin1String("; ") + tr("%n claim(s)", nullptr, int(s.claims.size())) + QLatin1String("; ") +
             (s.app ? tr("app %1 (%2)").arg(s.app->label, s.app->applicationType) : tr("app not found"));
    ui->stateLabel->setText(state);
    OktaSetupPlan::Options options;
    const OktaSetupPlan aligned =
        OktaSetupPlan::make(s, m_model->settings(), m_model->settings().clientAppId, read.clientId, options);
    // Changing the server's audience needs this explicit confirmation, naming what may rely on it.
    const bool mismatch = !aligned.alignedAudience().isEmpty() && s.server;
    ui->replaceAudienceCheckBox->setVisible(mismatch || ui->replaceAudienceCheckBox->isChecked());
    if (s.server)
        ui->replaceAudienceCheckBox->setText(
            tr("Change the server's audience from %1 to %2 instead (every app that accepts %1 from this "
               "server stops accepting its tokens)")
                .arg(s.server->audiences.value(0), m_model->settings().clientAppId));
    options.replaceAudience = ui->replaceAudienceCheckBox->isChecked();
    m_plan =
        OktaSetupPlan::make(s, m_model->settings(), m_model->settings().clientAppId, read.clientId, options);
    for (const OktaSetupStep &step : m_plan.steps()) {
        auto *item = new QListWidgetItem(step.detail, ui->stepsListWidget);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_plan.isEmpty())
        new QListWidgetItem(tr("Nothing to do: Okta already issues what App Services needs."),
                            ui->stepsListWidget);
    ui->findingsLabel->showFindings(m_plan.findings());
    ui->applyButton->setEnabled(!m_busy && !m_plan.isEmpty() && !m_plan.isBlocked());
}

void OktaSetupDialog::apply()
{
    QList<OktaSetupStep> writes;
    QString audience;
    bool policyTicked = false;
    for (int i = 0; i < m_plan.steps().size(); ++i) {
        const OktaSetupStep &step = m_plan.steps().at(i);
        if (ui->stepsListWidget->item(i)->checkState() != Qt::Checked)
            continue;
        policyTicked = policyTicked || step.action == OktaSetupStep::Action::CreatePolicy;
        if (step.action == OktaSetupStep::Action::AlignAudience)
            audience = step.audience;
        else if (step.action != OktaSetupStep::Action::CreateRule || !step.policyId.isEmpty() || policyTicked)
            writes << step; // a rule for a policy left out has nowhere to go
    }
    if (!audience.isEmpty()) // App Services side: the model (and so the preview) changes
        m_model->update([&audience](ProviderSettings &s) { s.audience = {audience}; });
    if (writes.isEmpty())
        return render();
    ui->progressBar->setRange(0, int(writes.size()));
    ui->progressBar->setValue(0);
    ui->progressBar->setVisible(true);
    setBusy(true);
    m_runner->apply(writes);
}

void OktaSetupDialog::stop()
{
    m_client->cancel();
}

void OktaSetupDialog::reject()
{
    if (m_busy)
        return stop(); // Close during a run stops it first
    m_token.clear();
    QDialog::reject();
}

void OktaSetupDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui->readButton->setEnabled(!busy);
    ui->cancelButton->setEnabled(busy);
    ui->applyButton->setEnabled(!busy && !m_plan.isEmpty() && !m_plan.isBlocked());
}

void OktaSetupDialog::showError(const Problem &error)
{
    ui->findingsLabel->showFindings({Finding::fromProblem(error)});
}
