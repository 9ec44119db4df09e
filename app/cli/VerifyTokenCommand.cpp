#include "cli/VerifyTokenCommand.h"

#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "core/DiscoveryDocument.h"
#include "core/ProviderValidator.h"
#include "core/TokenCheckResult.h"
#include "net/OktaClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace {
// Reads the token from FILE or "-" (stdin), trimmed; the file may hold a trailing newline.
bool readToken(const QString &source, QByteArray *token, QString *error)
{
    QFile f;
    const bool ok = source == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                 : (f.setFileName(source), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot read the token from %1: %2").arg(source, f.errorString());
        return false;
    }
    // App Services refuses tokens over 1,000,000 characters; read a little more so the check can say so.
    *token = f.read(2'000'000).trimmed();
    return true;
}

// App Services has no issuer setting: an issuer_mismatch alone never makes the verdict "would refuse".
QString verdict(const TokenCheckResult &result)
{
    if (result.isValid())
        return QStringLiteral("valid: App Services would accept this token\n");
    const bool wrongIssuer = result.hasFailure(QStringLiteral("issuer_mismatch"));
    if (!result.refusedByAppServices())
        return QStringLiteral("invalid: App Services would accept this token, but its issuer is not the one "
                              "discovered (issuer_mismatch, a setup mistake)\n");
    QString text = QStringLiteral("invalid: App Services would refuse this token (%1)")
                       .arg(result.refusingCodes().join(QStringLiteral(", ")));
    if (wrongIssuer)
        text += QStringLiteral("; its issuer is not the one discovered either (issuer_mismatch, which App "
                               "Services does not check)");
    return text + QLatin1Char('\n');
}
} // namespace

CliOptions VerifyTokenCommand::options() const
{
    using O = CliOption;
    const O::Group g = O::Group::Command;
    return CliOptions{O::valued(QStringLiteral("client-app-id"), QStringLiteral("ID"),
                                QStringLiteral("The App Services Client App ID (aud must contain it when no "
                                               "--audience is given)."),
                                g),
                      O::valued(QStringLiteral("token-file"), QStringLiteral("F"),
                                QStringLiteral("Read the token from FILE, or - for stdin."), g,
                                O::Value::File)
                          .withDefault(QStringLiteral("-")),
                      O::valued(QStringLiteral("now"), QStringLiteral("EPOCH"),
                                QStringLiteral("Check as of this time (seconds since the epoch)."), g),
                      O::valued(QStringLiteral("leeway"), QStringLiteral("S"),
                                QStringLiteral("Clock leeway in seconds; App Services allows none."), g)
                          .withDefault(QStringLiteral("0"))} +
           ProviderOptions::options(ProviderOptions::Use::Check) + CliNetwork::options() +
           CliOptions{O::json()};
}

void VerifyTokenCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    m_json = parser.isSet(QStringLiteral("json"));
    ProviderOptions::Parsed options = ProviderOptions::read(parser, rawArgs, ProviderOptions::Use::Check);
    if (!options.ok) {
        CliOutput::error(options.errorCode, options.error);
        return finish(ExitUsage);
    }
    if (parser.isSet(QStringLiteral("client-app-id"))) {
        // Set after read() validated the settings, so the target is checked here.
        options.settings.clientAppId = parser.value(QStringLiteral("client-app-id"));
        options.findings << ProviderValidator::validateTarget(QString(), options.settings.clientAppId);
    }
    bool nowOk = true, leewayOk = false;
    const qint64 now =
        parser.isSet(QStringLiteral("now")) ? parser.value(QStringLiteral("now")).toLongLong(&nowOk) : -1;
    const qint64 leeway = parser.value(QStringLiteral("leeway")).toLongLong(&leewayOk);
    const int timeout = CliNetwork::timeoutMs(parser);
    QString error;
    if (!nowOk || now < -1 || !leewayOk || leeway < 0 || timeout == 0) {
        CliOutput::error(QStringLiteral("usage"),
                         QStringLiteral("--now, --leeway and --timeout take non-negative numbers"));
        return finish(ExitUsage);
    }
    if (!CliNetwork::configure(parser, &error) ||
        !readToken(parser.value(QStringLiteral("token-file")), &m_token, &error)) {
        CliOutput::error(QStringLiteral("input"), error);
        return finish(ExitUsage);
    }
    ProviderSettings &s = options.settings;
    if (s.verification != ProviderSettings::Verification::JwkUri) {
        CliOutput::error(QStringLiteral("usage"),
                         QStringLiteral("verify-token checks JWK URI providers; manual signing "
                                        "keys are not supported"));
        return finish(ExitUsage);
    }
    const Findings &config = options.findings;
    if (hasErrors(config)) {
        CliOutput::fail(config);
        return finish(ExitCheckFailed);
    }
    if (s.audience.isEmpty() && s.clientAppId.isEmpty()) {
        CliOutput::error(QStringLiteral("usage"),
                         QStringLiteral("give --client-app-id (or --audience): App Services "
                                        "checks aud against it"));
        return finish(ExitUsage);
    }
    m_notes = config;
    m_options = TokenCheckOptions::fromSettings(s);
    m_options.now = now;
    m_options.leeway = leeway;

    m_client = new OktaClient(CliNetwork::createManager(this), this);
    m_client->setTimeout(timeout);
    connect(m_client, &OktaClient::failed, this, [this](const Problem &p) { fail(Finding::fromProblem(p)); });
    connect(m_client, &OktaClient::tokenChecked, this, &VerifyTokenCommand::report);
    if (!s.oktaDomain.isEmpty()) {
        // The issuer comes from discovery, so it matches what Okta puts in iss byte for byte.
        connect(m_client, &OktaClient::discovered, this,
                [this, s](const DiscoveryDocument &doc, const Findings &w) {
                    m_notes << w;
                    m_options.expectedIssuer = doc.issuer();
                    if (s.jwkUri.isEmpty())
                        m_options.jwksUri = doc.jwksUri();
                    m_client->verifyToken(m_token, m_options);
                });
        m_client->discover(s.oktaDomain, s.authServerId);
    } else {
        m_notes << Finding::warning(QStringLiteral("issuer_unchecked"), QStringLiteral("iss"),
                                    QStringLiteral("The issuer was not checked: only --jwk-uri was given."),
                                    QStringLiteral("Give --okta-domain so the issuer comes from discovery."));
        m_client->verifyToken(m_token, m_options);
    }
}

void VerifyTokenCommand::report(const TokenCheckResult &result)
{
    const Findings findings = m_notes + result.warnings + result.failures;
    if (m_json) {
        QJsonObject doc = result.toJson();
        QJsonArray warnings = doc.value(QStringLiteral("warnings")).toArray();
        for (const Finding &f : std::as_const(m_notes)) {
            if (!f.isError())
                warnings.append(
                    QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
        }
        doc.insert(QStringLiteral("warnings"), warnings);
        CliOutput::json(doc);
        if (!result.isValid())
            CliOutput::fail(findings, {}, true);
    } else {
        if (result.isValid())
            CliOutput::warnings(findings);
        else
            CliOutput::fail(findings);
        QString text = verdict(result);
        if (!result.kid.isEmpty())
            text += QStringLiteral("kid: %1\n").arg(result.kid);
        if (result.jwksRefetched)
            text += QStringLiteral(
                        "jwks: fetched a second time: the first key set had no kid \"%1\" (Okta serves "
                        "it through caches, which can lag a key rotation)\n")
                        .arg(result.header.value(QStringLiteral("kid")).toString());
        if (result.isValid())
            text +=
                QStringLiteral("user data: %1\n")
                    .arg(QString::fromUtf8(QJsonDocument(result.userData).toJson(QJsonDocument::Compact)));
        CliOutput::out(text);
    }
    finish(result.isValid() ? ExitOk : ExitCheckFailed);
}

void VerifyTokenCommand::fail(const Finding &error)
{
    if (m_json)
        CliOutput::json({{QStringLiteral("valid"), false}, {QStringLiteral("error"), error.toJson()}});
    CliOutput::fail(m_notes, error, m_json);
    finish(ExitRemote);
}

void VerifyTokenCommand::finish(int exitCode)
{
    if (m_client)
        m_client->disconnect(this);
    Q_EMIT finished(exitCode);
}
