#pragma once

#include "core/DeployResult.h"
#include "core/MessageKind.h"
#include "wizard/WizardModel.h"

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
        MessageKind kind = MessageKind::Info;
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
    /// What the model's last remote result says (empty when there is none); `found`: the wanted App is in
    /// the list.
    static Message remoteOutcome(const WizardModel::Remote &remote, const QString &projectId,
                                 const QString &wantedClientAppId, bool found);
    /// The text under the result: a diff's plan, a draft left alone, or what a failed deploy meant to do.
    /// Empty after a write, whose plan would describe the past ("will create").
    static QString remoteDetail(const WizardModel::Remote &remote);
    /// An open draft found by POST /drafts (left untouched) and its changes.
    static QString draftConflictText(const QString &draftId, const QStringList &diff);
    /// The replace question's text (its details are the diff lines).
    static QString replaceQuestion(const QString &clientAppId, const DeployPlan &plan);
};
