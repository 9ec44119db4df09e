// okta-jwt-wizard: the GUI (DESIGN §7). Everything lives in app/wizard; this only starts it.
#include "FirstPaintProbe.h"
#include "ScreenshotTour.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("okta-jwt-wizard"));
    QApplication::setApplicationName(QStringLiteral("okta-jwt-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(OWZ_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Sets up Okta sign-in (Custom JWT) for a MongoDB Atlas App Services app."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save one PNG per page into DIR and quit."), QStringLiteral("DIR"));
    parser.addOption(screenshots);
    parser.process(app);
    if (parser.isSet(screenshots))
        return ScreenshotTour::run(parser.value(screenshots));

    FirstPaintProbe::installIfRequested();
    SetupWizard wizard;
    wizard.show();
    return app.exec();
}
