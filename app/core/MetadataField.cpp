#include "core/MetadataField.h"

QStringList MetadataField::pathSegments() const
{
    QStringList segments;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('\\') && i + 1 < name.size() && name.at(i + 1) == QLatin1Char('.')) {
            current += QLatin1Char('.');
            ++i;
        } else if (c == QLatin1Char('.')) {
            segments << current;
            current.clear();
        } else {
            current += c;
        }
    }
    segments << current;
    return segments;
}

QString MetadataField::effectiveFieldName() const
{
    if (!fieldName.isEmpty())
        return fieldName;
    return pathSegments().constLast();
}
