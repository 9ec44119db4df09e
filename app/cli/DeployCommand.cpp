#include "cli/DeployCommand.h"

#include "cli/AdminOptions.h"
#include "cli/CliKeychain.h"
#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "core/DiscoveryDocument.h"
#include "core/ProviderValidator.h"
#include "core/ProvidersWriter.h"
#include "net/AdminApiClient.h"
#include "net/AdminTransport.h"
#include "net/Deployer.h"
#include "net/OktaClient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
// The provider a create would POST, written as App Services writes it, indented under the heading.
QString indented(const QJsonObject &provider)
{
    QString text;
    const JsonStyle style;
    const QString json = ProvidersWriter::valueText(provider, style, 0);
    for (const QString &line : json.split(style.newline, Qt::SkipEmptyParts))
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}
} // namespace

QString DeployCommand::name() const
{
    return m_mode == Mode::Diff ? QStringLiteral("diff") : QStringLiteral("deploy");
}

QString DeployCommand::summary() const
{
    return m_mode == Mode::Diff ? QStringLiteral("Show what differs between the App's provider and yours.")
                                : QStringLiteral("Create or update the provider through the Admin API.");
}

CliOptions DeployCommand::options() const
{
    using O = CliOption;
    CliOptions rows;
    if (m_mode == Mode::Deploy)
        rows = {
            O::flag(QStringLiteral("dry-run"), QStringLiteral("Show the plan and the diff; send no write."),
                    O::Group::Command),
            O::flag(QStringLiteral("replace"),
                    QStringLiteral("Replace a different existing custom-token provider."), O::Group::Command),
            O::flag(QStringLiteral("draft"),
                    QStringLiteral("Group the writes in a draft, deploy it and wait."), O::Group::Command)};
    return rows + ProviderOptions::options() + AdminOptions::options() + CliNetwork::options() +
           CliOptions{O::json()};
}

void DeployCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    m_json = parser.isSet(QStringLiteral("json"));
    const ProviderOptions::Parsed provider = ProviderOptions::read(parser, rawArgs);
    if (!provider.ok) {
        CliOutput::error(provider.errorCode, provider.error);
        return finish(ExitUsage);
    }
    if (hasErrors(provider.findings)) {
        CliOutput::fail(provider.findings);
        return finish(ExitCheckFailed);
    }
    m_notes = provider.findings;
    const AdminOptions::Parsed admin = AdminOptions::read(parser);
    QString error;
    Deployer::Request request;
    const int timeout = CliNetwork::timeoutMs(parser);
    request.secretValues = provider.signingKeyValues;
    if (!admin.ok || !CliNetwork::configure(parser, &error) || timeout == 0) {
        CliOutput::error(admin.ok ? QStringLiteral("usage") : admin.errorCode,
                         admin.ok
                             ? (timeout == 0 ? QStringLiteral("--timeout takes a positive number") : error)
                             : admin.error);
        return finish(ExitUsage);
    }
    // Both ids go into request paths: refuse what is not an id before anything is sent.
    const Findings target = ProviderValidator::validateTarget(admin.projectId, admin.clientAppId);
    if (hasErrors(target)) {
        CliOutput::fail(target);
        return finish(ExitCheckFailed);
    }
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9_-]*$"));
    if (!idShape.match(admin.appId).hasMatch()) {
        CliOutput::error(QStringLiteral("usage"),
                         QStringLiteral("--app-id takes the App's _id (letters, digits)"));
        return finish(ExitUsage);
    }
    auto *nam = CliNetwork::createManager(this);
    auto *client = new AdminApiClient(nam, this);
    client->transport()->setTimeout(timeout); // also bounds the waits between retries
    if (const auto set = client->transport()->setBaseUrl(admin.baseUrl); !set) {
        CliOutput::error(QStringLiteral("usage"), set.problem().message);
        return finish(ExitUsage);
    }
    m_deployer = new Deployer(client, this);
    connect(m_deployer, &Deployer::finished, this, &DeployCommand::report);
    connect(m_deployer, &Deployer::logLine, this, [this](const QString &line) { m_log << line; });
    if (!m_json)
        connect(m_deployer, &Deployer::stepFinished, this,
                [](DeployStep::Id, bool ok, const QString &detail) {
                    CliOutput::out(QStringLiteral("%1 %2\n").arg(
                        ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), detail));
                });

    request.publicKey = admin.publicKey;
    request.privateKey = admin.privateKey;
    request.groupId = admin.projectId;
    request.clientAppId = admin.clientAppId;
    request.appId = admin.appId;
    m_dryRun = m_mode == Mode::Deploy && parser.isSet(QStringLiteral("dry-run"));
    request.dryRun = m_mode == Mode::Diff || m_dryRun;
    request.replace = m_mode == Mode::Deploy && parser.isSet(QStringLiteral("replace"));
    request.useDraft = m_mode == Mode::Deploy && parser.isSet(QStringLiteral("draft"));
    const ProviderSettings &s = provider.settings;
    const bool discover = s.verification == ProviderSettings::Verification::JwkUri && !s.oktaDomain.isEmpty();
    request.providerLater = discover;
    if (!discover)
        request.provider = ProvidersWriter::providerObject(s);
    if (!request.privateKey.isEmpty())
        return launch(request, s, discover);
    // Third source of the private key: the system keychain entry the wizard saved for this public key.
    CliKeychain::readPrivateKey(
        this, m_keychain, request.publicKey,
        [this, request, s, discover](const QString &privateKey) mutable {
            request.privateKey = privateKey;
            launch(request, s, discover);
        },
        [this] { finish(ExitUsage); });
}

void DeployCommand::launch(const Deployer::Request &request, const ProviderSettings &settings, bool discover)
{
    m_deployer->start(request);
    if (discover)
        discoverThenProvide(settings);
}

// Discovery runs while the Admin API login and reads are under way, so the two services are asked in
// parallel; the provider is planned only with the jwks_uri Okta itself publishes, and a broken Okta side
// stops the run before any write.
void DeployCommand::discoverThenProvide(const ProviderSettings &settings)
{
    m_okta = new OktaClient(CliNetwork::createManager(this), this);
    connect(m_okta, &OktaClient::discovered, this,
            [this, settings](const DiscoveryDocument &doc, const Findings &w) {
                m_notes << w;
                ProviderSettings s = settings;
                s.discoveredJwkUri = doc.jwksUri();
                m_deployer->provideLocal(ProvidersWriter::providerObject(s));
            });
    connect(m_okta, &OktaClient::failed, this, [this](const Problem &p) {
        m_notes << Finding::fromProblem(p);
        m_deployer->cancel();
    });
    m_okta->discover(settings.oktaDomain, settings.authServerId);
}

void DeployCommand::report(const DeployResult &result)
{
    const bool oktaFailed = hasErrors(m_notes);
    int code = oktaFailed ? ExitRemote : result.exitCode();
    if (m_mode == Mode::Diff && result.ok() && !result.hasDifferences())
        code = ExitOk;
    // A deploy dry run that could go ahead succeeded; only `diff` reports differences as exit 1.
    if (m_mode == Mode::Deploy && m_dryRun && result.ok() && !result.plan.isBlocked())
        code = ExitOk;
    const Finding failure = code == ExitOk || oktaFailed ? Finding() : failureOf(result);
    if (m_json) {
        QJsonObject doc = result.toJson();
        doc.insert(QStringLiteral("findings"), CliOutput::findingsJson(m_notes));
        doc.insert(QStringLiteral("log"), QJsonArray::fromStringList(m_log));
        CliOutput::json(doc);
        if (code != ExitOk)
            CliOutput::fail(m_notes, failure, true);
        return finish(code);
    }
    if (result.hasPlan) {
        QString text;
        for (const auto &entry : result.plan.diff)
            text += QStringLiteral("  ") + entry.toLine() + QLatin1Char('\n');
        if (!text.isEmpty())
            CliOutput::out(QStringLiteral("differences (remote → local):\n") + text);
        else if (result.plan.action == DeployPlan::ProviderAction::Create)
            CliOutput::out(QStringLiteral("the App has no custom-token provider yet: deploy creates this one "
                                          "(secret values are never shown):\n") +
                           indented(result.plan.provider));
        else if (m_mode == Mode::Diff && !result.hasDifferences())
            CliOutput::out(QStringLiteral("no differences: the App's custom-token provider matches\n"));
        if (m_mode == Mode::Diff && result.plan.hasWrites())
            CliOutput::out(
                QStringLiteral("deploy would: %1\n").arg(result.plan.steps().join(QStringLiteral("; "))));
    }
    if (code != ExitOk)
        CliOutput::fail(m_notes, failure);
    else
        CliOutput::warnings(m_notes);
    if (m_mode == Mode::Deploy || !result.ok())
        CliOutput::out(result.summary() + QLatin1Char('\n'));
    finish(code);
}

Finding DeployCommand::failureOf(const DeployResult &result) const
{
    if (!result.error.isNull())
        return Finding::error(result.error.code, QString(),
                              result.error.toLine().remove(0, result.error.code.size() + 2));
    if (m_mode == Mode::Deploy && result.plan.isBlocked())
        return Finding::error(QStringLiteral("replace_needed"), QString(),
                              tr("the App already has a different custom-token provider (%n field(s) "
                                 "differ); nothing was changed: pass --replace to overwrite it",
                                 nullptr, int(result.plan.diff.size())));
    if (result.plan.isBlocked())
        return Finding::error(QStringLiteral("provider_differs"), QString(),
                              tr("the App's custom-token provider differs from yours in %n field(s); "
                                 "deploy would need --replace to overwrite it",
                                 nullptr, int(result.plan.diff.size())));
    if (result.hasDifferences())
        return Finding::error(QStringLiteral("provider_differs"), QString(),
                              QStringLiteral("the App differs from your provider; deploy would: %1")
                                  .arg(result.plan.steps().join(QStringLiteral("; "))));
    return Finding::error(result.outcomeName(), QString(), result.summary());
}

void DeployCommand::finish(int exitCode)
{
    if (m_okta)
        m_okta->disconnect(this);
    Q_EMIT finished(exitCode);
}
