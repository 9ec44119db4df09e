#include "cli/CompletionScript.h"

#include "cli/Command.h"

#include <QPair>
#include <algorithm>

namespace {
// Inside single quotes, as bash, zsh and fish all read them.
QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QString names(const QList<Command *> &commands)
{
    QStringList out;
    for (const Command *c : commands)
        out << c->name();
    return out.join(QLatin1Char(' '));
}

// The spellings of an option on the command line: "-o --output" or "--json".
QStringList spellings(const CliOption &o)
{
    QStringList out;
    if (!o.shortName.isEmpty())
        out << QLatin1Char('-') + o.shortName;
    out << QStringLiteral("--") + o.name;
    return out;
}

// What bash offers for a value of kind `o` (an option's value or a positional argument).
QString bashValue(const CliOption &o)
{
    if (!o.choices.isEmpty())
        return QStringLiteral("_okta_jwt_reply -W %1").arg(quoted(o.choices.join(QLatin1Char(' '))));
    switch (o.value) {
    case CliOption::Value::File:
    case CliOption::Value::Path:
        return QStringLiteral("_okta_jwt_reply -f");
    case CliOption::Value::Directory:
        return QStringLiteral("_okta_jwt_reply -d");
    case CliOption::Value::None:
    case CliOption::Value::Text:
        break;
    }
    return QStringLiteral(":"); // free text: nothing to offer
}
} // namespace

QString CompletionScript::bash(const QList<Command *> &commands)
{
    QString s =
        QStringLiteral("# bash completion for okta-jwt, made by `okta-jwt completion bash`.\n"
                       "_okta_jwt_reply()\n{\n"
                       "    [[ $1 == -[fd] ]] && compopt -o filenames 2>/dev/null\n"
                       "    mapfile -t COMPREPLY < <(compgen \"$@\" -- \"$cur\")\n}\n\n"
                       "_okta_jwt()\n{\n"
                       "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                       "    COMPREPLY=()\n"
                       "    # --option=value: bash splits at the =.\n"
                       "    if [[ $cur == = ]]; then\n        cur=''\n"
                       "    elif [[ $prev == = ]] && ((COMP_CWORD > 2)); then\n"
                       "        prev=${COMP_WORDS[COMP_CWORD-2]}\n    fi\n"
                       "    if ((COMP_CWORD == 1)); then\n"
                       "        _okta_jwt_reply -W '%1 help --help --version'\n        return\n    fi\n"
                       "    case ${COMP_WORDS[1]} in\n"
                       "    help)\n        ((COMP_CWORD == 2)) && _okta_jwt_reply -W '%1'\n        ;;\n")
            .arg(names(commands));
    for (const Command *c : commands) {
        const CliOptions options = c->allOptions();
        QStringList all;
        s += QStringLiteral("    %1)\n").arg(c->name());
        // The options that take a value, grouped by what is offered for it.
        QList<QPair<QString, QStringList>> byValue;
        for (const CliOption &o : options) {
            all << spellings(o);
            if (!o.takesValue())
                continue;
            const QString action = bashValue(o);
            auto it = std::find_if(byValue.begin(), byValue.end(),
                                   [&action](const auto &entry) { return entry.first == action; });
            if (it == byValue.end())
                byValue.append({action, spellings(o)});
            else
                it->second << spellings(o);
        }
        if (!byValue.isEmpty())
            s += QStringLiteral("        case $prev in\n");
        for (const auto &[action, spelled] : std::as_const(byValue))
            s += QStringLiteral("        %1)\n            %2\n            return\n            ;;\n")
                     .arg(spelled.join(QLatin1Char('|')), action);
        if (!byValue.isEmpty())
            s += QStringLiteral("        esac\n");
        s += QStringLiteral("        if [[ $cur == -* ]]; then\n"
                            "            _okta_jwt_reply -W '%1'\n")
                 .arg(all.join(QLatin1Char(' ')));
        const CliOptions arguments = c->arguments();
        if (!arguments.isEmpty())
            s += QStringLiteral("        else\n            %1\n").arg(bashValue(arguments.constFirst()));
        s += QStringLiteral("        fi\n        ;;\n");
    }
    s += QStringLiteral("    esac\n}\ncomplete -F _okta_jwt okta-jwt\n");
    return s;
}

namespace {
// zsh _arguments: the explanation is in [...], the message between colons.
QString zshText(QString text)
{
    return text.replace(QLatin1Char('['), QLatin1String("\\["))
        .replace(QLatin1Char(']'), QLatin1String("\\]"))
        .replace(QLatin1Char(':'), QLatin1String("\\:"));
}

QString zshAction(const CliOption &o)
{
    if (!o.choices.isEmpty())
        return QStringLiteral("(%1)").arg(o.choices.join(QLatin1Char(' ')));
    if (o.value == CliOption::Value::Directory)
        return QStringLiteral("_files -/");
    if (o.value == CliOption::Value::File || o.value == CliOption::Value::Path)
        return QStringLiteral("_files");
    return QStringLiteral(" ");
}

QStringList zshSpecs(const CliOption &o)
{
    QStringList out;
    const QStringList all = spellings(o);
    QString exclusive;
    if (o.name == QLatin1String("help"))
        exclusive = QStringLiteral("(- *)");
    else if (!o.repeatable)
        exclusive = QStringLiteral("(%1)").arg(all.join(QLatin1Char(' ')));
    for (const QString &spelling : all) {
        QString spec = (o.repeatable ? QStringLiteral("*") : exclusive) + spelling;
        if (o.takesValue())
            spec += spelling.startsWith(QLatin1String("--")) ? QLatin1Char('=') : QLatin1Char('+');
        spec += QStringLiteral("[%1]").arg(zshText(o.description));
        if (o.takesValue())
            spec += QStringLiteral(":%1:%2").arg(zshText(o.valueName), zshAction(o));
        out << quoted(spec);
    }
    return out;
}
} // namespace

QString CompletionScript::zsh(const QList<Command *> &commands)
{
    QString s = QStringLiteral("#compdef okta-jwt\n"
                               "# zsh completion for okta-jwt, made by `okta-jwt completion zsh`.\n"
                               "_okta-jwt()\n{\n    local -a commands\n    commands=(\n");
    for (const Command *c : commands)
        s += QStringLiteral("        %1\n").arg(quoted(c->name() + QLatin1Char(':') + c->summary()));
    s += QStringLiteral(
        "    )\n    if ((CURRENT == 2)); then\n"
        "        _describe -t commands 'okta-jwt command' commands\n        return\n    fi\n"
        "    local command=${words[2]}\n    shift words\n    ((CURRENT--))\n"
        "    case $command in\n"
        "    help)\n        ((CURRENT == 2)) && _describe -t commands 'okta-jwt command' commands\n"
        "        ;;\n");
    for (const Command *c : commands) {
        QStringList specs;
        for (const CliOption &o : c->allOptions())
            specs << zshSpecs(o);
        for (const CliOption &a : c->arguments())
            specs << quoted(QStringLiteral(":%1:%2").arg(zshText(a.valueName), zshAction(a)));
        s += QStringLiteral("    %1)\n        _arguments -S \\\n            %2\n        ;;\n")
                 .arg(c->name(), specs.join(QStringLiteral(" \\\n            ")));
    }
    s += QStringLiteral("    esac\n}\n\n"
                        "# Autoloaded from fpath, or sourced: `source <(okta-jwt completion zsh)`.\n"
                        "if [[ $funcstack[1] == _okta-jwt ]]; then\n    _okta-jwt \"$@\"\nelse\n"
                        "    compdef _okta-jwt okta-jwt\nfi\n");
    return s;
}

QString CompletionScript::fish(const QList<Command *> &commands)
{
    QString s = QStringLiteral("# fish completion for okta-jwt, made by `okta-jwt completion fish`.\n"
                               "complete -c okta-jwt -f\n");
    for (const Command *c : commands)
        s += QStringLiteral("complete -c okta-jwt -n __fish_use_subcommand -a %1 -d %2\n")
                 .arg(c->name(), quoted(c->summary()));
    for (const Command *c : commands) {
        const QString when = quoted(QStringLiteral("__fish_seen_subcommand_from ") + c->name());
        const auto values = [](const CliOption &o) {
            if (!o.choices.isEmpty())
                return QStringLiteral(" -x -a %1").arg(quoted(o.choices.join(QLatin1Char(' '))));
            if (o.value == CliOption::Value::Directory)
                return QStringLiteral(" -x -a '(__fish_complete_directories)'");
            if (o.value == CliOption::Value::File || o.value == CliOption::Value::Path)
                return QStringLiteral(" -r -F");
            return o.takesValue() ? QStringLiteral(" -x") : QString();
        };
        for (const CliOption &o : c->allOptions()) {
            s += QStringLiteral("complete -c okta-jwt -n %1").arg(when);
            if (!o.shortName.isEmpty())
                s += QStringLiteral(" -s ") + o.shortName;
            s += QStringLiteral(" -l %1%2 -d %3\n").arg(o.name, values(o), quoted(o.description));
        }
        // A positional argument: the same values, without the option's "takes a value" flags.
        for (const CliOption &a : c->arguments())
            s += QStringLiteral("complete -c okta-jwt -n %1%2\n")
                     .arg(when, values(a).remove(QStringLiteral(" -r")).remove(QStringLiteral(" -x")));
    }
    return s;
}
