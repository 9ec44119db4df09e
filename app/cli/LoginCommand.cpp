#include "cli/LoginCommand.h"

#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/CliSignIn.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "core/Jwt.h"
#include "core/ProviderValidator.h"
#include "core/TokenCheckResult.h"
#include "net/OktaClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

CliOptions LoginCommand::options() const
{
    using O = CliOption;
    return CliSignIn::options() +
           CliOptions{
               O::valued(QStringLiteral("client-app-id"), QStringLiteral("ID"),
                         QStringLiteral("The App Services Client App ID the token is checked against."),
                         O::Group::Command),
               O::valued(QStringLiteral("output"), QStringLiteral("FILE"),
                         QStringLiteral("Write the raw access token to FILE (mode 0600, atomically), or - "
                                        "for stdout. Without it the token is never printed."),
                         O::Group::Output, O::Value::File)
                   .withShort(QStringLiteral("o"))} +
           ProviderOptions::options(ProviderOptions::Use::Check) + CliNetwork::options() +
           CliOptions{O::json()};
}

bool LoginCommand::writeToken(const QString &path, const QByteArray &token, QString *error)
{
    QSaveFile file(path);
    const QByteArray data = token + '\n';
    // The temporary file gets 0600 before the token is in it; commit() keeps that mode.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(data) == data.size() && file.flush() && file.commit();
    if (!ok)
        *error = QStringLiteral("cannot write the token to %1: %2").arg(path, file.errorString());
    return ok;
}

void LoginCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    m_json = parser.isSet(QStringLiteral("json"));
    m_output = parser.value(QStringLiteral("output"));
    ProviderOptions::Parsed options = ProviderOptions::read(parser, rawArgs, ProviderOptions::Use::Check);
    if (!options.ok) {
        CliOutput::error(options.errorCode, options.error);
        return Q_EMIT finished(ExitUsage);
    }
    options.settings.clientAppId = parser.value(QStringLiteral("client-app-id"));
    m_oktaDomain = options.settings.oktaDomain;
    m_authServer = options.settings.authServerId;
    m_options = TokenCheckOptions::fromSettings(options.settings);
    m_settings = options.settings;
    m_notes = options.findings;
    const int timeout = CliNetwork::timeoutMs(parser);
    QString error;
    if (timeout == 0 || !CliNetwork::configure(parser, &error)) {
        CliOutput::error(QStringLiteral("usage"),
                         timeout == 0 ? QStringLiteral("--timeout takes a positive number") : error);
        return Q_EMIT finished(ExitUsage);
    }
    if (m_json && m_output == QLatin1String("-")) {
        CliOutput::error(QStringLiteral("usage"),
                         QStringLiteral("-o - and --json both want stdout; pick one"));
        return Q_EMIT finished(ExitUsage);
    }
    m_signIn = new CliSignIn(this);
    if (!m_signIn->configure(parser, m_oktaDomain, m_authServer, timeout, &error)) {
        CliOutput::error(QStringLiteral("usage"), error);
        return Q_EMIT finished(ExitUsage);
    }
    QNetworkAccessManager *nam = CliNetwork::createManager(this);
    m_client = new OktaClient(nam, this);
    m_client->setTimeout(timeout);
    connect(m_signIn, &CliSignIn::signedIn, this, &LoginCommand::signedIn);
    connect(m_signIn, &CliSignIn::failed, this,
            [this](const Problem &p) { fail(Finding::fromProblem(p), CliSignIn::exitCodeFor(p)); });
    connect(m_client, &OktaClient::tokenChecked, this, &LoginCommand::report);
    connect(m_client, &OktaClient::failed, this,
            [this](const Problem &p) { fail(Finding::fromProblem(p), ExitRemote); });
    m_signIn->start(nam);
}

void LoginCommand::signedIn(const OktaSignIn::Tokens &tokens)
{
    m_tokens = tokens;
    if (!m_output.isEmpty() && m_output != QLatin1String("-")) {
        QString error;
        if (!writeToken(m_output, tokens.accessToken, &error))
            return fail(Finding::error(QStringLiteral("output"), QStringLiteral("output"), error), ExitUsage);
    }
    if (m_options.audience.isEmpty() && m_options.clientAppId.isEmpty()) {
        // Nothing to compare aud with: the check takes the token's own audience and says so.
        const QJsonValue aud =
            Jwt::parse(tokens.accessToken).valueOr(Jwt()).claims().value(QStringLiteral("aud"));
        for (const QJsonValue &a : aud.isArray() ? aud.toArray() : QJsonArray{aud})
            m_options.audience << a.toString();
        m_notes << Finding::warning(
            QStringLiteral("audience_unchecked"), QStringLiteral("aud"),
            QStringLiteral("The audience was not checked: no --client-app-id or --audience."),
            QStringLiteral("Give --client-app-id to see whether App Services accepts it."));
    }
    m_client->discoverAndVerify(m_oktaDomain, m_authServer, tokens.accessToken, m_options);
}

void LoginCommand::report(const TokenCheckResult &result)
{
    // A claim the signed-in user's token carries is no longer "missing from access tokens".
    const Findings findings = ProviderValidator::withoutDisproved(m_notes, m_settings, result.claims) +
                              result.warnings + result.failures;
    if (m_output == QLatin1String("-"))
        CliOutput::outBytes(m_tokens.accessToken + '\n');
    if (m_json) {
        CliOutput::json({{QStringLiteral("ok"), result.isValid()},
                         {QStringLiteral("token_type"), m_tokens.tokenType},
                         {QStringLiteral("expires_in"), m_tokens.expiresIn},
                         {QStringLiteral("scope"), m_tokens.scope},
                         {QStringLiteral("claims"), result.claims},
                         {QStringLiteral("check"), result.toJson()}});
    } else if (m_output != QLatin1String("-")) {
        CliOutput::out(
            QStringLiteral("Signed in as %1 (%2 token, expires in %3 s, scope %4)\nclaims: %5\n%6\n")
                .arg(result.claims.value(QStringLiteral("sub")).toString(), m_tokens.tokenType)
                .arg(m_tokens.expiresIn)
                .arg(
                    m_tokens.scope,
                    QString::fromUtf8(QJsonDocument(result.claims).toJson(QJsonDocument::Indented)).trimmed(),
                    result.isValid() ? QStringLiteral("valid: App Services would accept this token")
                                     : QStringLiteral("invalid: %1").arg(result.failureCodes().join(", "))));
    }
    if (result.isValid())
        CliOutput::warnings(findings);
    else
        CliOutput::fail(findings, {}, m_json);
    m_tokens = {};
    Q_EMIT finished(result.isValid() ? ExitOk : ExitCheckFailed);
}

void LoginCommand::fail(const Finding &error, int exitCode)
{
    if (m_json)
        CliOutput::json({{QStringLiteral("ok"), false}, {QStringLiteral("error"), error.toJson()}});
    CliOutput::fail(m_notes, error, m_json);
    m_tokens = {};
    Q_EMIT finished(exitCode);
}
