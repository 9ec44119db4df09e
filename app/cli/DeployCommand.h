#pragma once

#include "Command.h"
#include "Deployer.h"
#include "Finding.h"
#include "ProviderSettings.h"

class OktaClient;
struct DeployResult;

/// `okta-jwt deploy` and `okta-jwt diff` (a deploy that stops after the plan and sends no write):
/// the DESIGN §6 sequence against the Admin API, with Okta discovery running alongside the login.
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

private:
    void launch(const Deployer::Request &request, const ProviderSettings &settings, bool discover);
    void discoverThenProvide(const ProviderSettings &settings);
    void report(const DeployResult &result);
    void finish(int exitCode);

    Mode m_mode;
    bool m_json = false;
    bool m_dryRun = false;
    Deployer *m_deployer = nullptr;
    OktaClient *m_okta = nullptr;
    Findings m_notes;
    QStringList m_log;
};
