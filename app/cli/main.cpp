#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okta-jwt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OWZ_VERSION));

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
