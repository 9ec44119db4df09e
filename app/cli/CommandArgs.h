#pragma once

#include <QCommandLineParser>
#include <QSet>
#include <QStringList>

/// A command's parsed options and arguments. It remembers which options the command asked about, so the
/// tests can hold each command's option table (and so its --help) to what the command really reads.
class CommandArgs
{
public:
    explicit CommandArgs(const QCommandLineParser &parser) : m_parser(parser) {}

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    /// The option names asked about so far, sorted.
    QStringList optionsRead() const;

private:
    const QCommandLineParser &m_parser;
    mutable QSet<QString> m_read;
};
