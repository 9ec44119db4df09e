#include "cli/DiscoverCommand.h"

#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "core/DiscoveryDocument.h"
#include "core/JwkSet.h"
#include "core/OktaValidator.h"
#include "core/TokenChecker.h"
#include "net/OktaClient.h"

#include <QJsonArray>

CliOptions DiscoverCommand::options() const
{
    // The two provider options discovery needs, with the same text as everywhere else.
    CliOptions rows;
    for (const CliOption &o : ProviderOptions::options())
        if (o.name == QLatin1String("okta-domain") || o.name == QLatin1String("auth-server"))
            rows << o;
    return rows + CliNetwork::options() + CliOptions{CliOption::json()};
}

void DiscoverCommand::start(const CommandArgs &parser, const QStringList &)
{
    m_json = parser.isSet(QStringLiteral("json"));
    const QString domain = parser.value(QStringLiteral("okta-domain"));
    const Findings domainFindings = OktaValidator::validateDomain(domain);
    if (hasErrors(domainFindings)) {
        CliOutput::fail(domainFindings);
        finish(ExitCheckFailed);
        return;
    }
    QString error;
    const int timeout = CliNetwork::timeoutMs(parser);
    if (!CliNetwork::configure(parser, &error) || timeout == 0) {
        CliOutput::error(QStringLiteral("usage"),
                         timeout == 0 ? QStringLiteral("--timeout needs a positive number of seconds")
                                      : error);
        finish(ExitUsage);
        return;
    }
    m_warnings = domainFindings;
    m_client = new OktaClient(CliNetwork::createManager(this), this);
    m_client->setTimeout(timeout);
    connect(m_client, &OktaClient::failed, this, [this](const Problem &p) {
        const Finding f = Finding::fromProblem(p);
        if (m_json)
            CliOutput::json({{QStringLiteral("ok"), false}, {QStringLiteral("error"), f.toJson()}});
        CliOutput::fail(m_warnings, f, m_json);
        finish(ExitRemote);
    });
    connect(m_client, &OktaClient::discovered, this,
            [this](const DiscoveryDocument &doc, const Findings &warnings) {
                m_warnings << warnings;
                m_issuer = doc.issuer();
                m_client->fetchJwks(doc.jwksUri());
            });
    connect(m_client, &OktaClient::jwksReady, this, [this](const QString &jwksUri, const JwkSet &keys, bool) {
        m_warnings << TokenChecker::jwksWarnings(keys);
        QJsonArray keyList;
        QString text = QStringLiteral("issuer:   %1\njwks_uri: %2\nkeys:\n").arg(m_issuer, jwksUri);
        for (const Jwk &k : keys.keys()) {
            keyList.append(QJsonObject{{QStringLiteral("kid"), k.kid()},
                                       {QStringLiteral("kty"), k.kty()},
                                       {QStringLiteral("alg"), k.alg()},
                                       {QStringLiteral("use"), k.use()}});
            text += QStringLiteral("  %1  %2 %3 %4\n")
                        .arg(k.hasKid() ? k.kid() : QStringLiteral("(no kid)"), k.kty(),
                             k.alg().isEmpty() ? QStringLiteral("-") : k.alg(),
                             k.use().isEmpty() ? QStringLiteral("-") : k.use());
        }
        if (m_json) {
            CliOutput::json({{QStringLiteral("ok"), true},
                             {QStringLiteral("issuer"), m_issuer},
                             {QStringLiteral("jwks_uri"), jwksUri},
                             {QStringLiteral("keys"), keyList},
                             {QStringLiteral("warnings"), CliOutput::findingsJson(m_warnings)}});
        } else {
            CliOutput::out(text);
            CliOutput::warnings(m_warnings);
        }
        finish(ExitOk);
    });
    m_client->discover(domain, parser.value(QStringLiteral("auth-server")));
}

void DiscoverCommand::finish(int exitCode)
{
    if (m_client)
        m_client->disconnect(this);
    Q_EMIT finished(exitCode);
}
