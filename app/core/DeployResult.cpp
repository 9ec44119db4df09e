#include "core/DeployResult.h"

#include <QJsonArray>

bool DeployResult::ok() const
{
    return outcome == Outcome::Created || outcome == Outcome::Updated || outcome == Outcome::Unchanged ||
           outcome == Outcome::Planned;
}

int DeployResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Created:
    case Outcome::Updated:
    case Outcome::Unchanged:
        return 0;
    case Outcome::Planned:
        return hasDifferences() ? 1 : 0;
    case Outcome::Blocked:
        return 1;
    case Outcome::Failed:
        return error.kind == AdminApiError::Kind::Usage ? 2 : 3;
    case Outcome::Cancelled:
        break;
    }
    return 3;
}

QString DeployResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Planned:
        return QStringLiteral("planned");
    case Outcome::Blocked:
        return QStringLiteral("blocked");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString DeployResult::summary() const
{
    QString text;
    switch (outcome) {
    case Outcome::Created:
        text = tr("Created the custom-token provider.");
        break;
    case Outcome::Updated:
        text = tr("Updated the custom-token provider (%n change(s)).", nullptr, int(plan.diff.size()));
        break;
    case Outcome::Unchanged:
        text = writesDone.isEmpty() ? tr("No change: the App already has this provider.")
                                    : tr("The provider was already up to date; secrets were written.");
        break;
    case Outcome::Planned:
        text = tr("Dry run: nothing was sent. Plan: %1").arg(plan.steps().join(QStringLiteral("; ")));
        break;
    case Outcome::Blocked:
        text = tr("Nothing was changed: the App has a different custom-token provider (%n field(s) differ). "
                  "Review the diff and confirm replacing it (--replace).",
                  nullptr, int(plan.diff.size()));
        break;
    case Outcome::Cancelled:
        text = tr("Cancelled.");
        break;
    case Outcome::Failed:
        text = tr("Failed: %1").arg(error.toLine());
        break;
    }
    if (!deploymentId.isEmpty() && ok())
        text += QLatin1Char(' ') + tr("Deployment %1 succeeded.").arg(deploymentId);
    else if (!deploymentId.isEmpty() && outcome == Outcome::Cancelled)
        text += QLatin1Char(' ') +
                tr("Deployment %1 had already started and continues on the server.").arg(deploymentId);
    if (!draftId.isEmpty() && draftDiscarded)
        text += QLatin1Char(' ') + tr("The draft it created was discarded.");
    else if (!draftId.isEmpty() && !draftDiff.isEmpty())
        text += QLatin1Char(' ') + tr("The existing draft %1 was left as it is.").arg(draftId);
    if (!ok() && !writesDone.isEmpty())
        text += QLatin1Char(' ') + tr("Already applied: %1.").arg(writesDone.join(QStringLiteral("; ")));
    return text;
}

QJsonObject DeployResult::toJson() const
{
    QJsonObject o{{QStringLiteral("outcome"), outcomeName()},
                  {QStringLiteral("ok"), ok()},
                  {QStringLiteral("summary"), summary()},
                  {QStringLiteral("writes"), QJsonArray::fromStringList(writesDone)}};
    if (hasPlan)
        o.insert(QStringLiteral("plan"), plan.toJson());
    if (!error.isNull())
        o.insert(QStringLiteral("error"), error.toJson());
    if (!appId.isEmpty())
        o.insert(QStringLiteral("app_id"), appId);
    if (!providerId.isEmpty())
        o.insert(QStringLiteral("provider_id"), providerId);
    if (!remoteProvider.isEmpty())
        o.insert(QStringLiteral("remote"), remoteProvider);
    if (!deploymentId.isEmpty())
        o.insert(QStringLiteral("deployment_id"), deploymentId);
    if (!draftId.isEmpty()) {
        o.insert(QStringLiteral("draft_id"), draftId);
        o.insert(QStringLiteral("draft_discarded"), draftDiscarded);
    }
    if (!draftDiff.isEmpty())
        o.insert(QStringLiteral("draft_diff"), QJsonArray::fromStringList(draftDiff));
    if (!journalIds.isEmpty())
        o.insert(QStringLiteral("journal_ids"), QJsonArray::fromStringList(journalIds));
    return o;
}
