#pragma once

#include "core/AdminApiError.h"
#include "core/DeployPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// How a deploy run ended: the outcome, the plan it followed, what it wrote, and the error if any.
struct DeployResult
{
    Q_DECLARE_TR_FUNCTIONS(DeployResult)

public:
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Planned,
        Blocked,
        Failed,
        Cancelled
    };

    Outcome outcome = Outcome::Failed;
    bool hasPlan = false;
    DeployPlan plan;
    AdminApiError error;
    QString appId;              // the App's `_id`
    QString providerId;         // the custom-token `_id`, when known
    QJsonObject remoteProvider; // the custom-token as the App had it (GET), empty when it had none
    QString deploymentId;       // with --draft, once deployed
    QString draftId;            // the draft created (or the existing one on a DraftAlreadyExists conflict)
    bool draftDiscarded = false;
    QStringList draftDiff;  // the existing draft's diff, on a DraftAlreadyExists conflict
    QStringList writesDone; // writes the server accepted, in order (what a failure leaves behind)
    QStringList journalIds; // the journal entries of the writes sent, in order

    /// Created, Updated, Unchanged and Planned are successes.
    bool ok() const;
    /// True when the remote differs from the local provider (or a secret is to be written).
    bool hasDifferences() const { return hasPlan && (plan.hasWrites() || plan.isBlocked()); }
    /// The `okta-jwt` exit code: 0 done or nothing to do; 1 differences found by a dry run (`diff`), or
    /// blocked (needs --replace); 2 an input the remote refused to match (unknown App, bad base URL); 3
    /// network, remote or cancelled.
    int exitCode() const;
    /// "created", "updated", "unchanged", "planned", "blocked", "failed", "cancelled".
    QString outcomeName() const;
    /// One or two plain sentences saying what changed (or why nothing did).
    QString summary() const;
    QJsonObject toJson() const;
};
