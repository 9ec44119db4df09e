#pragma once

#include "core/AdminReply.h"
#include "core/DeployPlan.h"
#include "net/DeployExecutor.h"
#include "net/DeployStage.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

/// Runs the deploy sequence over an AdminApiClient: login, resolve the App with one listing, read the
/// custom-token provider, plan (DeployPlan, with the field-level diff), then hand the plan to a
/// DeployExecutor. Progress by signal; cancel() discards a draft the run created; a dry run (the `diff`
/// command) sends no write.
class Deployer : public DeployStage
{
    Q_OBJECT

public:
    struct Request
    {
        QString publicKey;
        QString privateKey;                  // empty: reuse the client's session
        QString groupId;                     // the Atlas project id
        QString clientAppId;                 // resolved to `_id` with one listing...
        QString appId;                       // ...unless the `_id` is given
        QJsonObject provider;                // ProvidersWriter::providerObject(settings)
        QMap<QString, QString> secretValues; // signing-key secret name → value, written before the provider
        bool dryRun = false;                 // stop after the plan: reads only
        bool replace = false; // allow replacing a different provider / overwriting existing secrets
        bool useDraft = false;
        /// The provider comes later through provideLocal() (e.g. after Okta discovery); login and the reads
        /// run meanwhile, so the two services are asked in parallel.
        bool providerLater = false;
    };

    explicit Deployer(AdminApiClient *client, QObject *parent = nullptr);

    /// Ignored while running. finished() always follows, exactly once.
    void start(const Request &request);
    void cancel() override;
    /// Supplies the local provider of a run started with `providerLater`; planning waits for it.
    void provideLocal(const QJsonObject &provider);
    /// How often and how many times a draft deployment is polled (default 1 s, 300 times).
    void setPollInterval(int ms) { m_executor->setPollInterval(ms); }
    void setMaxPolls(int n) { m_executor->setMaxPolls(n); }
    /// Where every write of a run is journaled before it is sent.
    DeployJournal &journal() { return m_executor->journal(); }

signals:
    /// Every App of the project (from the one listing), for pickers.
    void appsListed(const QList<AdminReply::App> &apps);
    /// The plan and its diff, before any write (the dry run ends here).
    void planReady(const DeployPlan &plan);
    /// POST /drafts answered DraftAlreadyExists: the existing draft and its diff (it is left untouched).
    void draftConflict(const QString &draftId, const QStringList &diff);
    /// The request log, one line per HTTP exchange (no bodies, headers or tokens).
    void logLine(const QString &line);

private:
    void resolveApp();
    void listProviders();
    void getProvider();
    void listSecrets();
    void plan();

    DeployExecutor *m_executor;
    Request m_request;
    std::optional<AdminReply::Provider> m_summary;
    QJsonObject m_remote;
    QList<AdminReply::Secret> m_remoteSecrets;
    bool m_haveProvider = false;
    bool m_waitingForProvider = false;
};
