#include "wizard/WizardModel.h"

#include "core/ProviderValidator.h"
#include "core/ProvidersWriter.h"
#include "core/TokenChecker.h"

#include <QJsonDocument>

WizardModel::WizardModel(QObject *parent) : QObject(parent)
{
    revalidate();
}

void WizardModel::setSettings(const ProviderSettings &settings)
{
    m_settings = settings;
    m_discovery = Discovery();
    m_tokenCheck = TokenCheck();
    m_testLogin = TestLogin();
    m_remote = Remote();
    m_export = ExportOutcome();
    m_oktaSetup = OktaSetup();
    m_touched.clear();
    revalidate();
    emit reset();
    emit changed();
}

void WizardModel::update(const std::function<void(ProviderSettings &)> &edit)
{
    ProviderSettings next = m_settings;
    edit(next);
    // What discovery filled in belongs to the domain and server it was made for.
    if (next.discoveryInputs() != m_settings.discoveryInputs())
        next.forgetDiscovery();
    if (next == m_settings)
        return;
    m_settings = next;
    dropOutdatedResults();
    revalidate();
    emit changed();
}

bool WizardModel::isPristine() const
{
    return m_settings == ProviderSettings() && m_appDirectory.isEmpty();
}

Findings WizardModel::findingsFor(const QStringList &fields) const
{
    Findings out;
    for (const Finding &f : m_findings) {
        for (const QString &name : fields) {
            if (f.field == name ||
                (f.field.startsWith(name) && (f.field.at(name.size()) == QLatin1Char('[') ||
                                              f.field.at(name.size()) == QLatin1Char('.')))) {
                out << f;
                break;
            }
        }
    }
    return out;
}

void WizardModel::markTouched(const QString &field)
{
    if (m_touched.contains(field))
        return;
    m_touched.insert(field);
    emit changed();
}

bool WizardModel::isWaitingForInput(const Finding &f) const
{
    const bool topLevel = !f.field.contains(QLatin1Char('[')) && !f.field.contains(QLatin1Char('.'));
    return f.isError() && f.code.endsWith(QLatin1String("_empty")) && topLevel &&
           !m_touched.contains(f.field);
}

void WizardModel::setAppDirectory(const QString &dir)
{
    if (dir == m_appDirectory)
        return;
    m_appDirectory = dir;
    refreshExportTarget();
    dropOutdatedResults();
    emit appDirectoryChanged();
}

void WizardModel::refreshExportTarget()
{
    // Read when the directory is chosen, never per keystroke elsewhere in the wizard.
    m_exportTarget = AppDirectory::detect(m_appDirectory); // an empty path fails at once, untouched
}

QString WizardModel::beginDiscovery()
{
    m_discovery = Discovery();
    m_discovery.status = Discovery::Status::Running;
    m_discoveryInputs = m_settings.discoveryInputs();
    emit changed();
    return m_discoveryInputs;
}

void WizardModel::finishDiscovery(const QString &inputs, const Discovery &result)
{
    if (inputs != m_settings.discoveryInputs() || m_discovery.status != Discovery::Status::Running)
        return; // an answer for a domain or server that is no longer entered
    m_discovery = result;
    m_discoveryInputs = inputs;
    if (result.status == Discovery::Status::Found) {
        m_settings.issuer = result.issuer;
        m_settings.discoveredJwkUri = result.jwksUri; // verbatim, as Okta publishes it
    }
    dropOutdatedResults();
    revalidate();
    emit changed();
}

void WizardModel::setTokenCheck(const TokenCheckResult &result, const ProviderSettings &madeWith)
{
    m_tokenCheck.present = true;
    m_tokenCheck.result = result;
    m_tokenCheckInputs = madeWith.tokenCheckInputs();
    dropOutdatedResults();
    revalidate();
    emit changed();
}

namespace {
// A test login depends on everything the login and its prediction used: the token check's inputs and the
// metadata fields (which shape the data App Services builds).
QString testLoginInputs(const ProviderSettings &s)
{
    QStringList fields;
    for (const MetadataField &f : s.metadataFields)
        fields << f.name + QLatin1Char('=') + f.effectiveFieldName() +
                      (f.required ? QStringLiteral("!") : QString());
    return s.tokenCheckInputs() + QLatin1Char('\n') + fields.join(QLatin1Char('\t'));
}
} // namespace

void WizardModel::setTestLogin(const TestLogin &outcome, const ProviderSettings &madeWith)
{
    m_testLogin = outcome;
    m_testLogin.present = true;
    m_testLoginInputs = testLoginInputs(madeWith);
    dropOutdatedResults();
    emit resultsChanged();
}

void WizardModel::clearTestLogin()
{
    m_testLogin = TestLogin();
    emit resultsChanged();
}

void WizardModel::setOktaClientId(const QString &clientId)
{
    if (m_oktaClientId == clientId.trimmed())
        return;
    m_oktaClientId = clientId.trimmed();
    emit changed();
}

void WizardModel::clearTokenCheck()
{
    m_tokenCheck = TokenCheck();
    revalidate();
    emit changed();
}

void WizardModel::setExportOutcome(const AppDirectory::Export &result, bool declined)
{
    m_export.present = true;
    m_export.declined = declined;
    m_export.result = result;
    m_exportInputs = exportInputs();
    emit changed();
}

void WizardModel::setDeployConnection(const QString &baseUrl, const QString &publicKey)
{
    const QString connection = baseUrl.trimmed() + QLatin1Char('\n') + publicKey.trimmed();
    if (connection == m_deployConnection)
        return;
    m_deployConnection = connection;
    dropOutdatedResults();
    emit changed();
}

void WizardModel::setRemoteApps(const QList<AdminReply::App> &apps, const AdminApiError &error)
{
    m_remote = Remote();
    m_remote.run = Remote::Run::LoadApps;
    m_remote.apps = apps;
    m_remote.appsError = error;
    m_remoteInputs = appsInputs();
    emit changed();
}

void WizardModel::setRemoteResult(Remote::Run run, const DeployResult &result)
{
    m_remote = Remote();
    m_remote.run = run;
    m_remote.result = result;
    m_remoteInputs = remoteInputs();
    emit changed();
}

void WizardModel::clearRemote()
{
    const bool shown = m_remote.run != Remote::Run::None;
    m_remote = Remote();
    m_remote.dropped = shown;
    emit changed();
}

void WizardModel::dropOutdatedResults()
{
    if (m_discovery.status != Discovery::Status::None && m_discoveryInputs != m_settings.discoveryInputs())
        m_discovery = Discovery();
    if (m_tokenCheck.present) {
        // Other Okta, audience or Client App ID inputs make it another check; going back makes it current.
        m_tokenCheck.stale = m_tokenCheckInputs != m_settings.tokenCheckInputs();
        m_tokenCheck.result =
            TokenChecker::withMetadataFields(m_tokenCheck.result, m_settings.metadataFields);
    }
    if (m_testLogin.present)
        m_testLogin.stale = m_testLoginInputs != testLoginInputs(m_settings);
    if (m_remote.run != Remote::Run::None) {
        const QString now = m_remote.run == Remote::Run::LoadApps ? appsInputs() : remoteInputs();
        if (now != m_remoteInputs) {
            m_remote = Remote();
            m_remote.dropped = true;
        }
    }
    if (m_export.present && m_exportInputs != exportInputs())
        m_export = ExportOutcome();
    if (m_oktaSetup.present && m_oktaSetupInputs != m_settings.discoveryInputs())
        m_oktaSetup = OktaSetup();
}

void WizardModel::setOktaState(const OktaState &state, const QString &clientId)
{
    m_oktaSetup = {true, clientId, state};
    m_oktaSetupInputs = m_settings.discoveryInputs();
    emit resultsChanged();
}

QString WizardModel::remoteInputs() const
{
    const QByteArray provider =
        QJsonDocument(ProvidersWriter::providerObject(m_settings)).toJson(QJsonDocument::Compact);
    return appsInputs() + QLatin1Char('\n') + m_settings.clientAppId + QLatin1Char('\n') +
           QString::fromUtf8(provider);
}

QString WizardModel::appsInputs() const
{
    return m_deployConnection + QLatin1Char('\n') + m_settings.projectId.trimmed();
}

QString WizardModel::exportInputs() const
{
    return m_appDirectory + QLatin1Char('\n') + QString::fromUtf8(ProvidersWriter::providersFile(m_settings));
}

void WizardModel::revalidate()
{
    // A current token check proves which claims Okta puts into access tokens.
    const bool proven = m_tokenCheck.present && !m_tokenCheck.stale;
    m_findings = ProviderValidator::validate(m_settings, proven ? m_tokenCheck.result.claims : QJsonObject());
}
