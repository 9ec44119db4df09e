#pragma once

#include "core/Finding.h"
#include "core/Problem.h"
#include "core/ProviderSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

/// Reads a custom-token provider from providers.json text (current or legacy form) into the model.
/// Anything it does not understand is reported as a finding, never dropped silently.
class ProvidersReader
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersReader)

public:
    /// How the text was read: an object keyed by provider name, or one provider object.
    enum class Form
    {
        ProvidersFile, // auth/providers.json
        OneProvider    // auth_providers/custom-token.json
    };

    /// What was read, with what it did not understand. Text that does not parse as a JSON object fails with
    /// a Problem and where it broke (callers put the file's name and the position before the message).
    struct Reading
    {
        Problem problem; // json_malformed; null when the text parsed
        int line = 0;    // of the problem
        int column = 0;
        bool ok() const { return problem.isNull(); }

        bool found = false; // a custom-token provider is present
        ProviderSettings settings;
        QString legacyId;  // "id" of a realm-cli v1 file
        Findings findings; // what was not understood, type mismatches
        Form form = Form::ProvidersFile;
        /// Top-level members of a providers file whose value is not a provider object (a broken hand edit):
        /// each also has a `value_type` finding, and nothing may be merged into such a file.
        QStringList strayMembers;
    };

    /// auth/providers.json: an object keyed by provider name.
    static Reading readProvidersFile(const QByteArray &text);
    /// auth_providers/custom-token.json: one provider object.
    static Reading readLegacyFile(const QByteArray &text);
    /// Either form, told apart by shape (formOf()); `Reading::form` says which reading was used.
    static Reading readAny(const QByteArray &text);
    /// One provider object when the root has a string "type" or "name" and holds neither a custom-token
    /// member nor any member that is itself a provider object (an object with a string "type" or "name");
    /// else a providers file.
    static Form formOf(const QJsonObject &root);
    /// One provider object; `prefix` names it in findings (e.g. "custom-token").
    static void readProvider(const QJsonObject &provider, const QString &prefix, Reading *reading);
    /// Splits an Okta jwks_uri back into domain and authorization server; false when it is not one.
    static bool splitOktaJwkUri(const QString &uri, QString *domain, QString *authServerId);
};
