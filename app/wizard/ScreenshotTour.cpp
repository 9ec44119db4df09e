#include "wizard/ScreenshotTour.h"

#include "core/AppDirectory.h"
#include "wizard/ApplyPage.h"
#include "wizard/PreviewPane.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardModel.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// A pulled app with one other provider, so the Apply page shows a real merge.
bool makeSampleApp(const QString &dir)
{
    return AppDirectory::writeAtomically(
               dir + QStringLiteral("/root_config.json"),
               "{\n    \"name\": \"myapp\",\n    \"config_version\": 20210101\n}\n") &&
           AppDirectory::writeAtomically(dir + QStringLiteral("/auth/providers.json"),
                                         "{\n    \"anon-user\": {\n        \"name\": \"anon-user\",\n"
                                         "        \"type\": \"anon-user\",\n        \"disabled\": false\n"
                                         "    }\n}\n");
}

bool save(QWidget *window, const QString &outputDir, const QString &name)
{
    settle();
    QTextStream err(stderr);
    const QString file = QDir(outputDir).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(file)) {
        err << "cannot write " << file << '\n';
        return false;
    }
    err << "wrote " << file << '\n';
    return true;
}
} // namespace

int ScreenshotTour::run(const QString &outputDir)
{
    QTextStream err(stderr);
    QTemporaryDir scratch;
    if (!scratch.isValid() || !QDir().mkpath(outputDir)) {
        err << "cannot create " << outputDir << '\n';
        return 1;
    }
    // Never read or touch the user's own remembered inputs.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       scratch.filePath(QStringLiteral("settings")));
    const QString appDir = scratch.filePath(QStringLiteral("myapp"));
    if (!makeSampleApp(appDir)) {
        err << "cannot create the sample app directory\n";
        return 1;
    }

    SetupWizard wizard; // at its default size, as it first opens
    wizard.show();
    const char *names[] = {"01-welcome",  "02-okta",   "03-app-services",
                           "04-metadata", "05-review", "06-apply"};
    for (int page = SetupWizard::WelcomePageId; page <= SetupWizard::ApplyPageId; ++page) {
        if (page == SetupWizard::OktaPageId) {
            ProviderSettings s;
            s.oktaDomain = QStringLiteral("dev-123456.okta.com");
            s.clientAppId = QStringLiteral("myapp-abcde");
            s.audience = {QStringLiteral("api://default")};
            s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("oktaUserId"), true},
                                {QStringLiteral("groups"), QString(), false},
                                {QStringLiteral("profile.department"), QString(), false}};
            wizard.model()->setSettings(s);
        }
        if (page == SetupWizard::ReviewPageId)
            wizard.model()->setAppDirectory(appDir);
        if (page > SetupWizard::WelcomePageId)
            wizard.next();
        if (page == SetupWizard::MetadataPageId) // the last edit is what the preview marks
            wizard.model()->update([](ProviderSettings &s) {
                s.metadataFields.append({QStringLiteral("email"), QString(), false});
            });
        if (page == SetupWizard::ApplyPageId)
            wizard.applyPage()->exportToAppDirectory();
        if (!save(&wizard, outputDir, QLatin1String(names[page])))
            return 1;
    }
    // The Apply page's other tab.
    if (auto *tabs = wizard.findChild<QTabWidget *>(QStringLiteral("applyTabWidget")))
        tabs->setCurrentWidget(wizard.findChild<QWidget *>(QStringLiteral("deployTab")));
    return save(&wizard, outputDir, QStringLiteral("07-deploy")) ? 0 : 1;
}
