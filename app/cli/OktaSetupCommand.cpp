#include "cli/OktaSetupCommand.h"

#include "core/FieldKeys.h"

#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/OktaTokenSource.h"
#include "cli/ProviderOptions.h"
#include "core/DiscoveryDocument.h"
#include "core/JournalFile.h"
#include "core/ProviderValidator.h"
#include "net/OktaAdminClient.h"
#include "net/OktaClient.h"
#include "net/OktaSetupRunner.h"

#include <QJsonObject>

QString OktaSetupCommand::summary() const
{
    return QStringLiteral(
        "Set up Okta's side (audience, access policy, rule, access-token claims) through the "
        "Okta Management API.");
}

CliOptions OktaSetupCommand::options() const
{
    using O = CliOption;
    const O::Group g = O::Group::Command;
    return CliOptions{
               O::valued(QStringLiteral("client-app-id"), QStringLiteral("ID"),
                         QStringLiteral("The App Services Client App ID."), g),
               O::valued(QStringLiteral("client-id"), QStringLiteral("CID"),
                         QStringLiteral("The client id of the Okta app users sign in with."), g),
               O::valued(
                   QStringLiteral("create-auth-server"), QStringLiteral("NAME"),
                   QStringLiteral("Use (or create) a dedicated authorization server of this exact name whose "
                                  "audience is the Client App ID."),
                   g),
               O::flag(QStringLiteral("replace-audience"),
                       QStringLiteral(
                           "Change the server's audience to the Client App ID (apps relying on the old "
                           "audience stop accepting its tokens)."),
                       g),
               O::valued(QStringLiteral("group"), QStringLiteral("GID"),
                         QStringLiteral("A created rule admits this Okta group instead of EVERYONE."), g),
               O::valued(QStringLiteral("claim-value"), QStringLiteral("NAME=EXPR"),
                         QStringLiteral("The Okta expression of a claim without a known mapping, e.g. "
                                        "department=user.department."),
                         g)
                   .repeated(),
               O::flag(QStringLiteral("dry-run"), QStringLiteral("Print the plan; change nothing."), g)} +
           OktaTokenSource::options() + ProviderOptions::options() + CliNetwork::options() +
           CliOptions{O::json()};
}

void OktaSetupCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    m_json = parser.isSet(QStringLiteral("json"));
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    const ProviderOptions::Parsed provider = ProviderOptions::read(parser, rawArgs);
    if (!provider.ok)
        return fail(Finding::error(provider.errorCode, {}, provider.error), ExitUsage);
    m_settings = provider.settings;
    m_settings.clientAppId = parser.value(QStringLiteral("client-app-id"));
    m_clientId = parser.value(QStringLiteral("client-id"));
    if (m_settings.oktaDomain.isEmpty() || m_settings.clientAppId.isEmpty() || m_clientId.isEmpty())
        return fail(Finding::error(QStringLiteral("usage"), {},
                                   QStringLiteral("give --okta-domain, --client-app-id and --client-id")),
                    ExitUsage);
    m_options.createAuthServer = parser.value(QStringLiteral("create-auth-server")).trimmed();
    m_options.replaceAudience = parser.isSet(QStringLiteral("replace-audience"));
    m_options.group = parser.value(QStringLiteral("group")).trimmed();
    for (const QString &value : parser.values(QStringLiteral("claim-value"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString name = value.left(eq).trimmed();
        const QString expression = value.mid(eq + 1).trimmed();
        if (eq <= 0 || name.isEmpty() || name.contains(QLatin1Char('.')) || expression.isEmpty() ||
            expression.size() > 1024)
            return fail(Finding::error(
                            QStringLiteral("usage"), QStringLiteral("claim-value"),
                            QStringLiteral("--claim-value takes NAME=EXPRESSION: a top-level claim name and "
                                           "an Okta expression of at most 1024 characters")),
                        ExitUsage);
        m_options.claimValues.insert(name, expression);
    }
    Findings checks =
        provider.findings + ProviderValidator::validateTarget(QString(), m_settings.clientAppId);
    // The setup is the fix for claim_not_in_access_token; its plan says what is still missing.
    checks.removeIf([](const Finding &f) { return f.code == QLatin1String("claim_not_in_access_token"); });
    if (hasErrors(checks)) {
        m_notes = checks;
        return finish(ExitCheckFailed);
    }
    m_notes = checks;
    QString error;
    const int timeout = CliNetwork::timeoutMs(parser);
    if (!CliNetwork::configure(parser, &error) || timeout == 0)
        return fail(
            Finding::error(QStringLiteral("usage"), {},
                           timeout == 0 ? QStringLiteral("--timeout takes a positive number") : error),
            ExitUsage);
    QNetworkAccessManager *nam = CliNetwork::createManager(this);
    m_client = new OktaAdminClient(nam, this);
    m_okta = new OktaClient(nam, this);
    m_okta->setTimeout(timeout);
    m_client->setTimeout(timeout);
    if (const Result<void> aimed = m_client->setOktaDomain(m_settings.oktaDomain); !aimed)
        return fail(Finding::error(QStringLiteral("usage"), FieldKeys::OktaDomain, aimed.problem().message),
                    ExitUsage);
    m_runner = new OktaSetupRunner(m_client, this);
    m_runner->setJournalPath(JournalFile::defaultPath());
    connect(m_runner, &OktaSetupRunner::failed, this,
            [this](const Problem &p) { fail(Finding::fromProblem(p), ExitRemote); });
    connect(m_runner, &OktaSetupRunner::stateRead, this, &OktaSetupCommand::discover);
    connect(m_okta, &OktaClient::failed, this,
            [this](const Problem &p) { fail(Finding::fromProblem(p), ExitRemote); });
    connect(m_runner, &OktaSetupRunner::stepDone, this, [this](int i) {
        m_applied.append(m_plan.steps().at(i).toJson());
        if (!m_json)
            CliOutput::out(QStringLiteral("ok   %1\n").arg(m_plan.steps().at(i).detail));
    });
    connect(m_runner, &OktaSetupRunner::applied, this, [this] {
        if (!m_json)
            CliOutput::out(tr("Okta is set up: %n change(s) applied.\n", nullptr, int(m_applied.size())));
        finish(ExitOk);
    });
    OktaTokenSource::read(
        this, m_keychain, parser, m_settings.oktaDomain,
        [this](const QByteArray &token) {
            m_client->setToken(token);
            m_runner->read(m_settings.authServerId, m_clientId, m_options.createAuthServer);
        },
        [this] { Q_EMIT finished(ExitUsage); });
}

void OktaSetupCommand::discover()
{
    m_state = m_runner->state();
    if (!m_state.server)
        return planned(); // a server still to be created, or none: nothing published to check yet
    connect(m_okta, &OktaClient::discovered, this,
            [this](const DiscoveryDocument &document, const Findings &) {
                m_settings.issuer = document.issuer(); // the plan compares it with the server's own
                m_okta->fetchJwks(document.jwksUri());
            });
    connect(m_okta, &OktaClient::jwksReady, this, [this](const QString &, const JwkSet &keys, bool) {
        m_state.keys = keys;
        planned();
    });
    m_okta->discover(m_settings.oktaDomain, m_state.server->id);
}

void OktaSetupCommand::planned()
{
    m_plan = OktaSetupPlan::make(m_state, m_settings, m_settings.clientAppId, m_clientId, m_options);
    printPlan();
    if (m_plan.isBlocked())
        return finish(ExitCheckFailed);
    const QString audience = m_plan.alignedAudience();
    if (!audience.isEmpty()) {
        // Both ends are checked together: nothing is written while App Services would refuse the tokens.
        const Finding mismatch = Finding::error(
            QStringLiteral("audience_mismatch"), FieldKeys::Audience,
            QStringLiteral(
                "the authorization server issues tokens for audience %1, which App Services would not "
                "accept; nothing was changed")
                .arg(audience),
            QStringLiteral(
                "set the App Services audience to it (add --audience %1 here and to deploy), or use "
                "--replace-audience or --create-auth-server NAME")
                .arg(audience));
        return fail(mismatch, ExitCheckFailed);
    }
    if (m_plan.isEmpty()) {
        if (!m_json)
            CliOutput::out(QStringLiteral("Nothing to do: Okta already issues what App Services needs.\n"));
        return finish(ExitOk);
    }
    if (m_dryRun)
        return finish(ExitOk);
    m_runner->apply(m_plan.steps());
}

void OktaSetupCommand::printPlan() const
{
    if (m_json)
        return;
    const OktaState &s = m_state;
    QString text = QStringLiteral("Okta %1\n").arg(m_client->baseUrl().toString());
    if (s.server)
        text += QStringLiteral("  server %1 (%2), audience %3, %4, %5\n")
                    .arg(s.server->name, s.server->id, s.server->audiences.value(0),
                         tr("%n access policy(ies)", nullptr, int(s.policies.size())),
                         tr("%n claim(s)", nullptr, int(s.claims.size())));
    text +=
        s.app
            ? QStringLiteral("  app %1 (%2, %3)\n").arg(s.app->label, s.app->clientId, s.app->applicationType)
            : QStringLiteral("  app %1: not found\n").arg(m_clientId);
    text += m_plan.isEmpty() ? QStringLiteral("Plan: nothing to change.\n") : QStringLiteral("Plan:\n");
    for (int i = 0; i < m_plan.steps().size(); ++i)
        text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(m_plan.steps().at(i).detail);
    CliOutput::out(text);
}

void OktaSetupCommand::fail(const Finding &error, int exitCode)
{
    finish(exitCode, error);
}

void OktaSetupCommand::finish(int exitCode, const Finding &error)
{
    const Findings findings = m_notes + m_plan.findings();
    if (m_json) {
        QJsonObject doc{{QStringLiteral("ok"), exitCode == ExitOk},
                        {QStringLiteral("state"), m_state.toJson()},
                        {QStringLiteral("plan"), m_plan.stepsJson()},
                        {QStringLiteral("applied"), m_applied},
                        {QStringLiteral("findings"), CliOutput::findingsJson(findings)}};
        if (!error.code.isEmpty())
            doc.insert(QStringLiteral("error"), error.toJson());
        CliOutput::json(doc);
    }
    if (exitCode != ExitOk)
        CliOutput::fail(findings, error, m_json);
    else if (!m_json)
        CliOutput::warnings(findings);
    Q_EMIT finished(exitCode);
}
