#pragma once

#include "core/JsonStyle.h"
#include "core/ProviderSettings.h"

#include <QByteArray>
#include <QJsonObject>

/// Renders the custom-token provider exactly as App Services writes it.
class ProvidersWriter
{
public:
    /// The provider as a JSON object (for the Admin API, where key order does not matter).
    static QJsonObject providerObject(const ProviderSettings &settings);

    /// The provider value (`{ ... }`) as text; `level` is the nesting depth of its opening brace.
    /// A non-empty `legacyId` is written first as `"id"` (realm-cli v1 files carry it).
    static QString providerText(const ProviderSettings &settings, const JsonStyle &style, int level,
                                const QString &legacyId = {});

    /// A whole auth/providers.json holding only the custom-token provider, UTF-8, trailing newline.
    static QByteArray providersFile(const ProviderSettings &settings);

    /// Any JSON value, with object keys in QJsonObject's (alphabetical) order.
    static QString valueText(const QJsonValue &value, const JsonStyle &style, int level);
    static QString quoted(const QString &s);
};
