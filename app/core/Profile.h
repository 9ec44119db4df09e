#pragma once

#include "core/Finding.h"
#include "core/ProviderSettings.h"

#include <QByteArray>
#include <QCoreApplication>

/// A saved wizard profile (JSON): the whole model and no secret value, ever.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    struct Result
    {
        bool ok = false;
        QString errorCode; // profile_malformed, profile_format, profile_version
        QString error;
        ProviderSettings settings;
        Findings findings; // unknown members, wrong types
    };

    static constexpr int kVersion = 1;

    static QByteArray toJson(const ProviderSettings &settings);
    static Result fromJson(const QByteArray &json);
};
