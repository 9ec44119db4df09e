#include "cli/HelpText.h"

#include <QRegularExpression>

namespace {
constexpr int kColumn = 30; // where descriptions start
constexpr int kWidth = 80;

QString row(const QString &left, const QString &description)
{
    QString line = QStringLiteral("  ") + left;
    if (line.size() + 2 > kColumn)
        line += QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
    else
        line = line.leftJustified(kColumn);
    return line + HelpText::wrap(description, kColumn, kWidth) + QLatin1Char('\n');
}
} // namespace

QString HelpText::usage(const Command &command)
{
    QString text = QStringLiteral("okta-jwt %1 [options]").arg(command.name());
    for (const CliOption &a : command.arguments())
        text += QLatin1Char(' ') + a.valueName;
    return text;
}

QList<CliOption::Group> HelpText::groups(const CliOptions &options)
{
    QList<CliOption::Group> out;
    for (int g = int(CliOption::Group::Command); g <= int(CliOption::Group::Other); ++g)
        for (const CliOption &o : options)
            if (o.group == CliOption::Group(g)) {
                out << o.group;
                break;
            }
    return out;
}

QString HelpText::forCommand(const Command &command)
{
    QString text = QStringLiteral("Usage: %1\n\n%2\n").arg(usage(command), command.summary());
    const CliOptions arguments = command.arguments();
    if (!arguments.isEmpty()) {
        text += QStringLiteral("\nArguments:\n");
        for (const CliOption &a : arguments)
            text += row(a.valueName, a.description);
    }
    const CliOptions options = command.allOptions();
    for (CliOption::Group g : groups(options)) {
        text += QStringLiteral("\n%1:\n").arg(CliOption::groupTitle(g));
        for (const CliOption &o : options)
            if (o.group == g)
                text += row(o.synopsis(), o.fullDescription());
    }
    return text;
}

QString HelpText::wrap(const QString &text, int indent, int width)
{
    QString out;
    int column = indent;
    // "[default: X]" and "[env: VAR]" stay on one line.
    static const QRegularExpression token(QStringLiteral("\\[[^\\]]*\\]|\\S+"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (column > indent && column + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}
