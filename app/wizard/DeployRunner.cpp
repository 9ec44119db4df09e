#include "wizard/DeployRunner.h"

#include "core/ProvidersWriter.h"
#include "net/Deployer.h"
#include "wizard/AppPicker.h"
#include "wizard/DeployConnection.h"
#include "wizard/DeployMessages.h"
#include "wizard/DeployProgress.h"
#include "wizard/DeployResultView.h"
#include "wizard/DialogProvider.h"
#include "wizard/SigningKeyValuesEditor.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QLineEdit>

#include <utility>

DeployRunner::DeployRunner(Deployer *deployer, WizardModel *model, const Parts &parts, QWidget *panel)
    : QObject(panel), m_deployer(deployer), m_model(model), m_parts(parts), m_panel(panel)
{
    connect(m_deployer, &Deployer::finished, this, &DeployRunner::onDeployerFinished);
}

void DeployRunner::start(bool dryRun)
{
    startDeployer(dryRun, false, m_parts.picker->appId(m_parts.connection->appsKey()));
}

void DeployRunner::setConfirmHook(ConfirmHook hook)
{
    m_confirm = std::move(hook);
}

void DeployRunner::startDeployer(bool dryRun, bool replace, const QString &appId)
{
    Deployer::Request request;
    request.publicKey = m_parts.connection->publicKey();
    // Built anew for the replace run too: after the first run's login only the session is sent.
    request.privateKey = m_parts.connection->privateKeyToSend();
    request.groupId = m_parts.projectId->text().trimmed();
    request.clientAppId = m_parts.picker->clientAppId();
    request.appId = appId; // known from the App list: the Deployer skips its listing
    request.provider = ProvidersWriter::providerObject(m_model->settings());
    request.secretValues = m_parts.signingKeys->values();
    request.dryRun = dryRun;
    request.replace = replace;
    request.useDraft = !dryRun && m_parts.useDraft->isChecked();
    m_dryRun = dryRun;
    m_replacing = replace;
    m_deployer->start(request);
}

void DeployRunner::onDeployerFinished(const DeployResult &result)
{
    if (m_dryRun) {
        emit ending();
        m_model->setRemoteResult(WizardModel::Remote::Run::Diff, result);
        return m_parts.resultView->logResult();
    }
    if (result.outcome == DeployResult::Outcome::Blocked && !m_replacing) {
        // Asked from the event loop, not from inside the Deployer's signal; the panel stays busy meanwhile.
        QMetaObject::invokeMethod(
            this, [this, result] { askReplace(result); }, Qt::QueuedConnection);
        return;
    }
    finishDeploy(result);
}

void DeployRunner::finishDeploy(const DeployResult &result)
{
    if (result.ok())
        m_parts.signingKeys->clearValues(); // written: they are not kept, nor shown again
    emit ending();
    m_model->setRemoteResult(WizardModel::Remote::Run::Deploy, result);
    m_parts.resultView->logResult();
    emit deployed(result);
}

void DeployRunner::askReplace(const DeployResult &result)
{
    const QString title = tr("Replace the App's provider?");
    const QString text = DeployMessages::replaceQuestion(m_parts.picker->clientAppId(), result.plan);
    const QString details = ProviderDiff::lines(result.plan.diff).join(QLatin1Char('\n'));
    const bool replace = m_confirm ? m_confirm(title, text, details)
                                   : DialogProvider::current().confirm(m_panel, title, text, details);
    if (replace) {
        m_parts.progress->appendLog(tr("Replacing the App's custom-token provider, as confirmed."));
        return startDeployer(false, true, result.appId);
    }
    finishDeploy(result); // still Blocked: nothing was changed
}
