#pragma once

#include "cli/Command.h"
#include "core/Finding.h"
#include "core/ProviderSettings.h"
#include "core/TokenCheckOptions.h"
#include "core/TokenCheckResult.h"
#include "net/AppServicesLogin.h"

#include <optional>

class AdminApiClient;
class CliSignIn;
class KeychainStore;
class OktaClient;
class QNetworkAccessManager;

/// `okta-jwt test-login`: logs in to App Services with an Okta access token (from a file, or a fresh
/// sign-in) as an SDK does, shows the user it creates, and compares its `data` with the local token check's
/// prediction. A refusal comes with App Services' error, its log entry and the local diagnosis.
class TestLoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("test-login"); }
    QString summary() const override
    {
        return QStringLiteral("Log in to App Services with an Okta token and show the user it creates.");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

    /// Field by field: "field: expected X, App Services built Y" for each difference.
    static QStringList differences(const QJsonObject &expected, const QJsonObject &actual);
    /// Where a private API key given by neither the environment nor a file is looked up (default: the
    /// system's).
    void setKeychain(KeychainStore *keychain) { m_keychain = keychain; }

private:
    void haveToken(const QByteArray &token);
    void checked(const std::optional<TokenCheckResult> &result);
    void loginToAdmin();
    void testLogin();
    void report(const AppServicesLogin::Result &result);
    void fail(const Finding &error, int exitCode);

    QNetworkAccessManager *m_nam = nullptr;
    KeychainStore *m_keychain = nullptr;
    CliSignIn *m_signIn = nullptr;
    OktaClient *m_okta = nullptr;
    AdminApiClient *m_admin = nullptr;
    QByteArray m_token;
    QString m_oktaDomain;
    QString m_authServer;
    TokenCheckOptions m_checkOptions;
    ProviderSettings m_settings;
    bool m_canCheck = false;
    bool m_predict = false;
    std::optional<TokenCheckResult> m_check;
    AppServicesLogin::Config m_config;
    QString m_publicKey;
    QString m_privateKey;
    Findings m_notes;
    bool m_json = false;
};
