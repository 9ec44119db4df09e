#pragma once

#include "core/JournalEntry.h"
#include "core/OktaSetupStep.h"
#include "core/OktaState.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class OktaAdminClient;

/// Reads the Okta state an OktaSetupPlan needs (server, policies and rules, claims, app), then applies the
/// plan's Okta writes in order, journaling each before it is sent. Never deletes anything.
class OktaSetupRunner : public QObject
{
    Q_OBJECT

public:
    explicit OktaSetupRunner(OktaAdminClient *client, QObject *parent = nullptr);

    /// Writes go to this journal (JSON Lines); empty: not journaled.
    void setJournalPath(const QString &path) { m_journalPath = path; }
    /// Reads server `authServerId` (or the one named exactly `createAuthServer`, through paging), its
    /// policies with their rules, its claims, and the app with `clientId`. Emits stateRead() or failed().
    void read(const QString &authServerId, const QString &clientId, const QString &createAuthServer = {});
    /// Sends the Okta writes of `steps` in order (AlignAudience is the caller's); emits stepStarted/
    /// stepDone per write, then applied(), or failed() at the first error (later steps are not sent).
    void apply(const QList<OktaSetupStep> &steps);
    const OktaState &state() const { return m_state; }
    /// The server the writes go to (the created one after a CreateServer step).
    QString serverId() const { return m_serverId; }
    /// Journal ids of the writes of the last apply().
    QStringList journaled() const { return m_journaled; }

signals:
    void stateRead(const OktaState &state);
    void stepStarted(int index);
    void stepDone(int index);
    void applied();
    void failed(const Problem &error);

private:
    /// GETs every page of `path`, parses it with `parse` and hands the list to `next`; a failure of either
    /// ends the read with failed().
    template <typename Parse, typename Next> void readList(const QString &path, Parse parse, Next next);
    void readPolicies();
    void readRules(int index);
    void readClaims();
    void readApp();
    void applyFrom(int index);
    /// The begun entry (none without a journal path), or why it could not be written.
    Result<std::optional<JournalEntry>> journalBegin(const OktaSetupStep &step);
    void journalEnd(std::optional<JournalEntry> entry, const QString &objectId, const Problem &error);
    QString base() const { return QStringLiteral("/api/v1/authorizationServers/") + m_serverId; }

    OktaAdminClient *m_client;
    QString m_journalPath;
    OktaState m_state;
    QString m_serverId;
    QString m_clientId;
    QString m_createdPolicyId;
    QList<OktaSetupStep> m_steps;
    QStringList m_journaled;
};
