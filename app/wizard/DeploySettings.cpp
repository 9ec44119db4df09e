#include "wizard/DeploySettings.h"

#include "core/AdminRequests.h"

#include <QSettings>

namespace {
const QString kUrl = QStringLiteral("deploy/adminApiUrl");
const QString kPublicKey = QStringLiteral("deploy/publicKey");
const QString kRemember = QStringLiteral("deploy/rememberKey");
const QString kDraft = QStringLiteral("deploy/useDraft");
} // namespace

void DeploySettings::save(const Values &values)
{
    QSettings settings;
    settings.setValue(kUrl, values.adminApiUrl);
    settings.setValue(kPublicKey, values.publicKey);
    settings.setValue(kRemember, values.rememberKey);
    settings.setValue(kDraft, values.useDraft);
}

DeploySettings::Values DeploySettings::restore()
{
    const QSettings settings;
    Values v;
    v.adminApiUrl = settings.value(kUrl, AdminRequests::defaultBaseUrl()).toString();
    v.publicKey = settings.value(kPublicKey).toString();
    v.rememberKey = settings.value(kRemember, false).toBool();
    v.useDraft = settings.value(kDraft, false).toBool();
    return v;
}
