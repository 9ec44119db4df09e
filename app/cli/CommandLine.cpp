#include "cli/CommandLine.h"

#include "cli/CliOutput.h"
#include "cli/CompletionCommand.h"
#include "cli/DeployCommand.h"
#include "cli/DiscoverCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/HelpText.h"
#include "cli/HistoryCommand.h"
#include "cli/LoginCommand.h"
#include "cli/ManPage.h"
#include "cli/OktaSetupCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/Suggestion.h"
#include "cli/TestLoginCommand.h"
#include "cli/UndoCommand.h"
#include "cli/ValidateCommand.h"
#include "cli/VerifyTokenCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine::CommandLine(QObject *parent) : QObject(parent) {}

void CommandLine::add(Command *command)
{
    command->setParent(this);
    m_commands.append(command);
    connect(command, &Command::finished, this, &CommandLine::finished);
}

void CommandLine::addAll()
{
    add(new GenerateCommand);
    add(new ValidateCommand);
    add(new ExportCommand);
    add(new DiscoverCommand);
    add(new VerifyTokenCommand);
    add(new DeployCommand(DeployCommand::Mode::Diff));
    add(new DeployCommand(DeployCommand::Mode::Deploy));
    add(new OktaSetupCommand);
    add(new SandboxCommand);
    add(new LoginCommand);
    add(new TestLoginCommand);
    add(new HistoryCommand);
    add(new UndoCommand);
    add(new CompletionCommand(this));
}

QString CommandLine::overview() const
{
    QString text = QStringLiteral("Usage: okta-jwt <command> [options]\n\n"
                                  "Sets up the MongoDB Atlas App Services Custom JWT provider for Okta.\n\n"
                                  "Commands:\n");
    for (const Command *c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(14), c->summary());
    text += QStringLiteral("\nRun okta-jwt <command> --help (or okta-jwt help <command>) for its options.\n"
                           "Exit codes: 0 ok, 1 a check failed, 2 usage or input error, 3 network or remote "
                           "error.\n");
    return text;
}

Command *CommandLine::find(const QString &name) const
{
    for (Command *c : m_commands)
        if (c->name() == name)
            return c;
    return nullptr;
}

void CommandLine::usageError(const QString &message)
{
    CliOutput::error(QStringLiteral("usage"), message);
    Q_EMIT finished(ExitUsage);
}

void CommandLine::start(const QStringList &args)
{
    const QString name = args.value(1);
    QStringList names;
    for (const Command *c : std::as_const(m_commands))
        names << c->name();
    if (name == QLatin1String("help") && args.size() > 2) {
        if (const Command *c = find(args.at(2))) {
            CliOutput::out(HelpText::forCommand(*c));
            Q_EMIT finished(ExitOk);
            return;
        }
        return usageError(QStringLiteral("unknown command \"%1\"%2 (see okta-jwt --help)")
                              .arg(args.at(2), Suggestion::didYouMean(args.at(2), names)));
    }
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        CliOutput::out(overview());
        if (name.isEmpty())
            CliOutput::error(QStringLiteral("usage"), QStringLiteral("no command given"));
        Q_EMIT finished(name.isEmpty() ? ExitUsage : ExitOk);
        return;
    }
    if (name == QLatin1String("--version")) {
        CliOutput::out(QStringLiteral("okta-jwt %1\n").arg(QCoreApplication::applicationVersion()));
        Q_EMIT finished(ExitOk);
        return;
    }
    // Not in the overview: the build makes the installed man page with it.
    if (name == QLatin1String("--man")) {
        CliOutput::out(ManPage::render(m_commands, QCoreApplication::applicationVersion()));
        Q_EMIT finished(ExitOk);
        return;
    }
    if (Command *c = find(name))
        return run(c, args);
    usageError(QStringLiteral("unknown command \"%1\"%2 (see okta-jwt --help)")
                   .arg(name, Suggestion::didYouMean(name, names)));
}

void CommandLine::run(Command *c, const QStringList &args)
{
    const QString name = c->name();
    QCommandLineParser parser;
    const CliOptions options = c->allOptions();
    for (const CliOption &o : options)
        parser.addOption(o.parserOption());
    for (const CliOption &a : c->arguments())
        parser.addPositionalArgument(a.name, a.description, a.valueName);
    QStringList commandArgs = args.mid(1);
    commandArgs[0] = QStringLiteral("okta-jwt ") + name;
    if (!parser.parse(commandArgs)) {
        QString message = parser.errorText();
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString &option = unknown.constFirst();
            QStringList longNames;
            for (const CliOption &o : options)
                longNames << o.name;
            message = option.size() == 1
                          ? QStringLiteral("unknown option -%1").arg(option)
                          : QStringLiteral("unknown option --%1%2")
                                .arg(option, Suggestion::didYouMean(option, longNames, QStringLiteral("--")));
        }
        return usageError(message + QStringLiteral(" (see okta-jwt %1 --help)").arg(name));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(HelpText::forCommand(*c));
        Q_EMIT finished(ExitOk);
        return;
    }
    const CommandArgs parsed(parser);
    c->start(parsed, commandArgs);
    m_optionsRead = parsed.optionsRead();
}
