#include "wizard/DeployMessages.h"

QString DeployMessages::planText(const DeployPlan &plan)
{
    if (plan.action == DeployPlan::ProviderAction::Create)
        return tr("The App has no custom-token provider yet: Deploy will create it.");
    if (plan.diff.isEmpty())
        return tr("No differences: the App's custom-token provider matches yours.");
    return tr("Differences (the App's value → yours):") + QLatin1Char('\n') +
           ProviderDiff::lines(plan.diff).join(QLatin1Char('\n'));
}

DeployMessages::Message DeployMessages::diffOutcome(const DeployResult &result)
{
    if (!result.hasPlan || result.outcome == DeployResult::Outcome::Failed ||
        result.outcome == DeployResult::Outcome::Cancelled)
        return deployOutcome(result);
    const DeployPlan &plan = result.plan;
    if (plan.isBlocked())
        return {MessageKind::Info,
                tr("%n field(s) differ. Deploy will ask before replacing the App's provider.", nullptr,
                   int(plan.diff.size()))};
    if (plan.hasWrites())
        return {MessageKind::Info, tr("Deploy will: %1.").arg(plan.steps().join(QStringLiteral("; ")))};
    return {MessageKind::Success, tr("Nothing to deploy: the App already has this provider.")};
}

DeployMessages::Message DeployMessages::deployOutcome(const DeployResult &result)
{
    const MessageKind kind = result.ok()                                       ? MessageKind::Success
                             : result.outcome == DeployResult::Outcome::Failed ? MessageKind::Error
                                                                               : MessageKind::Warning;
    return {kind, result.summary()};
}

DeployMessages::Message DeployMessages::appsLoaded(int count, const QString &projectId,
                                                   const QString &wantedClientAppId, bool found)
{
    if (found || wantedClientAppId.isEmpty())
        return {MessageKind::Success,
                tr("%n app(s) in project %1: pick the one to deploy to.", nullptr, count).arg(projectId)};
    return {MessageKind::Warning,
            tr("Client App ID %1 is not among the %n app(s) of project %2: pick one.", nullptr, count)
                .arg(wantedClientAppId, projectId)};
}

DeployMessages::Message DeployMessages::appsFailed(const AdminApiError &error)
{
    if (error.kind == AdminApiError::Kind::Cancelled)
        return {MessageKind::Warning, tr("Stopped: the apps were not loaded.")};
    return {MessageKind::Error, tr("Failed: %1").arg(error.toLine())};
}

QString DeployMessages::replaceQuestion(const QString &clientAppId, const DeployPlan &plan)
{
    return tr("App %1 already has a different custom-token provider (%n field(s) differ). Replace it with "
              "yours? The details list the differences.",
              nullptr, int(plan.diff.size()))
        .arg(clientAppId);
}

QString DeployMessages::draftConflictText(const QString &draftId, const QStringList &diff)
{
    return tr("The App already has an open draft %1; it was left as it is. Its changes:").arg(draftId) +
           QLatin1Char('\n') + diff.join(QLatin1Char('\n'));
}

DeployMessages::Message DeployMessages::remoteOutcome(const WizardModel::Remote &r, const QString &projectId,
                                                      const QString &wantedClientAppId, bool found)
{
    using Run = WizardModel::Remote::Run;
    switch (r.run) {
    case Run::None:
        if (r.dropped)
            return {MessageKind::Info, tr("The provider, the App or the connection changed since the "
                                          "last run: show the diff or deploy again.")};
        return {};
    case Run::LoadApps:
        if (!r.appsError.isNull())
            return appsFailed(r.appsError);
        return appsLoaded(int(r.apps.size()), projectId, wantedClientAppId, found);
    case Run::Diff:
        return diffOutcome(r.result);
    case Run::Deploy:
        if (r.result.outcome == DeployResult::Outcome::Blocked)
            return {MessageKind::Warning,
                    tr("Nothing was changed: the App's different custom-token provider was kept.")};
        return deployOutcome(r.result);
    }
    return {};
}

QString DeployMessages::remoteDetail(const WizardModel::Remote &r)
{
    if (r.run == WizardModel::Remote::Run::Deploy && !r.result.draftDiff.isEmpty())
        return draftConflictText(r.result.draftId, r.result.draftDiff);
    if (r.result.hasPlan && (r.run == WizardModel::Remote::Run::Diff || !r.result.ok()))
        return planText(r.result.plan);
    return {};
}
