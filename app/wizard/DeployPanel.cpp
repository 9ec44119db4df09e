#include "wizard/DeployPanel.h"

#include "net/AdminApiClient.h"
#include "net/Deployer.h"
#include "net/KeychainStore.h"
#include "ui_DeployPanel.h"
#include "wizard/Accessibility.h"
#include "wizard/AppListLoader.h"
#include "wizard/AppPicker.h"
#include "wizard/DeployConnection.h"
#include "wizard/DeployInputs.h"
#include "wizard/DeployResultView.h"
#include "wizard/DeployRunner.h"
#include "wizard/DeploySettings.h"
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
    m_resultView =
        std::make_unique<DeployResultView>(m_model, m_picker, m_progress.get(), ui->deployDiffTextEdit);
    m_signingKeys = new SigningKeyValuesEditor(this);
    m_signingKeys->setVisible(false);
    ui->panelLayout->insertWidget(ui->panelLayout->indexOf(ui->connectionFormLayout) + 1, m_signingKeys);
    m_connection =
        new DeployConnection(m_client, m_keychain,
                             {ui->adminApiUrlLineEdit, ui->deployProjectIdLineEdit, ui->publicKeyLineEdit,
                              ui->privateKeyLineEdit, ui->rememberKeyCheckBox, ui->keychainStatusLabel},
                             this);
    m_runner = new DeployRunner(m_deployer, m_model,
                                {m_connection, m_picker, m_signingKeys, ui->deployProjectIdLineEdit,
                                 ui->useDraftCheckBox, m_progress.get(), m_resultView.get()},
                                this);
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
    connect(m_connection, &DeployConnection::edited, this, [this] {
        m_model->setDeployConnection(ui->adminApiUrlLineEdit->text(), ui->publicKeyLineEdit->text());
    });
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
    connect(m_loader, &AppListLoader::loggedIn, m_connection, &DeployConnection::loggedIn);
    connect(m_loader, &AppListLoader::finished, this, &DeployPanel::onAppsLoaded);
    connect(m_deployer, &Deployer::appsListed, this,
            [this](const QList<AdminReply::App> &apps) { m_picker->fill(apps, m_connection->appsKey()); });
    connect(m_deployer, &Deployer::planReady, this,
            [this](const DeployPlan &plan) { m_resultView->showPlan(plan); });
    connect(m_deployer, &Deployer::draftConflict, this,
            [this](const QString &draftId, const QStringList &diff) {
                m_resultView->showDraftConflict(draftId, diff);
            });
    connect(m_runner, &DeployRunner::ending, this, &DeployPanel::end);
    connect(m_runner, &DeployRunner::deployed, this, &DeployPanel::deployed);
    render();
}

DeployPanel::~DeployPanel() = default;

QString DeployPanel::clientAppId() const
{
    return m_picker->clientAppId();
}

QString DeployPanel::appId() const
{
    return m_picker->appId(m_connection->appsKey());
}

QString DeployPanel::adminApiUrl() const
{
    return m_connection->adminApiUrl();
}

QString DeployPanel::publicKey() const
{
    return m_connection->publicKey();
}

QString DeployPanel::privateKey() const
{
    return m_connection->privateKey();
}

void DeployPanel::setConnection(const QString &baseUrl, const QString &projectId, const QString &publicKey,
                                const QString &privateKey)
{
    m_connection->set(baseUrl, publicKey, privateKey);
    m_model->update([&projectId](ProviderSettings &s) { s.projectId = projectId; });
}

void DeployPanel::setConfirmHook(ConfirmHook hook)
{
    m_runner->setConfirmHook(std::move(hook));
}

void DeployPanel::disallowKeychain()
{
    m_connection->disallowKeychain();
}

void DeployPanel::loadApps()
{
    if (isBusy() || !prepare(false))
        return;
    begin(Run::LoadApps, tr("Load apps"));
    m_loader->start(m_connection->publicKey(), m_connection->privateKeyToSend(),
                    ui->deployProjectIdLineEdit->text().trimmed());
}

void DeployPanel::showDiff()
{
    if (isBusy() || !prepare(true))
        return;
    begin(Run::Diff, tr("Show diff"));
    m_runner->start(true);
}

void DeployPanel::deploy()
{
    if (isBusy() || !prepare(true))
        return;
    begin(Run::Deploy, tr("Deploy"));
    m_runner->start(false);
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
    inputs.baseUrl = m_connection->adminApiUrl();
    inputs.projectId = ui->deployProjectIdLineEdit->text().trimmed();
    inputs.publicKey = m_connection->publicKey();
    inputs.havePrivateKey = !m_connection->privateKey().isEmpty() || m_connection->sessionOpen();
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
    m_progress->begin(title, tr("Working…"));
    if (run != Run::LoadApps)
        m_resultView->clearDetail();
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

void DeployPanel::onAppsLoaded(const QList<AdminReply::App> &apps, const AdminApiError &error)
{
    if (error.isNull())
        m_picker->fill(apps, m_connection->appsKey());
    end();
    m_model->setRemoteApps(apps, error);
    m_resultView->logResult();
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
    m_resultView->render();
}

void DeployPanel::onStepStarted(DeployStep::Id step, const QString &description)
{
    m_progress->stepStarted(step, description);
}

void DeployPanel::onStepFinished(DeployStep::Id step, bool ok, const QString &detail)
{
    m_progress->stepFinished(step, ok, detail);
    if (step == DeployStep::Login && ok && sender() == m_deployer)
        m_connection->loggedIn();
}

void DeployPanel::saveSettings() const
{
    m_connection->save(ui->useDraftCheckBox->isChecked());
}

void DeployPanel::restoreSettings()
{
    const DeploySettings::Values v = DeploySettings::restore();
    ui->useDraftCheckBox->setChecked(v.useDraft);
    m_connection->restore(v, isVisible());
}

void DeployPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_connection->shown();
}
