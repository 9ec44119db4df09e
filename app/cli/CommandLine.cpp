#include "CommandLine.h"

#include "CliOutput.h"
#include "ExitCode.h"

#include <QCoreApplication>

CommandLine::CommandLine(QObject *parent) : QObject(parent) {}

void CommandLine::add(Command *command)
{
    command->setParent(this);
    m_commands.append(command);
    connect(command, &Command::finished, this, &CommandLine::finished);
}

QString CommandLine::overview() const
{
    QString text = QStringLiteral("Usage: okta-jwt <command> [options]\n\n"
                                  "Sets up the MongoDB Atlas App Services Custom JWT provider for Okta.\n\n"
                                  "Commands:\n");
    for (const Command *c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(14), c->summary());
    text += QStringLiteral("\nRun okta-jwt <command> --help for its options.\n"
                           "Exit codes: 0 ok, 1 a check failed, 2 usage or input error, 3 network or remote "
                           "error.\n");
    return text;
}

void CommandLine::start(const QStringList &args)
{
    const QString name = args.value(1);
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        CliOutput::out(overview());
        Q_EMIT finished(name.isEmpty() ? ExitUsage : ExitOk);
        return;
    }
    if (name == QLatin1String("--version")) {
        CliOutput::out(QStringLiteral("okta-jwt %1\n").arg(QCoreApplication::applicationVersion()));
        Q_EMIT finished(ExitOk);
        return;
    }
    for (Command *c : std::as_const(m_commands)) {
        if (c->name() != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(c->summary());
        parser.addHelpOption();
        c->configure(parser);
        QStringList commandArgs = args.mid(1);
        commandArgs[0] = QStringLiteral("okta-jwt ") + name;
        if (!parser.parse(commandArgs)) {
            CliOutput::error(QStringLiteral("usage"),
                             parser.errorText() + QStringLiteral(" (see okta-jwt %1 --help)").arg(name));
            Q_EMIT finished(ExitUsage);
            return;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            CliOutput::out(parser.helpText());
            Q_EMIT finished(ExitOk);
            return;
        }
        c->start(parser, commandArgs);
        return;
    }
    CliOutput::error(QStringLiteral("usage"),
                     QStringLiteral("unknown command \"%1\" (see okta-jwt --help)").arg(name));
    Q_EMIT finished(ExitUsage);
}
