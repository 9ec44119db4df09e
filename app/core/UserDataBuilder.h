#pragma once

#include "core/Finding.h"
#include "core/MetadataField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

/// Builds the user `data` document App Services makes from `metadata_fields`: each claim at
/// the field's path is copied under its effective field name.
class UserDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(UserDataBuilder)

public:
    static constexpr qsizetype kMaxClaimChars = 4096;

    /// Appends `required_claim_missing` (all of them first) then `claim_too_long` failures.
    /// Absent or null claims are left out of the document.
    static QJsonObject build(const QJsonObject &claims, const QList<MetadataField> &fields,
                             Findings *failures);
    /// The value at `path` (one claim name per level); false when a level is absent or not an object.
    static bool lookup(const QJsonObject &claims, const QStringList &path, QJsonValue *value);
    /// Length App Services counts: characters of a string, else of the value's compact JSON.
    static qsizetype valueLength(const QJsonValue &value);
};
