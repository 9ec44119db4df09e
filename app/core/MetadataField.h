#pragma once

#include <QString>
#include <QStringList>

/// One entry of `metadata_fields`: a JWT claim path copied into the user's `data` document.
struct MetadataField
{
    QString name;      // JWT path, dots separate levels, "\." is a literal dot
    QString fieldName; // optional; empty means the default (last path segment)
    bool required = false;

    /// The path split into claim names, with "\." unescaped.
    QStringList pathSegments() const;
    /// The key App Services uses under `data`: fieldName, or else the last path segment.
    QString effectiveFieldName() const;

    bool operator==(const MetadataField &o) const
    {
        return name == o.name && fieldName == o.fieldName && required == o.required;
    }
    bool operator!=(const MetadataField &o) const { return !(*this == o); }
};
