#pragma once

#include "cli/Command.h"
#include "core/Finding.h"
#include "core/ProviderSettings.h"
#include "net/Deployer.h"

class KeychainStore;
class OktaClient;
struct DeployResult;

/// `okta-jwt deploy` and `okta-jwt diff` (a deploy that stops after the plan and sends no write):
/// the deploy sequence against the Admin API, with Okta discovery running alongside the login.
class DeployCommand : public Command
{
    Q_OBJECT

public:
    enum class Mode
    {
        Deploy,
        Diff
    };
    explicit DeployCommand(Mode mode, QObject *parent = nullptr) : Command(parent), m_mode(mode) {}

    QString name() const override;
    QString summary() const override;
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;
    /// The keychain asked for the private key when neither the environment nor a file gives one; by default
    /// the system's. Tests set a store over a keychain double.
    void setKeychain(KeychainStore *keychain) { m_keychain = keychain; }

private:
    void launch(const Deployer::Request &request, const ProviderSettings &settings, bool discover);
    void discoverThenProvide(const ProviderSettings &settings);
    void report(const DeployResult &result);
    /// The one error line of a run that ends with a non-zero exit code.
    Finding failureOf(const DeployResult &result) const;
    void finish(int exitCode);

    Mode m_mode;
    bool m_json = false;
    bool m_dryRun = false;
    Deployer *m_deployer = nullptr;
    OktaClient *m_okta = nullptr;
    KeychainStore *m_keychain = nullptr;
    Findings m_notes;
    QStringList m_log;
};
