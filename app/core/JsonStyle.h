#pragma once

#include <QString>

/// How a providers.json file is laid out, so a merge can write the way the file already does.
struct JsonStyle
{
    /// Provider key order: since 2024 App Services writes `disabled` before `config`; earlier after it.
    enum class KeyOrder
    {
        Modern,
        Classic
    };

    QString indentUnit = QStringLiteral("    ");
    QString newline = QStringLiteral("\n");
    KeyOrder keyOrder = KeyOrder::Modern;
};
