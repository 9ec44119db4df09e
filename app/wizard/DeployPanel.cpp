#include "wizard/DeployPanel.h"

#include "core/AdminRequests.h"
#include "core/ProvidersWriter.h"
#include "net/AdminApiClient.h"
#include "net/Deployer.h"
#include "net/KeychainStore.h"
#include "ui_DeployPanel.h"
#include "wizard/Accessibility.h"
#include "wizard/AppListLoader.h"
#include "wizard/AppPicker.h"
#include "wizard/DeployInputs.h"
#include "wizard/DeployMessages.h"
#include "wizard/DeploySettings.h"
#include "wizard/DialogProvider.h"
#include "wizard/KeychainBinding.h"
#include "wizard/SigningKeyValuesEditor.h"
#include "wizard/WizardModel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

#include <utility>

DeployPanel::DeployPanel(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent), ui(new Ui::DeployPanel), m_client(new AdminApiClient(nam, this)),
      m_deployer(new Deployer(m_client, this)), m_loader(new AppListLoader(m_client, this)),
      m_keychain(new KeychainStore(this)), m_model(model)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("deployPanel"));
    m_progress = std::make_unique<DeployProgress>(ui->deployStepsListWidget, ui->deployLogTextEdit,
                                                  ui->deployResultLabel);
    m_picker = new AppPicker(ui->appComboBox, this);
    m_signingKeys = new SigningKeyValuesEditor(this);
    m_signingKeys->setVisible(false);
    ui->panelLayout->insertWidget(ui->panelLayout->indexOf(ui->connectionFormLayout) + 1, m_signingKeys);
    m_keychainBinding = new KeychainBinding(m_keychain, ui->publicKeyLineEdit, ui->privateKeyLineEdit,
                                            ui->rememberKeyCheckBox, ui->keychainStatusLabel, this);
    ui->adminApiUrlLineEdit->setText(AdminRequests::defaultBaseUrl());
    ui->privateKeyLineEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                                Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->deployDiffTextEdit->setFont(fixed);
    ui->deployLogTextEdit->setFont(fixed);
    ui->copyLogButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    Accessibility::nameInputsFromBuddies(this);

    connect(ui->loadAppsButton, &QPushButton::clicked, this, &DeployPanel::loadApps);
    connect(ui->showDiffButton, &QPushButton::clicked, this, &DeployPanel::showDiff);
    connect(ui->deployButton, &QPushButton::clicked, this, &DeployPanel::deploy);
    connect(ui->cancelDeployButton, &QPushButton::clicked, this, &DeployPanel::cancel);
    connect(ui->copyLogButton, &QPushButton::clicked, this, &DeployPanel::copyLog);
    connect(ui->deployProjectIdLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &id) { m_model->update([&id](ProviderSettings &s) { s.projectId = id; }); });
    // Another host or key is another session: the next run logs in again, and earlier results are another
    // remote's.
    for (QLineEdit *edit : {ui->adminApiUrlLineEdit, ui->publicKeyLineEdit, ui->privateKeyLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!sessionOpen())
                m_client->forgetSession();
            m_model->setDeployConnection(ui->adminApiUrlLineEdit->text(), ui->publicKeyLineEdit->text());
        });
    }
    connect(m_picker, &AppPicker::picked, this, [this](const QString &id) {
        m_model->update([&id](ProviderSettings &s) { s.clientAppId = id; });
    });
    connect(m_model, &WizardModel::changed, this, &DeployPanel::render);

    // The transport's log lines name method, path, status and timing: never a body, header or key.
    connect(m_client->transport(), &AdminTransport::logged, this,
            [this](const AdminTransport::LogEntry &entry) { m_progress->appendLog(entry.toLine()); });
    connect(m_deployer, &Deployer::stepStarted, this, &DeployPanel::onStepStarted);
    connect(m_deployer, &Deployer::stepFinished, this, &DeployPanel::onStepFinished);
    connect(m_loader, &AppListLoader::stepStarted, this, &DeployPanel::onStepStarted);
    connect(m_loader, &AppListLoader::stepFinished, this, &DeployPanel::onStepFinished);
    connect(m_loader, &AppListLoader::loggedIn, this, &DeployPanel::onLoggedIn);
    connect(m_loader, &AppListLoader::finished, this, &DeployPanel::onAppsLoaded);
    connect(m_deployer, &Deployer::appsListed, this,
            [this](const QList<AdminReply::App> &apps) { m_picker->fill(apps, appsKey()); });
    connect(m_deployer, &Deployer::planReady, this, &DeployPanel::showPlan);
    connect(m_deployer, &Deployer::draftConflict, this,
            [this](const QString &draftId, const QStringList &diff) {
                ui->deployDiffTextEdit->setPlainText(DeployMessages::draftConflictText(draftId, diff));
                ui->deployDiffTextEdit->setVisible(true);
            });
    connect(m_deployer, &Deployer::finished, this, &DeployPanel::onDeployerFinished);
    render();
}

DeployPanel::~DeployPanel() = default;

QString DeployPanel::clientAppId() const
{
    return m_picker->clientAppId();
}

QString DeployPanel::appId() const
{
    return m_picker->appId(appsKey());
}

QString DeployPanel::adminApiUrl() const
{
    return ui->adminApiUrlLineEdit->text().trimmed();
}

QString DeployPanel::publicKey() const
{
    return ui->publicKeyLineEdit->text().trimmed();
}

QString DeployPanel::privateKey() const
{
    return ui->privateKeyLineEdit->text();
}

void DeployPanel::setConnection(const QString &baseUrl, const QString &projectId, const QString &publicKey,
                                const QString &privateKey)
{
    ui->adminApiUrlLineEdit->setText(baseUrl);
    ui->publicKeyLineEdit->setText(publicKey);
    ui->privateKeyLineEdit->setText(privateKey);
    m_client->forgetSession();
    m_model->update([&projectId](ProviderSettings &s) { s.projectId = projectId; });
}

void DeployPanel::disallowKeychain()
{
    ui->rememberKeyCheckBox->setChecked(false);
    ui->rememberKeyCheckBox->setEnabled(false);
}

void DeployPanel::loadApps()
{
    if (isBusy() || !prepare(false))
        return;
    begin(Run::LoadApps, tr("Load apps"));
    m_loader->start(ui->publicKeyLineEdit->text().trimmed(),
                    sessionOpen() ? QString() : ui->privateKeyLineEdit->text(),
                    ui->deployProjectIdLineEdit->text().trimmed());
}

void DeployPanel::showDiff()
{
    if (isBusy() || !prepare(true))
        return;
    begin(Run::Diff, tr("Show diff"));
    startDeployer(true, false, m_picker->appId(appsKey()));
}

void DeployPanel::deploy()
{
    if (isBusy() || !prepare(true))
        return;
    begin(Run::Deploy, tr("Deploy"));
    startDeployer(false, false, m_picker->appId(appsKey()));
}

void DeployPanel::cancel()
{
    if (m_loader->isRunning())
        m_loader->cancel(); // finished() follows with "cancelled"
    else if (m_deployer->isRunning())
        m_deployer->cancel(); // discards a draft it created, then finished(Cancelled)
}

void DeployPanel::copyLog()
{
    QGuiApplication::clipboard()->setText(m_progress->logText());
}

bool DeployPanel::prepare(bool needProvider)
{
    DeployInputs inputs;
    inputs.baseUrl = ui->adminApiUrlLineEdit->text().trimmed();
    inputs.projectId = ui->deployProjectIdLineEdit->text().trimmed();
    inputs.publicKey = ui->publicKeyLineEdit->text().trimmed();
    inputs.havePrivateKey = !ui->privateKeyLineEdit->text().isEmpty() || sessionOpen();
    inputs.provider = m_model->settings();
    inputs.clientAppId = clientAppId();
    QString problem = inputs.problem(needProvider);
    // A signing-key value is checked before anything is sent, as --signing-key NAME=FILE is.
    for (const Finding &f : m_signingKeys->findings()) {
        if (problem.isEmpty() && needProvider)
            problem = f.message + QLatin1Char(' ') + f.hint;
    }
    if (problem.isEmpty() && m_client->transport()->setBaseUrl(inputs.baseUrl))
        return true;
    m_progress->showResult(FindingLabel::Kind::Error, problem);
    return false;
}

void DeployPanel::begin(Run run, const QString &title)
{
    m_run = run;
    m_replacing = false;
    m_progress->begin(title, tr("Working…"));
    if (run != Run::LoadApps) {
        ui->deployDiffTextEdit->clear();
        ui->deployDiffTextEdit->setVisible(false);
    }
    for (QWidget *w : inputs())
        w->setEnabled(false);
    ui->cancelDeployButton->setVisible(true);
    ui->cancelDeployButton->setFocus();
    emit busyChanged(true);
}

void DeployPanel::end()
{
    m_run = Run::Idle;
    m_progress->end(tr("stopped"));
    for (QWidget *w : inputs())
        w->setEnabled(true);
    ui->cancelDeployButton->setVisible(false);
    ui->deployButton->setFocus();
    emit busyChanged(false);
}

// What a run locks; the log, the steps and the keychain check box stay usable.
QList<QWidget *> DeployPanel::inputs() const
{
    return {ui->adminApiUrlLineEdit, ui->deployProjectIdLineEdit,
            ui->publicKeyLineEdit,   ui->privateKeyLineEdit,
            ui->appComboBox,         ui->loadAppsButton,
            ui->showDiffButton,      ui->deployButton,
            ui->useDraftCheckBox,    m_signingKeys};
}

void DeployPanel::startDeployer(bool dryRun, bool replace, const QString &appId)
{
    Deployer::Request request;
    request.publicKey = ui->publicKeyLineEdit->text().trimmed();
    if (!sessionOpen()) // an open session is reused: no second login
        request.privateKey = ui->privateKeyLineEdit->text();
    request.groupId = ui->deployProjectIdLineEdit->text().trimmed();
    request.clientAppId = clientAppId();
    request.appId = appId; // known from the App list: the Deployer skips its listing
    request.provider = ProvidersWriter::providerObject(m_model->settings());
    request.secretValues = m_signingKeys->values();
    request.dryRun = dryRun;
    request.replace = replace;
    request.useDraft = !dryRun && ui->useDraftCheckBox->isChecked();
    m_replacing = replace;
    m_deployer->start(request);
}

void DeployPanel::onDeployerFinished(const DeployResult &result)
{
    if (m_run == Run::Diff) {
        end();
        m_model->setRemoteResult(WizardModel::Remote::Run::Diff, result);
        return m_progress->appendLog(resultMessage().text);
    }
    if (result.outcome == DeployResult::Outcome::Blocked && !m_replacing) {
        // Asked from the event loop, not from inside the Deployer's signal; the panel stays busy meanwhile.
        QMetaObject::invokeMethod(
            this, [this, result] { askReplace(result); }, Qt::QueuedConnection);
        return;
    }
    finishDeploy(result);
}

void DeployPanel::finishDeploy(const DeployResult &result)
{
    if (result.ok())
        m_signingKeys->clearValues(); // written: they are not kept, nor shown again
    end();
    m_model->setRemoteResult(WizardModel::Remote::Run::Deploy, result);
    m_progress->appendLog(resultMessage().text);
    emit deployed(result);
}

void DeployPanel::askReplace(const DeployResult &result)
{
    const QString title = tr("Replace the App's provider?");
    const QString text = DeployMessages::replaceQuestion(clientAppId(), result.plan);
    const QString details = ProviderDiff::lines(result.plan.diff).join(QLatin1Char('\n'));
    const bool replace = m_confirm ? m_confirm(title, text, details)
                                   : DialogProvider::current().confirm(this, title, text, details);
    if (replace) {
        m_progress->appendLog(tr("Replacing the App's custom-token provider, as confirmed."));
        return startDeployer(false, true, result.appId);
    }
    finishDeploy(result); // still Blocked: nothing was changed
}

void DeployPanel::onAppsLoaded(const QList<AdminReply::App> &apps, const AdminApiError &error)
{
    if (error.isNull())
        m_picker->fill(apps, appsKey());
    end();
    m_model->setRemoteApps(apps, error);
    m_progress->appendLog(resultMessage().text);
}

DeployMessages::Message DeployPanel::resultMessage() const
{
    return DeployMessages::remoteOutcome(m_model->remote(), m_model->settings().projectId.trimmed(),
                                         m_picker->wanted(), m_picker->hasSelection());
}

void DeployPanel::render()
{
    const ProviderSettings &s = m_model->settings();
    if (ui->deployProjectIdLineEdit->text() != s.projectId)
        ui->deployProjectIdLineEdit->setText(s.projectId);
    m_picker->setWanted(s.clientAppId);
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    m_signingKeys->setNames(manual ? s.signingKeyNames : QStringList());
    if (isBusy())
        return; // a run shows its own progress until it ends
    const DeployMessages::Message m = resultMessage();
    m_progress->showResult(m.kind, m.text);
    const QString detail = DeployMessages::remoteDetail(m_model->remote());
    if (ui->deployDiffTextEdit->toPlainText() != detail)
        ui->deployDiffTextEdit->setPlainText(detail);
    ui->deployDiffTextEdit->setVisible(!detail.isEmpty());
}

void DeployPanel::showPlan(const DeployPlan &plan)
{
    // Shown while the run goes on; when it ends, the model's result decides what stays.
    ui->deployDiffTextEdit->setPlainText(DeployMessages::planText(plan));
    ui->deployDiffTextEdit->setVisible(true);
}

void DeployPanel::onStepStarted(DeployStep::Id step, const QString &description)
{
    m_progress->stepStarted(step, description);
}

void DeployPanel::onStepFinished(DeployStep::Id step, bool ok, const QString &detail)
{
    m_progress->stepFinished(step, ok, detail);
    if (step == DeployStep::Login && ok && sender() == m_deployer)
        onLoggedIn();
}

void DeployPanel::onLoggedIn()
{
    m_sessionKey = connectionKey();
    m_keychainBinding->loggedIn();
}

QString DeployPanel::connectionKey() const
{
    return ui->adminApiUrlLineEdit->text().trimmed() + QLatin1Char('\n') +
           ui->publicKeyLineEdit->text().trimmed();
}

QString DeployPanel::appsKey() const
{
    return ui->adminApiUrlLineEdit->text().trimmed() + QLatin1Char('\n') +
           ui->deployProjectIdLineEdit->text().trimmed();
}

bool DeployPanel::sessionOpen() const
{
    return m_client->isLoggedIn() && m_sessionKey == connectionKey();
}

void DeployPanel::saveSettings() const
{
    DeploySettings::save({ui->adminApiUrlLineEdit->text().trimmed(), ui->publicKeyLineEdit->text().trimmed(),
                          ui->rememberKeyCheckBox->isChecked(), ui->useDraftCheckBox->isChecked()});
}

void DeployPanel::restoreSettings()
{
    const DeploySettings::Values v = DeploySettings::restore();
    ui->adminApiUrlLineEdit->setText(v.adminApiUrl);
    ui->publicKeyLineEdit->setText(v.publicKey);
    ui->rememberKeyCheckBox->setChecked(v.rememberKey);
    ui->useDraftCheckBox->setChecked(v.useDraft);
    m_client->forgetSession();
    m_keyReadPending = !isVisible();
    if (!m_keyReadPending)
        m_keychainBinding->readStoredKey();
}

void DeployPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_keyReadPending, false))
        m_keychainBinding->readStoredKey();
}
