// okta-jwt-wizard: the GUI. Everything lives in app/wizard; this only starts it, and hands it
// the built-in sandbox as a child process (`okta-jwt sandbox`), so the GUI links no simulator.
#include "net/SandboxProcess.h"
#include "wizard/FirstPaintProbe.h"
#include "wizard/PngIcon.h"
#include "wizard/ScreenshotTour.h"
#include "wizard/SetupWizard.h"
#include "wizard/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("okta-jwt-wizard"));
    QApplication::setApplicationName(QStringLiteral("okta-jwt-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(OWZ_VERSION));
    QApplication::setWindowIcon(PngIcon::load(QStringLiteral("app")));
    Translations translations; // the system locale's, before any text is built
    translations.install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Sets up Okta sign-in (Custom JWT) for a MongoDB Atlas App Services app."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save one PNG per page into DIR and quit."), QStringLiteral("DIR"));
    parser.addOption(screenshots);
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Try every step without accounts: start a simulated Okta and Admin "
                                        "API on 127.0.0.1 and fill the wizard in for them."));
    parser.addOption(sandbox);
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the wizard in LANG (en, de) instead of the system's language."),
        QStringLiteral("LANG"));
    parser.addOption(language);
    parser.process(app);
    if (parser.isSet(language)) // before any page is built: pages translate their texts when built
        translations.install(QLocale(parser.value(language)));
    if (parser.isSet(screenshots))
        return ScreenshotTour::run(parser.value(screenshots));

    FirstPaintProbe::installIfRequested();
    SetupWizard wizard;
    wizard.setSandboxStarter(SandboxProcess::starter(&wizard)); // started only when chosen
    wizard.show();
    if (parser.isSet(sandbox)) {
        // The window shows at once with "Starting the sandbox…" and moves on to the Okta page when it
        // answers; a failure stays on the Welcome page, and is said where a script sees it, too.
        QObject::connect(&wizard, &SetupWizard::sandboxFailed, [](const Problem &problem) {
            QTextStream(stderr) << QApplication::translate("main", "okta-jwt-wizard: the sandbox could not "
                                                                   "start: %1")
                                       .arg(problem.message)
                                << '\n';
        });
        wizard.startSandbox();
    }
    return app.exec();
}
