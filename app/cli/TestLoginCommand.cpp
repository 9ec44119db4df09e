#include "cli/TestLoginCommand.h"

#include "core/ProviderValidator.h"

#include "cli/AdminOptions.h"
#include "cli/CliKeychain.h"
#include "cli/CliNetwork.h"
#include "cli/CliOutput.h"
#include "cli/CliSignIn.h"
#include "cli/ExitCode.h"
#include "cli/ProviderOptions.h"
#include "net/AdminApiClient.h"
#include "net/KeychainStore.h"
#include "net/OktaClient.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace {
QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(QJsonArray{v});
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return v.isObject() ? text : text.mid(1, text.size() - 2);
}

// Provider options that describe what App Services should build: with none of them there is no prediction.
bool describesProvider(const CommandArgs &p)
{
    for (const char *name :
         {"claim", "require-claim", "audience", "require-any-audience", "jwk-uri", "profile"}) {
        if (p.isSet(QLatin1String(name)))
            return true;
    }
    return false;
}
} // namespace

CliOptions TestLoginCommand::options() const
{
    using O = CliOption;
    const O::Group g = O::Group::Command;
    return CliOptions{O::valued(QStringLiteral("client-app-id"), QStringLiteral("ID"),
                                QStringLiteral("The App Services Client App ID to log in to."), g),
                      O::valued(QStringLiteral("token-file"), QStringLiteral("F"),
                                QStringLiteral("Read the Okta access token from FILE, or - for stdin."), g,
                                O::Value::File),
                      O::flag(QStringLiteral("sign-in"),
                              QStringLiteral("Sign in with Okta for a fresh token instead (see login)."), g),
                      O::valued(QStringLiteral("client-api"), QStringLiteral("URL"),
                                QStringLiteral("App Services client API base URL."), g)
                          .withDefault(QStringLiteral("https://services.cloud.mongodb.com")),
                      O::flag(QStringLiteral("delete-user"),
                              QStringLiteral("Delete the test user App Services created, afterwards."), g)} +
           CliSignIn::options() + ProviderOptions::options(ProviderOptions::Use::Check) +
           AdminOptions::options() + CliNetwork::options() + CliOptions{O::json()};
}

void TestLoginCommand::start(const CommandArgs &parser, const QStringList &rawArgs)
{
    m_json = parser.isSet(QStringLiteral("json"));
    auto usage = [this](const QString &code, const QString &message) {
        CliOutput::error(code, message);
        Q_EMIT finished(ExitUsage);
    };
    const ProviderOptions::Parsed options =
        ProviderOptions::read(parser, rawArgs, ProviderOptions::Use::Check);
    if (!options.ok)
        return usage(options.errorCode, options.error);
    m_config.clientAppId = parser.value(QStringLiteral("client-app-id")).trimmed();
    m_config.clientApiUrl = parser.value(QStringLiteral("client-api"));
    m_config.deleteUser = parser.isSet(QStringLiteral("delete-user"));
    const bool signIn = parser.isSet(QStringLiteral("sign-in"));
    if (m_config.clientAppId.isEmpty())
        return usage(QStringLiteral("usage"), QStringLiteral("give --client-app-id: the App to log in to"));
    if (signIn == parser.isSet(QStringLiteral("token-file")))
        return usage(QStringLiteral("usage"),
                     QStringLiteral("give either --token-file F (or -) or --sign-in"));
    const int timeout = CliNetwork::timeoutMs(parser);
    QString error;
    if (timeout == 0)
        return usage(QStringLiteral("usage"), QStringLiteral("--timeout takes a positive number"));
    if (!CliNetwork::configure(parser, &error))
        return usage(QStringLiteral("input"), error);
    m_config.timeoutMs = timeout;
    ProviderSettings settings = options.settings;
    settings.clientAppId = m_config.clientAppId;
    m_oktaDomain = settings.oktaDomain;
    m_authServer = settings.authServerId;
    m_checkOptions = TokenCheckOptions::fromSettings(settings);
    m_settings = settings;
    m_canCheck = !m_oktaDomain.isEmpty() || !settings.jwkUri.isEmpty();
    m_predict = describesProvider(parser) && m_canCheck;
    m_notes = options.findings;
    if (describesProvider(parser) && !m_canCheck)
        m_notes << Finding::warning(
            QStringLiteral("no_prediction"), QStringLiteral("okta-domain"),
            QStringLiteral("No prediction: the local check needs --okta-domain or --jwk-uri."));
    const AdminOptions::Parsed admin = AdminOptions::readCredentials(parser);
    m_config.groupId = parser.value(QStringLiteral("project-id"));
    m_config.appObjectId = parser.value(QStringLiteral("app-id"));
    if (admin.ok) { // without a private key, the keychain entry for the public key is tried
        m_publicKey = admin.publicKey;
        m_privateKey = admin.privateKey;
        m_admin = nullptr;
    }
    m_nam = CliNetwork::createManager(this);
    m_okta = new OktaClient(m_nam, this);
    m_okta->setTimeout(timeout);
    connect(m_okta, &OktaClient::tokenChecked, this, [this](const TokenCheckResult &r) { checked(r); });
    connect(m_okta, &OktaClient::failed, this, [this](const Problem &p) {
        m_notes << Finding::warning(QStringLiteral("local_check_failed"), p.where, p.message, p.fix);
        checked(std::nullopt);
    });
    if (admin.ok) {
        m_admin = new AdminApiClient(m_nam, this);
        if (const Result<void> set = m_admin->transport()->setBaseUrl(admin.baseUrl); !set)
            return usage(QStringLiteral("admin_api"), set.problem().message);
        m_admin->transport()->setTimeout(timeout);
    }
    if (signIn) {
        m_signIn = new CliSignIn(this);
        if (!m_signIn->configure(parser, m_oktaDomain, m_authServer, timeout, &error))
            return usage(QStringLiteral("usage"), error);
        connect(m_signIn, &CliSignIn::signedIn, this,
                [this](const OktaSignIn::Tokens &t) { haveToken(t.accessToken); });
        connect(m_signIn, &CliSignIn::failed, this,
                [this](const Problem &p) { fail(Finding::fromProblem(p), CliSignIn::exitCodeFor(p)); });
        return m_signIn->start(m_nam);
    }
    const QString source = parser.value(QStringLiteral("token-file"));
    QFile f;
    if (!(source == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                       : (f.setFileName(source), f.open(QIODevice::ReadOnly))))
        return usage(QStringLiteral("input"),
                     QStringLiteral("cannot read the token from %1: %2").arg(source, f.errorString()));
    const QByteArray token = f.read(2'000'000).trimmed();
    if (token.isEmpty())
        return usage(QStringLiteral("input"), QStringLiteral("the token file %1 is empty").arg(source));
    haveToken(token);
}

void TestLoginCommand::haveToken(const QByteArray &token)
{
    m_token = token;
    if (m_canCheck)
        return m_okta->discoverAndVerify(m_oktaDomain, m_authServer, m_token, m_checkOptions);
    checked(std::nullopt);
}

void TestLoginCommand::checked(const std::optional<TokenCheckResult> &result)
{
    m_check = result;
    if (result) // a claim the token carries is no longer "missing from access tokens"
        m_notes = ProviderValidator::withoutDisproved(m_notes, m_settings, result->claims);
    if (!m_admin)
        return testLogin();
    if (!m_privateKey.isEmpty())
        return loginToAdmin();
    // The key the wizard saved for this public key; the log lookup is optional, so a miss is a note.
    CliKeychain::readSecret(
        this, m_keychain, m_publicKey,
        [this](const QString &privateKey) {
            m_privateKey = privateKey;
            loginToAdmin();
        },
        [this](KeychainStore *store) {
            m_notes << Finding::warning(
                QStringLiteral("no_log_lookup"), QStringLiteral("admin-api"),
                QStringLiteral(
                    "No log lookup: no private API key for public key %1 in the system keychain (%2).")
                    .arg(m_publicKey, store->lastError()),
                QStringLiteral("Set MONGODB_ATLAS_PRIVATE_API_KEY or pass --private-key-file."));
            m_admin = nullptr;
            testLogin();
        });
}

void TestLoginCommand::loginToAdmin()
{
    AdminCall *call = m_admin->login(m_publicKey, m_privateKey);
    m_privateKey.clear();
    connect(call, &AdminCall::finished, this, [this, call] {
        if (!call->ok()) {
            m_notes << Finding::warning(QStringLiteral("admin_login_failed"), QStringLiteral("admin-api"),
                                        QStringLiteral("No log lookup: the Admin API login failed (%1).")
                                            .arg(call->error().toLine()));
            m_admin = nullptr;
        }
        testLogin();
    });
}

void TestLoginCommand::testLogin()
{
    m_config.admin = m_admin;
    auto *login = new AppServicesLogin(m_nam, this);
    connect(login, &AppServicesLogin::finished, this, &TestLoginCommand::report);
    login->start(m_token, m_config);
    m_token.clear();
}

QStringList TestLoginCommand::differences(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList keys = expected.keys() + actual.keys();
    keys.sort();
    keys.removeDuplicates();
    QStringList out;
    for (const QString &k : std::as_const(keys)) {
        if (expected.value(k) != actual.value(k))
            out << QStringLiteral("%1: expected %2, App Services built %3")
                       .arg(k, compact(expected.value(k)), compact(actual.value(k)));
    }
    return out;
}

void TestLoginCommand::report(const AppServicesLogin::Result &r)
{
    const bool predicted = m_predict && m_check.has_value();
    const QJsonObject expected = predicted ? m_check->userData : QJsonObject();
    const QStringList diffs = r.ok && predicted ? differences(expected, r.data) : QStringList();
    QStringList diagnosis;
    if (m_check) {
        for (const Finding &f : m_check->failures)
            diagnosis << QStringLiteral("%1: %2%3")
                             .arg(f.code, f.message,
                                  TokenCheckResult::refusedByAppServices(f.code)
                                      ? QString()
                                      : QStringLiteral(" (App Services does not check this)"));
    }
    QJsonObject doc{
        {QStringLiteral("ok"), r.ok && diffs.isEmpty()},
        {QStringLiteral("stage"), r.stage},
        {QStringLiteral("user_id"), r.userId.isEmpty() ? QJsonValue() : QJsonValue(r.userId)},
        {QStringLiteral("identities"), r.identities},
        {QStringLiteral("data"), r.ok ? QJsonValue(r.data) : QJsonValue()},
        {QStringLiteral("expected_data"), predicted ? QJsonValue(expected) : QJsonValue()},
        {QStringLiteral("data_matches"), r.ok && predicted ? QJsonValue(diffs.isEmpty()) : QJsonValue()},
        {QStringLiteral("differences"), QJsonArray::fromStringList(diffs)},
        {QStringLiteral("local_check"), QJsonArray::fromStringList(diagnosis)},
        {QStringLiteral("user_deleted"), r.userDeleted},
        {QStringLiteral("requests"), QJsonArray::fromStringList(r.requests)}};
    if (!r.ok)
        doc.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error.code},
                                                        {QStringLiteral("message"), r.error.message},
                                                        {QStringLiteral("error"), r.appServicesError},
                                                        {QStringLiteral("error_code"), r.errorCode},
                                                        {QStringLiteral("co_id"), r.coId},
                                                        {QStringLiteral("link"), r.link}});
    if (!r.logEntry.isEmpty())
        doc.insert(QStringLiteral("log_entry"), r.logEntry);
    if (m_json) {
        CliOutput::json(doc);
    } else {
        QString text;
        for (const QString &line : r.requests)
            text += QStringLiteral("  %1\n").arg(line);
        if (r.ok) {
            text +=
                QStringLiteral("App Services accepted the token.\nuser id: %1\nidentities: %2\ndata: %3\n")
                    .arg(r.userId,
                         compact(r.identities.isEmpty() ? QJsonValue() : QJsonValue(r.identities.at(0))),
                         compact(r.data));
            if (predicted)
                text += diffs.isEmpty() ? QStringLiteral("prediction: %1 (matches)\n").arg(compact(expected))
                                        : QStringLiteral("prediction: %1\n  ≠ %2\n")
                                              .arg(compact(expected), diffs.join(QStringLiteral("\n  ≠ ")));
            if (r.userDeleted)
                text += QStringLiteral("The test user was deleted.\n");
            for (const QString &d : std::as_const(diagnosis))
                text += QStringLiteral("local check (with these provider options): %1\n").arg(d);
        } else if (!r.appServicesError.isEmpty()) {
            text += QStringLiteral("App Services refused the token: %1 (%2)\nco_id: %3\n")
                        .arg(r.appServicesError, r.errorCode, r.coId);
            if (!r.logEntry.isEmpty())
                text += QStringLiteral("log entry: %1\n").arg(compact(r.logEntry));
            for (const QString &d : std::as_const(diagnosis))
                text += QStringLiteral("local check: %1\n").arg(d);
        }
        CliOutput::out(text);
    }
    if (!r.ok) {
        const bool refused = r.error.code == QLatin1String("login_refused");
        CliOutput::fail(m_notes, Finding::fromProblem(r.error), m_json);
        return Q_EMIT finished(refused ? ExitCheckFailed
                               : (r.error.code == QLatin1String("client_api_url") ||
                                  r.error.code == QLatin1String("client_app_id"))
                                   ? ExitUsage
                                   : ExitRemote);
    }
    if (!diffs.isEmpty()) {
        CliOutput::fail(m_notes,
                        Finding::error(QStringLiteral("data_mismatch"), QStringLiteral("data"),
                                       QStringLiteral("App Services built other user data than predicted: %1")
                                           .arg(diffs.join(QStringLiteral("; ")))),
                        m_json);
        return Q_EMIT finished(ExitCheckFailed);
    }
    CliOutput::warnings(m_notes);
    Q_EMIT finished(ExitOk);
}

void TestLoginCommand::fail(const Finding &error, int exitCode)
{
    if (m_json)
        CliOutput::json({{QStringLiteral("ok"), false},
                         {QStringLiteral("stage"), QStringLiteral("sign-in")},
                         {QStringLiteral("error"), error.toJson()}});
    CliOutput::fail(m_notes, error, m_json);
    Q_EMIT finished(exitCode);
}
