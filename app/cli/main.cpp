#include "CommandLine.h"
#include "DeployCommand.h"
#include "DiscoverCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "HistoryCommand.h"
#include "SandboxCommand.h"
#include "UndoCommand.h"
#include "ValidateCommand.h"
#include "VerifyTokenCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okta-jwt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OWZ_VERSION));

    CommandLine cli;
    cli.add(new GenerateCommand);
    cli.add(new ValidateCommand);
    cli.add(new ExportCommand);
    cli.add(new DiscoverCommand);
    cli.add(new VerifyTokenCommand);
    cli.add(new DeployCommand(DeployCommand::Mode::Diff));
    cli.add(new DeployCommand(DeployCommand::Mode::Deploy));
    cli.add(new SandboxCommand);
    cli.add(new HistoryCommand);
    cli.add(new UndoCommand);

    int exitCode = -1;
    QObject::connect(&cli, &CommandLine::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    cli.start(app.arguments());
    // Synchronous commands are done already; the others finish from the event loop.
    return exitCode >= 0 ? exitCode : app.exec();
}
