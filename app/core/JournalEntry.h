#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

/// One journaled remote write: where it went, what it did, the object before and after, and how it ended.
/// Stored as JSON Lines: a "begin" record before the request, "end" records once the answer is known.
/// Secret values never appear: a Secret is recorded by its name and whether a value was set.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(JournalEntry)

public:
    enum class Outcome
    {
        Unknown, // written before the request; no answer recorded (crash, timeout, cancel mid-flight)
        Ok,
        Failed // the server answered with an error: nothing changed
    };

    static constexpr int kFormatVersion = 1;
    static QString appServices() { return QStringLiteral("app-services"); }
    static QString okta() { return QStringLiteral("okta"); }
    static QString providerType() { return QStringLiteral("provider"); }
    static QString secretType() { return QStringLiteral("secret"); }

    QString id;
    QDateTime time; // UTC, when the begin record was written
    QString service = appServices();
    // App Services target
    QString adminApi;
    QString projectId;
    QString appId;
    QString clientAppId;
    // Okta target
    QString oktaDomain;
    QString serverId;
    QString policyId;   // a rule's policy (entries written before it was recorded have none)
    QString action;     // create, update, enable, disable, delete (Okta: replace too)
    QString objectType; // provider, secret (Okta: authorization-server, policy, rule, claim)
    QString objectId;   // empty until a create has its answer
    QString objectName;
    QJsonValue before = QJsonValue::Null; // as the server returned it; null: did not exist
    QJsonValue after = QJsonValue::Null;  // what the write set; null: removed
    QString undoOf;                       // the entry this write reverts
    QString draftId;
    Outcome outcome = Outcome::Unknown;
    QString error;         // why it failed or why the outcome is unknown
    QDateTime completedAt; // of the last end record

    /// A fresh id: time-ordered and unique across concurrent runs.
    static QString newId();
    /// The state recorded for a Secret: its name and, when a value was written, `"value_set": true`.
    static QJsonObject secretState(const QString &name, const QString &secretId, bool valueSet);

    QJsonObject beginRecord() const;
    /// Ends the entry now: ok without an error; failed when the service answered with a refusal (nothing
    /// changed); unknown when the write may have reached it (a timeout, a cut connection, a 5xx).
    void end(const Problem &error, bool refused);
    /// An end record for this entry with its current outcome, error and object id.
    QJsonObject endRecord() const;
    static Result<JournalEntry> fromBeginRecord(const QJsonObject &record);
    /// Applies an end record (later ones win); false when it is malformed.
    Result<void> applyEndRecord(const QJsonObject &record);

    static QString outcomeName(Outcome outcome);
    /// "App myapp-abcde (_id …) in project …" or "Okta dev-1.okta.com server default".
    QString targetText() const;
    /// "update provider custom-token (65…)".
    QString actionText() const;
    /// True for `app`, an App `_id` or Client App ID; or `oktaDomain` (host, case-insensitive).
    bool matches(const QString &app, const QString &oktaDomainFilter) const;
    /// The merged view, for `history --json` and the wizard.
    QJsonObject toJson() const;
};
