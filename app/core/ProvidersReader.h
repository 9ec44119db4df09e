#pragma once

#include "Finding.h"
#include "ProviderSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

/// Reads a custom-token provider from providers.json text (current or legacy form) into the model.
/// Anything it does not understand is reported as a finding, never dropped silently.
class ProvidersReader
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersReader)

public:
    struct Result
    {
        bool ok = false;   // the text parsed; `error*` say why not
        QString errorCode; // "json_malformed", "not_an_object", ...
        QString error;
        int line = 0;
        int column = 0;
        bool found = false; // a custom-token provider is present
        ProviderSettings settings;
        QString legacyId;  // "id" of a realm-cli v1 file
        Findings findings; // what was not understood, type mismatches
    };

    /// auth/providers.json: an object keyed by provider name.
    static Result readProvidersFile(const QByteArray &text);
    /// auth_providers/custom-token.json: one provider object.
    static Result readLegacyFile(const QByteArray &text);
    /// Either form, told apart by content: a lone provider object has a string "type" at the top.
    static Result readAny(const QByteArray &text);
    /// One provider object; `prefix` names it in findings (e.g. "custom-token").
    static void readProvider(const QJsonObject &provider, const QString &prefix, Result *result);
    /// Splits an Okta jwks_uri back into domain and authorization server; false when it is not one.
    static bool splitOktaJwkUri(const QString &uri, QString *domain, QString *authServerId);
};
