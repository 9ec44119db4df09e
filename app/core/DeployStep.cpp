#include "core/DeployStep.h"

QString DeployStep::key(Id step)
{
    switch (step) {
    case Login:
        return QStringLiteral("login");
    case ResolveApp:
        return QStringLiteral("resolve_app");
    case ListProviders:
        return QStringLiteral("list_providers");
    case GetProvider:
        return QStringLiteral("get_provider");
    case ListSecrets:
        return QStringLiteral("list_secrets");
    case Plan:
        return QStringLiteral("plan");
    case CreateDraft:
        return QStringLiteral("create_draft");
    case WriteSecret:
        return QStringLiteral("write_secret");
    case WriteProvider:
        return QStringLiteral("write_provider");
    case ToggleProvider:
        return QStringLiteral("toggle_provider");
    case DeployDraft:
        return QStringLiteral("deploy_draft");
    case WaitForDeployment:
        return QStringLiteral("wait_for_deployment");
    case DiscardDraft:
        return QStringLiteral("discard_draft");
    }
    return {};
}
