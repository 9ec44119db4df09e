#include "core/DeployPlan.h"

#include <QJsonArray>

DeployPlan DeployPlan::make(const QJsonObject &local, const std::optional<AdminReply::Provider> &summary,
                            const QJsonObject &remote, const QList<AdminReply::Secret> &remoteSecrets,
                            const QStringList &secretNames, const Options &options)
{
    DeployPlan plan;
    plan.provider = local;
    plan.useDraft = options.useDraft;
    const bool localDisabled = local.value(QStringLiteral("disabled")).toBool();
    if (!summary) {
        plan.action = ProviderAction::Create; // POST carries `disabled`, no toggle needed
    } else {
        plan.providerId = summary->id;
        plan.diff = ProviderDiff::compare(remote, local);
        bool onlyDisabled = true;
        for (const ProviderDiff::Entry &e : std::as_const(plan.diff))
            onlyDisabled = onlyDisabled && e.path == QLatin1String("disabled");
        const bool remoteDisabled = remote.contains(QStringLiteral("disabled"))
                                        ? remote.value(QStringLiteral("disabled")).toBool()
                                        : summary->disabled;
        if (plan.diff.isEmpty())
            plan.action = ProviderAction::Unchanged;
        else if (!options.replace)
            plan.action = ProviderAction::Blocked;
        else
            plan.action = onlyDisabled ? ProviderAction::Unchanged : ProviderAction::Update;
        // The dedicated endpoints are the documented way to switch a provider on or off; whether PATCH
        // applies `disabled` is unconfirmed, so a change of it is always followed by one.
        if (plan.action != ProviderAction::Blocked && remoteDisabled != localDisabled)
            plan.toggle = localDisabled ? Toggle::Disable : Toggle::Enable;
    }
    if (plan.isBlocked())
        return plan;
    for (const QString &name : secretNames) {
        QString id;
        for (const AdminReply::Secret &s : remoteSecrets) {
            if (s.name == name)
                id = s.id;
        }
        if (!id.isEmpty() && !options.replace)
            plan.keptSecrets << name;
        else
            plan.secrets.append({name, id});
    }
    return plan;
}

bool DeployPlan::hasWrites() const
{
    return !isBlocked() &&
           (action != ProviderAction::Unchanged || toggle != Toggle::None || !secrets.isEmpty());
}

QStringList DeployPlan::steps() const
{
    QStringList out;
    if (isBlocked()) {
        out << tr("stop: the App already has a different custom-token provider (%n field(s) differ); "
                  "confirm replacing it (--replace)",
                  nullptr, int(diff.size()));
        return out;
    }
    if (useDraft && hasWrites())
        out << tr("create a deployment draft");
    for (const SecretWrite &s : secrets)
        out << (s.secretId.isEmpty() ? tr("create secret %1") : tr("update secret %1")).arg(s.name);
    for (const QString &name : keptSecrets)
        out << tr("keep existing secret %1 (use --replace to overwrite it)").arg(name);
    if (action == ProviderAction::Create)
        out << tr("create the custom-token provider");
    else if (action == ProviderAction::Update)
        out << tr("update the custom-token provider (%n field(s))", nullptr, int(diff.size()));
    else if (action == ProviderAction::Delete)
        out << tr("delete the custom-token provider");
    if (toggle == Toggle::Enable)
        out << tr("enable the custom-token provider");
    else if (toggle == Toggle::Disable)
        out << tr("disable the custom-token provider");
    if (useDraft && hasWrites())
        out << tr("deploy the draft and wait for the deployment");
    if (!hasWrites())
        out << tr("nothing to change: the App already has this provider");
    return out;
}

QString DeployPlan::actionName() const
{
    switch (action) {
    case ProviderAction::Create:
        return QStringLiteral("create");
    case ProviderAction::Update:
        return QStringLiteral("update");
    case ProviderAction::Blocked:
        return QStringLiteral("blocked");
    case ProviderAction::Delete:
        return QStringLiteral("delete");
    case ProviderAction::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QJsonObject DeployPlan::toJson() const
{
    QJsonArray diffArray;
    for (const ProviderDiff::Entry &e : diff)
        diffArray.append(e.toJson());
    QJsonArray secretArray;
    for (const SecretWrite &s : secrets)
        secretArray.append(
            QJsonObject{{QStringLiteral("name"), s.name},
                        {QStringLiteral("action"),
                         s.secretId.isEmpty() ? QStringLiteral("create") : QStringLiteral("update")}});
    for (const QString &name : keptSecrets)
        secretArray.append(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("action"), QStringLiteral("keep")}});
    const QString toggleName = toggle == Toggle::Enable    ? QStringLiteral("enable")
                               : toggle == Toggle::Disable ? QStringLiteral("disable")
                                                           : QString();
    QJsonObject o{{QStringLiteral("action"), actionName()},
                  {QStringLiteral("diff"), diffArray},
                  {QStringLiteral("secrets"), secretArray},
                  {QStringLiteral("draft"), useDraft},
                  {QStringLiteral("steps"), QJsonArray::fromStringList(steps())}};
    if (!toggleName.isEmpty())
        o.insert(QStringLiteral("toggle"), toggleName);
    if (!providerId.isEmpty())
        o.insert(QStringLiteral("provider_id"), providerId);
    // What a create would POST (secret names only; their values never enter the plan).
    if (action == ProviderAction::Create)
        o.insert(QStringLiteral("provider"), provider);
    return o;
}
