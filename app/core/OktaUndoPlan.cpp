#include "core/OktaUndoPlan.h"

#include <QUrl>

namespace {
const QString kServer = QStringLiteral("authorization-server");

bool isServer(const JournalEntry &e)
{
    return e.objectType == kServer;
}

bool undoable(const JournalEntry &e)
{
    if (e.action == QLatin1String("replace"))
        return isServer(e);
    return e.action == QLatin1String("create") &&
           (isServer(e) || e.objectType == QLatin1String("claim") ||
            e.objectType == QLatin1String("policy") || e.objectType == QLatin1String("rule"));
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// What a replace wrote is a part of the server (its writable fields): only those are compared, and only
// those are sent back, so fields Okta manages itself (status, issuer, _links, keys) are left alone.
void driftOf(const QJsonObject &wrote, const QJsonObject &now, const QString &prefix,
             QList<ProviderDiff::Entry> *out)
{
    for (auto it = wrote.begin(); it != wrote.end(); ++it) {
        const QString path = prefix + it.key();
        const QJsonValue current = now.value(it.key());
        if (it->isObject() && current.isObject())
            driftOf(it->toObject(), current.toObject(), path + QLatin1Char('.'), out);
        else if (*it != current)
            out->append({path, *it, current});
    }
}

QJsonObject shapedLike(const QJsonObject &shape, const QJsonObject &from)
{
    QJsonObject out;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        const QJsonValue v = from.value(it.key());
        if (it->isObject() && v.isObject())
            out.insert(it.key(), shapedLike(it->toObject(), v.toObject()));
        else if (!v.isUndefined())
            out.insert(it.key(), v);
    }
    return out;
}
} // namespace

QString OktaUndoPlan::objectPath(const JournalEntry &e)
{
    if (!undoable(e) || e.objectId.isEmpty())
        return {};
    if (isServer(e))
        return QStringLiteral("/api/v1/authorizationServers/") + segment(e.objectId);
    if (e.serverId.isEmpty())
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
    return e.outcome != JournalEntry::Outcome::Failed && !objectPath(e).isEmpty() &&
           (e.action != QLatin1String("replace") || e.before.isObject());
}

UndoPlan OktaUndoPlan::make(const JournalEntry &entry, const std::optional<QJsonObject> &current, bool force)
{
    UndoPlan plan;
    plan.objectId = entry.objectId;
    const auto refuse = [&plan](const QString &code, const QString &message) {
        plan.refusal = Problem(code, message);
        return plan;
    };
    if (!undoable(entry))
        return refuse(QStringLiteral("undo_unsupported"),
                      tr("Undo of Okta \"%1\" is not supported: only created authorization servers, "
                         "policies, rules and claims and a replaced audience are undone.")
                          .arg(entry.actionText()));
    if (entry.outcome == JournalEntry::Outcome::Failed)
        return refuse(QStringLiteral("nothing_to_undo"),
                      UndoPlan::tr("The write failed on the server, so there is nothing to undo."));
    if (entry.objectId.isEmpty() || (!isServer(entry) && entry.serverId.isEmpty()))
        return refuse(QStringLiteral("object_unknown"),
                      tr("The outcome of this create is unknown and the object's id was never recorded; "
                         "look at the authorization server in the Okta Admin Console instead."));
    if (entry.objectType == QLatin1String("rule") && entry.policyId.isEmpty())
        return refuse(QStringLiteral("policy_unknown"),
                      tr("This entry was written before rules recorded their policy id, so the rule %1 "
                         "cannot be found; delete it in the Okta Admin Console instead.")
                          .arg(entry.objectId));
    const bool replace = entry.action == QLatin1String("replace");
    if (replace && !entry.before.isObject())
        return refuse(QStringLiteral("before_unknown"),
                      tr("The server's state before the replace was never recorded, so it cannot be "
                         "restored."));
    plan.path = objectPath(entry);
    if (!current)
        return refuse(QStringLiteral("already_gone"),
                      tr("The %1 %2 no longer exists; there is nothing to undo.")
                          .arg(entry.objectType, entry.objectId));
    if (!replace) {
        plan.action = UndoPlan::Action::Delete;
        plan.changes = {{entry.objectType, *current, QJsonValue::Undefined}};
        return plan;
    }
    const QJsonObject after = entry.after.toObject();
    plan.action = UndoPlan::Action::PatchBack;
    plan.restore = shapedLike(after, entry.before.toObject());
    driftOf(after, *current, {}, &plan.drift);
    driftOf(plan.restore, *current, {}, &plan.changes);
    for (ProviderDiff::Entry &c : plan.changes)
        std::swap(c.before, c.after); // now → restored
    if (!plan.drift.isEmpty() && !force) {
        // Refused, but the action and changes stay: they say what a forced undo would do.
        plan.refusal =
            Problem(QStringLiteral("remote_changed"),
                    tr("The authorization server %1 changed since this entry was written (%n field(s) "
                       "differ); undo would overwrite that.",
                       nullptr, int(plan.drift.size()))
                        .arg(entry.objectId));
    }
    return plan;
}
