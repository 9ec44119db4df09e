#include "cli/ManPage.h"

#include "cli/Command.h"
#include "cli/HelpText.h"

#include <algorithm>

namespace {
// Text as roff prints it literally: escaped backslashes and hyphens, no line read as a request.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e")).replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

QString entry(const CliOption &o)
{
    QString names;
    if (!o.shortName.isEmpty())
        names = QStringLiteral("\\-%1, ").arg(roff(o.shortName));
    names += QStringLiteral("\\-\\-") + roff(o.name);
    const QString head = o.takesValue() ? QStringLiteral(".BI \"%1 \" %2").arg(names, roff(o.valueName))
                                        : QStringLiteral(".B %1").arg(names);
    return QStringLiteral(".TP\n%1\n%2\n").arg(head, roff(o.fullDescription()));
}

bool shared(CliOption::Group g)
{
    return g == CliOption::Group::Provider || g == CliOption::Group::AdminApi ||
           g == CliOption::Group::Network;
}

// The rows of a shared group across all commands, first description wins (they are the same rows).
CliOptions sharedRows(const QList<Command *> &commands, CliOption::Group g)
{
    CliOptions rows;
    QStringList seen;
    for (const Command *c : commands)
        for (const CliOption &o : c->options())
            if (o.group == g && !seen.contains(o.name)) {
                seen << o.name;
                rows << o;
            }
    return rows;
}

QString optionName(const CliOption &o)
{
    return QStringLiteral("\\fB\\-\\-%1\\fR").arg(roff(o.name));
}

// "the provider options", "the provider options except --disabled", or for a few of many, the few by name.
QString sharedUse(const Command &c, CliOption::Group g, const CliOptions &all)
{
    QStringList missing, present;
    const CliOptions mine = c.options();
    for (const CliOption &o : all) {
        const bool has =
            std::any_of(mine.begin(), mine.end(), [&o](const CliOption &m) { return m.name == o.name; });
        (has ? present : missing) << optionName(o);
    }
    QString noun = CliOption::groupTitle(g);
    if (g != CliOption::Group::AdminApi) // "Admin API" keeps its capitals
        noun[0] = noun.at(0).toLower();
    if (missing.size() > present.size())
        return QStringLiteral("%1 (%2)").arg(present.join(QStringLiteral(", ")), noun);
    QString text = QStringLiteral("the ") + noun;
    if (!missing.isEmpty())
        text += QStringLiteral(" except ") + missing.join(QStringLiteral(", "));
    return text;
}

const char *const kDescription = R"(.SH DESCRIPTION
.B okta\-jwt
is the command\-line twin of
.BR okta\-jwt\-wizard (1).
It writes the App Services
.B custom\-token
provider for an Okta authorization server, exactly as App Services writes
.IR auth/providers.json ,
checks it against the rules of both services, checks Okta access tokens the way App Services will, and
deploys the provider through the Admin API.
Every command takes
.BR \-\-help ;
.B okta\-jwt completion bash|zsh|fish
prints a shell completion script.
)";

const char *const kTail = R"(.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
A check failed: invalid configuration or token, a different existing provider without \-\-replace, or
differences found.
.TP
.B 2
Usage or input error: unknown option, unreadable or malformed file, missing app directory, missing credentials.
.TP
.B 3
Network or remote error.
.SH DIAGNOSTICS
A run that exits with a non\-zero status prints exactly one error line on standard error, also with
\fB\-\-json\fR:
.B okta\-jwt:
.IB code :
.IR message .
Further errors follow it, indented, as
.BI "error: " code :
.IR message ;
warnings are printed as
.B okta\-jwt: warning:
.IB code :
.IR message .
The codes are stable and listed in the README.
.SH EXAMPLES
.nf
okta\-jwt generate \-\-okta\-domain dev\-123456.okta.com \-\-auth\-server default
okta\-jwt export \-\-app\-dir ./myapp \-\-okta\-domain dev\-123456.okta.com \-\-dry\-run
okta\-jwt validate ./myapp
okta\-jwt verify\-token \-\-okta\-domain dev\-123456.okta.com \-\-client\-app\-id myapp\-abcde < token.txt
okta\-jwt diff \-\-okta\-domain dev\-123456.okta.com \-\-project\-id ID \-\-app myapp\-abcde
.fi
.SH SECURITY
Private API keys and signing\-key values are never accepted as flag values, never printed, logged or written to
profiles or exported files.
.SH SEE ALSO
.BR okta\-jwt\-wizard (1)
)";
} // namespace

QString ManPage::render(const QList<Command *> &commands, const QString &version)
{
    QString s =
        QStringLiteral(".TH OKTA\\-JWT 1 \"\" \"okta\\-jwt %1\" \"User Commands\"\n.SH NAME\n"
                       "okta\\-jwt \\- set up MongoDB Atlas App Services Custom JWT authentication for "
                       "Okta\n.SH SYNOPSIS\n")
            .arg(roff(version));
    for (const Command *c : commands)
        s += QStringLiteral(".B okta\\-jwt %1\n%2\n.br\n")
                 .arg(roff(c->name()), roff(HelpText::usage(*c).section(QLatin1Char(' '), 2)));
    s += QLatin1String(kDescription);
    s += QStringLiteral(".SH COMMANDS\n");
    QList<CliOption::Group> sharedGroups;
    for (const Command *c : commands) {
        s += QStringLiteral(".SS %1\n%2\n").arg(roff(c->name()), roff(c->summary()));
        for (const CliOption &a : c->arguments())
            s += QStringLiteral(".TP\n.I %1\n%2\n").arg(roff(a.valueName), roff(a.description));
        QStringList uses;
        for (CliOption::Group g : HelpText::groups(c->options())) {
            if (shared(g)) {
                uses << sharedUse(*c, g, sharedRows(commands, g));
                if (!sharedGroups.contains(g))
                    sharedGroups << g;
                continue;
            }
            for (const CliOption &o : c->options())
                if (o.group == g)
                    s += entry(o);
        }
        if (!uses.isEmpty())
            s += QStringLiteral(".PP\nAlso takes %1.\n").arg(uses.join(QStringLiteral("; ")));
    }
    std::sort(sharedGroups.begin(), sharedGroups.end());
    for (CliOption::Group g : sharedGroups) {
        s += QStringLiteral(".SH %1\n").arg(roff(CliOption::groupTitle(g).toUpper()));
        for (const CliOption &o : sharedRows(commands, g))
            s += entry(o);
    }
    s += QStringLiteral(".SH ENVIRONMENT\n");
    for (CliOption::Group g : sharedGroups)
        for (const CliOption &o : sharedRows(commands, g))
            if (!o.environment.isEmpty())
                s += QStringLiteral(".TP\n.B %1\nUsed when \\fB\\-\\-%2\\fR is not given.\n")
                         .arg(roff(o.environment), roff(o.name));
    s += QLatin1String(kTail);
    return s;
}
