#include "wizard/WizardSettings.h"

#include "core/Profile.h"
#include "wizard/WizardModel.h"

#include <QSettings>
#include <QWidget>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kProfile = QStringLiteral("inputs/profile");
const QString kAppDirectory = QStringLiteral("inputs/appDirectory");
const QString kCaFile = QStringLiteral("network/caFile");
const QString kPreviewWidth = QStringLiteral("window/previewWidth");
const QString kOktaClientId = QStringLiteral("okta/clientId"); // public: a native app has no secret
} // namespace

void WizardSettings::save(const WizardModel &model, const QWidget *window)
{
    QSettings settings;
    settings.setValue(kGeometry, window->saveGeometry());
    settings.setValue(kProfile, QString::fromUtf8(Profile::toJson(model.settings())));
    settings.setValue(kAppDirectory, model.appDirectory());
    settings.setValue(kOktaClientId, model.oktaClientId());
}

void WizardSettings::restore(WizardModel *model, QWidget *window)
{
    const QSettings settings;
    if (settings.contains(kGeometry))
        window->restoreGeometry(settings.value(kGeometry).toByteArray());
    const Result<ProviderSettings> profile = Profile::fromJson(settings.value(kProfile).toString().toUtf8());
    if (profile) // a damaged entry is ignored: the wizard then starts empty
        model->setSettings(*profile);
    model->setAppDirectory(settings.value(kAppDirectory).toString());
    model->setOktaClientId(settings.value(kOktaClientId).toString());
}

QString WizardSettings::caFile()
{
    return QSettings().value(kCaFile).toString();
}

void WizardSettings::setCaFile(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(kCaFile);
    else
        settings.setValue(kCaFile, path);
}

int WizardSettings::previewWidth(int fallback)
{
    bool ok = false;
    const int width = QSettings().value(kPreviewWidth).toInt(&ok);
    return ok && width > 0 ? width : fallback;
}

void WizardSettings::setPreviewWidth(int width)
{
    QSettings().setValue(kPreviewWidth, width);
}
