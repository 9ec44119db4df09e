#pragma once

#include "core/Finding.h"
#include "core/JsonStyle.h"
#include "core/Problem.h"
#include "core/ProviderSettings.h"

#include <QByteArray>
#include <QCoreApplication>

/// Puts the custom-token provider into existing providers.json text, changing only that entry's bytes.
class ProvidersMerger
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersMerger)

public:
    enum class Action
    {
        Unchanged,
        Added,
        Replaced,
        NeedsConsent,
        Refused
    };

    /// What the merge did or would do. Refused carries the Problem (and, for text that did not parse,
    /// where it broke) together with the findings read so far.
    struct Merge
    {
        Action action = Action::Refused;
        QByteArray text; // the file after the merge (NeedsConsent: what replacing would write)
        Problem problem; // Refused: json_malformed, value_type (members that are not providers), ...
        int line = 0;    // json_malformed: where the existing text broke
        int column = 0;
        bool hadProvider = false;
        ProviderSettings existing; // the custom-token found in the file, if any
        Findings findings;         // what the reader did not understand in the existing entry
    };

    /// Current format: `existing` is the whole auth/providers.json (empty = a new file).
    /// An existing, different custom-token is replaced only when `replace` is true, else NeedsConsent.
    static Merge mergeProvidersFile(const QByteArray &existing, const ProviderSettings &settings,
                                    bool replace);

    /// Legacy format: `existing` is auth_providers/custom-token.json (empty = a new file); `style` comes from
    /// the neighbouring provider files. Its "id" is kept.
    static Merge mergeLegacyFile(const QByteArray &existing, const JsonStyle &style,
                                 const ProviderSettings &settings, bool replace);

    /// The layout of an existing provider object in `text` (indent unit, newline, key order).
    static JsonStyle detectStyle(const QByteArray &text);
    /// The key order an object at `objectBegin` shows; false when it holds not both disabled and config.
    static bool keyOrderOf(const QByteArray &text, qsizetype objectBegin, JsonStyle::KeyOrder *order);
};
