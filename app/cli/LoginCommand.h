#pragma once

#include "cli/Command.h"
#include "core/Finding.h"
#include "core/ProviderSettings.h"
#include "core/TokenCheckOptions.h"
#include "net/OktaSignIn.h"

class CliSignIn;
class OktaClient;
struct TokenCheckResult;

/// `okta-jwt login`: signs in to Okta (browser with PKCE, or device code), then shows the access token's
/// claims and what App Services would make of it. The raw token is written only with -o FILE (0600) or -o -.
class LoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override
    {
        return QStringLiteral("Sign in with Okta and check the access token the way App Services will.");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

    /// Writes `token` to `path` atomically with mode 0600; false with *error.
    static bool writeToken(const QString &path, const QByteArray &token, QString *error);

private:
    void signedIn(const OktaSignIn::Tokens &tokens);
    void report(const TokenCheckResult &result);
    void fail(const Finding &error, int exitCode);

    CliSignIn *m_signIn = nullptr;
    OktaClient *m_client = nullptr;
    OktaSignIn::Tokens m_tokens;
    TokenCheckOptions m_options;
    ProviderSettings m_settings;
    Findings m_notes;
    QString m_oktaDomain;
    QString m_authServer;
    QString m_output;
    bool m_json = false;
};
