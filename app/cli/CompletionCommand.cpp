#include "cli/CompletionCommand.h"

#include "cli/CliOutput.h"
#include "cli/CommandLine.h"
#include "cli/CompletionScript.h"
#include "cli/ExitCode.h"
#include "cli/Suggestion.h"

namespace {
const QStringList kShells{QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
}

CliOptions CompletionCommand::arguments() const
{
    return {CliOption::valued(QStringLiteral("shell"), QStringLiteral("SHELL"),
                              QStringLiteral("bash, zsh or fish. Load it with: source <(okta-jwt completion "
                                             "bash); the package installs the bash and zsh scripts."),
                              CliOption::Group::Command)
                .withChoices(kShells)};
}

void CompletionCommand::start(const CommandArgs &args, const QStringList &)
{
    const QStringList positional = args.positionalArguments();
    const QString shell = positional.value(0);
    if (positional.size() != 1 || !kShells.contains(shell)) {
        CliOutput::error(QStringLiteral("usage"), QStringLiteral("completion takes one of bash, zsh, fish%1")
                                                      .arg(Suggestion::didYouMean(shell, kShells)));
        Q_EMIT finished(ExitUsage);
        return;
    }
    const QList<Command *> &commands = m_commandLine->commands();
    CliOutput::out(shell == QLatin1String("bash")  ? CompletionScript::bash(commands)
                   : shell == QLatin1String("zsh") ? CompletionScript::zsh(commands)
                                                   : CompletionScript::fish(commands));
    Q_EMIT finished(ExitOk);
}
