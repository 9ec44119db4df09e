#include "wizard/DeployInputs.h"

#include "core/AdminRequests.h"
#include "core/FieldKeys.h"
#include "core/ProviderValidator.h"

QString DeployInputs::problem(bool needProvider) const
{
    const Findings url = AdminRequests::checkBaseUrl(baseUrl);
    if (hasErrors(url))
        return url.first().message;
    if (projectId.isEmpty())
        return tr("Enter the Atlas project id.");
    for (const Finding &f : ProviderValidator::validateTarget(projectId, QStringLiteral("app"))) {
        if (f.isError() && f.field == FieldKeys::ProjectId)
            return f.message;
    }
    if (publicKey.isEmpty())
        return tr("Enter the public key of an Atlas programmatic API key.");
    if (!havePrivateKey)
        return tr("Enter the private key of the API key.");
    if (!needProvider)
        return {};
    // The panel has its own project and App fields; every other provider error blocks.
    for (const Finding &f : ProviderValidator::validate(provider)) {
        if (f.isError() && f.field != FieldKeys::ProjectId && f.field != FieldKeys::ClientAppId)
            return tr("Fix the errors listed on the Review page first (%1).").arg(f.message);
    }
    if (clientAppId.isEmpty())
        return tr("Pick the App (Load Apps) or enter its Client App ID on the App Services page.");
    return {};
}
