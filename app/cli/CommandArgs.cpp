#include "cli/CommandArgs.h"

bool CommandArgs::isSet(const QString &name) const
{
    m_read.insert(name);
    return m_parser.isSet(name);
}

QString CommandArgs::value(const QString &name) const
{
    m_read.insert(name);
    return m_parser.value(name);
}

QStringList CommandArgs::values(const QString &name) const
{
    m_read.insert(name);
    return m_parser.values(name);
}

QStringList CommandArgs::optionsRead() const
{
    QStringList names(m_read.begin(), m_read.end());
    names.sort();
    return names;
}
