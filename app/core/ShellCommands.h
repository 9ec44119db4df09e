#pragma once

#include "core/ProviderSettings.h"

#include <QStringList>

/// The `okta-jwt` and `appservices` command lines that do what the wizard does, with no secret values.
class ShellCommands
{
public:
    /// The `okta-jwt` provider options that reproduce `settings`, in the order the CLI reads them.
    static QStringList providerArguments(const ProviderSettings &settings);
    /// `okta-jwt export --app-dir DIR [provider options]`, quoted for a POSIX shell.
    static QString oktaJwtExport(const ProviderSettings &settings, const QString &appDir);
    /// `okta-jwt generate [provider options] -o FILE`, quoted for a POSIX shell.
    static QString oktaJwtGenerate(const ProviderSettings &settings, const QString &file);
    /// `appservices push --local DIR [--remote CLIENT_APP_ID]`, quoted for a POSIX shell.
    static QString appServicesPush(const QString &appDir, const QString &clientAppId);
    /// One argument as a POSIX shell word: left bare when safe, else in single quotes.
    static QString quote(const QString &argument);
    static QString join(const QStringList &arguments);
};
