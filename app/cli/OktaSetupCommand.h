#pragma once

#include "cli/Command.h"
#include "core/Finding.h"
#include "core/OktaSetupPlan.h"
#include "core/ProviderSettings.h"

#include <QJsonArray>

class KeychainStore;
class OktaAdminClient;
class OktaClient;
class OktaSetupRunner;

/// `okta-jwt okta-setup`: reads the Okta side through the Management API, prints the plan that makes Okta
/// issue tokens App Services accepts, and applies it unless --dry-run. Never deletes anything.
class OktaSetupCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("okta-setup"); }
    QString summary() const override;
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;
    /// The keychain asked for the API token when neither the environment nor a file gives one; by default the
    /// system's. Tests set a store over a keychain double.
    void setKeychain(KeychainStore *keychain) { m_keychain = keychain; }

private:
    /// Discovery and the key set of the server, so both ends are checked before any write.
    void discover();
    void planned();
    void printPlan() const;
    void fail(const Finding &error, int exitCode);
    void finish(int exitCode, const Finding &error = {});

    bool m_json = false;
    bool m_dryRun = false;
    ProviderSettings m_settings;
    QString m_clientId;
    OktaSetupPlan::Options m_options;
    Findings m_notes;
    OktaState m_state;
    OktaSetupPlan m_plan;
    QJsonArray m_applied;
    OktaAdminClient *m_client = nullptr;
    OktaSetupRunner *m_runner = nullptr;
    OktaClient *m_okta = nullptr;
    KeychainStore *m_keychain = nullptr;
};
