#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

/// One row of a command's option table. The parser, --help, the man page and the shell completions are all
/// made from these rows, so they cannot disagree.
struct CliOption
{
    /// The headings --help groups options under, in this order.
    enum class Group
    {
        Command,
        Provider,
        AdminApi,
        Network,
        Output,
        Other
    };
    /// What the value is, so completion can offer files or directories.
    enum class Value
    {
        None, // a flag
        Text,
        File,
        Directory,
        Path // a file or a directory
    };

    QString name; // long name without dashes; for a positional argument, its parser name
    QString valueName;
    QString description;
    Group group = Group::Command;
    Value value = Value::None;
    QString shortName;
    QString defaultValue;
    QString environment; // a variable that stands in when the option is not given
    QStringList choices;
    bool repeatable = false;

    static CliOption flag(const QString &name, const QString &description, Group group);
    static CliOption valued(const QString &name, const QString &valueName, const QString &description,
                            Group group, Value value = Value::Text);
    static CliOption json(const QString &description = {});
    static CliOption help();

    CliOption &withShort(const QString &s);
    CliOption &withDefault(const QString &value);
    CliOption &withEnvironment(const QString &variable);
    CliOption &withChoices(const QStringList &values);
    CliOption &repeated();

    bool takesValue() const { return value != Value::None; }
    /// "--name", or "-o, --output" with a short name.
    QString spelled() const;
    /// spelled() and the value name: "-o, --output FILE".
    QString synopsis() const;
    /// The description with "[default: X]" and "[env: VAR]" appended.
    QString fullDescription() const;
    QCommandLineOption parserOption() const;
    static QString groupTitle(Group group);
};

using CliOptions = QList<CliOption>;
