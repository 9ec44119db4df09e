#include "core/OktaUndoPlan.h"

#include <QUrl>

namespace {
bool undoable(const JournalEntry &e)
{
    return e.action == QLatin1String("create") &&
           (e.objectType == QLatin1String("claim") || e.objectType == QLatin1String("policy") ||
            e.objectType == QLatin1String("rule"));
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

QString OktaUndoPlan::objectPath(const JournalEntry &e)
{
    if (!undoable(e) || e.serverId.isEmpty() || e.objectId.isEmpty())
        return {};
    const QString server = QStringLiteral("/api/v1/authorizationServers/") + segment(e.serverId);
    if (e.objectType == QLatin1String("claim"))
        return server + QStringLiteral("/claims/") + segment(e.objectId);
    if (e.objectType == QLatin1String("policy"))
        return server + QStringLiteral("/policies/") + segment(e.objectId);
    if (e.policyId.isEmpty())
        return {};
    return server + QStringLiteral("/policies/") + segment(e.policyId) + QStringLiteral("/rules/") +
           segment(e.objectId);
}

bool OktaUndoPlan::needsRemote(const JournalEntry &e)
{
    return e.outcome != JournalEntry::Outcome::Failed && !objectPath(e).isEmpty();
}

UndoPlan OktaUndoPlan::make(const JournalEntry &entry, const std::optional<QJsonObject> &current)
{
    UndoPlan plan;
    plan.objectId = entry.objectId;
    const auto refuse = [&plan](const QString &code, const QString &message) {
        plan.refusalCode = code;
        plan.message = message;
        return plan;
    };
    if (!undoable(entry))
        return refuse(QStringLiteral("undo_unsupported"),
                      tr("Undo of Okta \"%1\" is not supported: only created claims, policies and rules "
                         "are undone.")
                          .arg(entry.actionText()));
    if (entry.outcome == JournalEntry::Outcome::Failed)
        return refuse(QStringLiteral("nothing_to_undo"),
                      tr("The write failed on the server, so there is nothing to undo."));
    if (entry.objectId.isEmpty() || entry.serverId.isEmpty())
        return refuse(QStringLiteral("object_unknown"),
                      tr("The outcome of this create is unknown and the object's id was never recorded; "
                         "look at the authorization server in the Okta Admin Console instead."));
    if (entry.objectType == QLatin1String("rule") && entry.policyId.isEmpty())
        return refuse(QStringLiteral("policy_unknown"),
                      tr("This entry was written before rules recorded their policy id, so the rule %1 "
                         "cannot be found; delete it in the Okta Admin Console instead.")
                          .arg(entry.objectId));
    plan.path = objectPath(entry);
    if (!current)
        return refuse(QStringLiteral("already_gone"),
                      tr("The %1 %2 no longer exists; there is nothing to undo.")
                          .arg(entry.objectType, entry.objectId));
    plan.action = UndoPlan::Action::Delete;
    plan.changes = {{entry.objectType, *current, QJsonValue::Undefined}};
    return plan;
}
