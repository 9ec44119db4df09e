#pragma once

#include "core/Finding.h"
#include "core/ProviderSettings.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

/// A saved wizard profile (JSON): the whole model and no secret value, ever.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr int kVersion = 1;

    static QByteArray toJson(const ProviderSettings &settings);
    /// The settings a profile holds, or a Problem: profile_malformed, profile_format, profile_version, or
    /// profile_value_type naming every member of the wrong type.
    static Result<ProviderSettings> fromJson(const QByteArray &json);
};
