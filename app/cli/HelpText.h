#pragma once

#include "cli/Command.h"

#include <QString>

/// The --help of a command, made from its option table: the usage line, its summary, its arguments and its
/// options under their group headings, each with its default and the environment variable standing in for it.
class HelpText
{
public:
    /// "okta-jwt validate [options] FILE|APP_DIR"
    static QString usage(const Command &command);
    static QString forCommand(const Command &command);
    /// The groups that have rows in `options`, in heading order.
    static QList<CliOption::Group> groups(const CliOptions &options);
    /// `text` broken into lines of at most `width` columns, every line after the first indented by `indent`.
    static QString wrap(const QString &text, int indent, int width);
};
