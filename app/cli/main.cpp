#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okta-jwt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OWZ_VERSION));
    // English only, but with English plural forms ("1 field differs", "2 fields differ").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/okta-jwt-wizard_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    CommandLine cli;
    cli.addAll();

    int exitCode = -1;
    QObject::connect(&cli, &CommandLine::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    cli.start(app.arguments());
    // Synchronous commands are done already; the others finish from the event loop.
    return exitCode >= 0 ? exitCode : app.exec();
}
