#pragma once

#include "DeployResult.h"
#include "FindingLabel.h"

#include <QCoreApplication>
#include <QString>

/// The deploy panel's plain-text messages: the diff text, and what a diff, a deploy or an App listing
/// ended with (kind and sentence), so the panel only places them.
class DeployMessages
{
    Q_DECLARE_TR_FUNCTIONS(DeployMessages)

public:
    struct Message
    {
        FindingLabel::Kind kind = FindingLabel::Kind::Info;
        QString text;
    };

    /// "will create", "no differences", or the field-level diff lines (`config.audience: [] → [...]`).
    static QString planText(const DeployPlan &plan);
    static Message diffOutcome(const DeployResult &result);
    /// DeployResult::summary() with the kind its outcome calls for.
    static Message deployOutcome(const DeployResult &result);
    static Message appsLoaded(int count, const QString &projectId, const QString &wantedClientAppId,
                              bool found);
    static Message appsFailed(const AdminApiError &error);
    /// An open draft found by POST /drafts (left untouched) and its changes.
    static QString draftConflictText(const QString &draftId, const QStringList &diff);
    /// The replace question's text (its details are the diff lines).
    static QString replaceQuestion(const QString &clientAppId, const DeployPlan &plan);
};
