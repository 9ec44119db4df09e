#include "core/UndoPlan.h"

#include "core/OktaUndoPlan.h"

#include <QJsonArray>

namespace {
const QString kDisabled = QStringLiteral("disabled");

QList<ProviderDiff::Entry> withoutDisabled(QList<ProviderDiff::Entry> entries)
{
    entries.removeIf([](const ProviderDiff::Entry &e) { return e.path == kDisabled; });
    return entries;
}

QList<ProviderDiff::Entry> disabledChange(const QJsonObject &from, bool to)
{
    const bool now = from.value(kDisabled).toBool();
    if (now == to)
        return {};
    return {{kDisabled, now, to}};
}

// A create or delete changes the whole object: one line rather than every field against its default.
ProviderDiff::Entry wholeProvider(const QJsonValue &from, const QJsonValue &to)
{
    return {QStringLiteral("provider"), from, to};
}

QJsonArray entriesJson(const QList<ProviderDiff::Entry> &entries)
{
    QJsonArray out;
    for (const ProviderDiff::Entry &e : entries)
        out.append(e.toJson());
    return out;
}
} // namespace

UndoPlan UndoPlan::make(const JournalEntry &entry, const std::optional<QJsonObject> &current, bool force)
{
    if (entry.service == JournalEntry::okta())
        return OktaUndoPlan::make(entry, current, force);
    UndoPlan plan;
    plan.objectId = entry.objectId;
    const auto refuse = [&plan](const QString &code, const QString &message) {
        plan.action = Action::None;
        plan.refusal = Problem(code, message);
        return plan;
    };
    if (entry.objectType == JournalEntry::secretType())
        return refuse(QStringLiteral("secret_not_restorable"),
                      tr("Secret %1 cannot be restored: App Services never returns Secret values, so its "
                         "previous value was never known. Set it again yourself if needed.")
                          .arg(entry.objectName));
    if (entry.service != JournalEntry::appServices() || entry.objectType != JournalEntry::providerType())
        return refuse(QStringLiteral("undo_unsupported"),
                      tr("Undo of \"%1\" is not supported.").arg(entry.actionText()));
    if (entry.outcome == JournalEntry::Outcome::Failed)
        return refuse(QStringLiteral("nothing_to_undo"),
                      tr("The write failed on the server, so there is nothing to undo."));
    if (entry.objectId.isEmpty())
        return refuse(QStringLiteral("object_unknown"),
                      tr("The outcome of this create is unknown and the provider's id was never recorded; "
                         "compare with okta-jwt diff instead."));
    const QJsonObject before = entry.before.toObject();
    const QJsonObject after = entry.after.toObject();
    if (entry.action == QLatin1String("delete")) {
        if (current)
            plan.drift = ProviderDiff::compare({}, *current);
        plan.action = Action::Create;
        plan.restore = before;
        plan.restore.remove(QStringLiteral("_id"));
        plan.changes = {wholeProvider(QJsonValue::Undefined, before)};
        if (current) {
            plan.action = Action::PatchBack;
            plan.changes = ProviderDiff::compare(*current, before);
        }
        if (current && !force) {
            plan.refusal =
                Problem(QStringLiteral("remote_changed"),
                        tr("The provider %1 exists again since this entry was written.").arg(entry.objectId));
        }
        return plan;
    }
    if (!current)
        return refuse(QStringLiteral("already_gone"),
                      tr("The provider %1 no longer exists; there is nothing to undo.").arg(entry.objectId));
    if (entry.action == QLatin1String("create")) {
        plan.action = Action::Delete;
        plan.drift = ProviderDiff::compare(after, *current);
        plan.changes = {wholeProvider(*current, QJsonValue::Undefined)};
    } else if (entry.action == QLatin1String("update")) {
        // Whether a PATCH applies `disabled` is unconfirmed, so an enable/disable entry of its own covers it.
        plan.action = Action::PatchBack;
        plan.restore = before;
        plan.drift = withoutDisabled(ProviderDiff::compare(after, *current));
        plan.changes = ProviderDiff::compare(*current, before);
    } else if (entry.action == QLatin1String("enable") || entry.action == QLatin1String("disable")) {
        const bool enabled = entry.action == QLatin1String("enable");
        plan.action = enabled ? Action::Disable : Action::Enable;
        plan.drift = disabledChange(QJsonObject{{kDisabled, !enabled}}, current->value(kDisabled).toBool());
        plan.changes = disabledChange(*current, enabled);
    } else {
        return refuse(QStringLiteral("undo_unsupported"),
                      tr("Undo of \"%1\" is not supported.").arg(entry.actionText()));
    }
    if (!plan.drift.isEmpty() && !force) {
        // Refused, but the action and changes stay: they say what a forced undo would do.
        plan.refusal =
            Problem(QStringLiteral("remote_changed"),
                    tr("The provider %1 changed since this entry was written (%n field(s) differ); undo "
                       "would overwrite that.",
                       nullptr, int(plan.drift.size()))
                        .arg(entry.objectId));
    }
    return plan;
}

UndoPlan UndoPlan::preview(const JournalEntry &entry)
{
    return make(entry, entry.after.isObject() ? std::optional(entry.after.toObject()) : std::nullopt, false);
}

QString UndoPlan::actionName() const
{
    switch (action) {
    case Action::PatchBack:
        return QStringLiteral("patch_back");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Enable:
        return QStringLiteral("enable");
    case Action::Disable:
        return QStringLiteral("disable");
    case Action::None:
        break;
    }
    return QStringLiteral("none");
}

QString UndoPlan::describe() const
{
    switch (action) {
    case Action::PatchBack:
        if (!path.isEmpty())
            return tr("PUT %1 back to its recorded state (%n field(s)).", nullptr, int(changes.size()))
                .arg(path);
        return tr("PATCH the provider %1 back to its recorded state (%n field(s)).", nullptr,
                  int(changes.size()))
            .arg(objectId);
    case Action::Delete:
        if (!path.isEmpty())
            return tr("DELETE %1 that the entry created.").arg(path);
        return tr("DELETE the provider %1 that the entry created.").arg(objectId);
    case Action::Create:
        return tr("POST the provider that the entry deleted again.");
    case Action::Enable:
        return tr("Enable the provider %1 again.").arg(objectId);
    case Action::Disable:
        return tr("Disable the provider %1 again.").arg(objectId);
    case Action::None:
        break;
    }
    return refusal.message;
}

QJsonObject UndoPlan::toJson() const
{
    QJsonObject o{{QStringLiteral("action"), actionName()},
                  {QStringLiteral("drift"), entriesJson(drift)},
                  {QStringLiteral("changes"), entriesJson(changes)}};
    if (!objectId.isEmpty())
        o.insert(QStringLiteral("object_id"), objectId);
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (isRefused())
        o.insert(QStringLiteral("refused"), QJsonObject{{QStringLiteral("code"), refusal.code},
                                                        {QStringLiteral("message"), refusal.message}});
    return o;
}
