#include "cli/CliOption.h"

CliOption CliOption::flag(const QString &name, const QString &description, Group group)
{
    CliOption o;
    o.name = name;
    o.description = description;
    o.group = group;
    return o;
}

CliOption CliOption::valued(const QString &name, const QString &valueName, const QString &description,
                            Group group, Value value)
{
    CliOption o = flag(name, description, group);
    o.valueName = valueName;
    o.value = value;
    return o;
}

CliOption CliOption::json(const QString &description)
{
    return flag(QStringLiteral("json"),
                description.isEmpty() ? QStringLiteral("Print one JSON document on stdout instead of text.")
                                      : description,
                Group::Output);
}

CliOption CliOption::help()
{
    return flag(QStringLiteral("help"), QStringLiteral("Show this help."), Group::Other)
        .withShort(QStringLiteral("h"));
}

CliOption &CliOption::withShort(const QString &s)
{
    shortName = s;
    return *this;
}

CliOption &CliOption::withDefault(const QString &v)
{
    defaultValue = v;
    return *this;
}

CliOption &CliOption::withEnvironment(const QString &variable)
{
    environment = variable;
    return *this;
}

CliOption &CliOption::withChoices(const QStringList &values)
{
    choices = values;
    return *this;
}

CliOption &CliOption::repeated()
{
    repeatable = true;
    return *this;
}

QString CliOption::spelled() const
{
    const QString longName = QStringLiteral("--") + name;
    return shortName.isEmpty() ? longName : QStringLiteral("-%1, %2").arg(shortName, longName);
}

QString CliOption::synopsis() const
{
    return takesValue() ? spelled() + QLatin1Char(' ') + valueName : spelled();
}

QString CliOption::fullDescription() const
{
    QString text = description;
    if (!defaultValue.isEmpty())
        text += QStringLiteral(" [default: %1]").arg(defaultValue);
    if (!environment.isEmpty())
        text += QStringLiteral(" [env: %1]").arg(environment);
    return text;
}

QCommandLineOption CliOption::parserOption() const
{
    const QStringList names = shortName.isEmpty() ? QStringList{name} : QStringList{shortName, name};
    QCommandLineOption o(names, description, valueName);
    if (!defaultValue.isEmpty())
        o.setDefaultValue(defaultValue);
    return o;
}

QString CliOption::groupTitle(Group group)
{
    switch (group) {
    case Group::Command:
        return QStringLiteral("Options");
    case Group::Provider:
        return QStringLiteral("Provider options");
    case Group::AdminApi:
        return QStringLiteral("Admin API options");
    case Group::Network:
        return QStringLiteral("Network options");
    case Group::Output:
        return QStringLiteral("Output options");
    case Group::Other:
        break;
    }
    return QStringLiteral("Other options");
}
