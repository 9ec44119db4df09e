#pragma once

#include "cli/Command.h"
#include "core/Finding.h"
#include "core/TokenCheckOptions.h"

class OktaClient;
struct TokenCheckResult;

/// `okta-jwt verify-token`: checks an Okta access token the way App Services will.
/// The token comes from a file or stdin, never from a flag value (it is a credential).
class VerifyTokenCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("verify-token"); }
    QString summary() const override
    {
        return QStringLiteral("Check an access token the way App Services will, and show the user data.");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    void report(const TokenCheckResult &result);
    void fail(const Finding &error);
    void finish(int exitCode);

    OktaClient *m_client = nullptr;
    QByteArray m_token;
    TokenCheckOptions m_options;
    Findings m_notes; // discovery warnings, config findings
    bool m_json = false;
};
