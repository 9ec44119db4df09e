#include "core/ShellCommands.h"

#include <QRegularExpression>

QStringList ShellCommands::providerArguments(const ProviderSettings &s)
{
    QStringList args;
    if (!s.oktaDomain.trimmed().isEmpty())
        args << QStringLiteral("--okta-domain") << s.oktaDomain.trimmed();
    if (s.authServerId.trimmed() != QLatin1String("default"))
        args << QStringLiteral("--auth-server") << s.authServerId.trimmed();
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    // The command discovers on its own; only a jwks_uri it would not derive needs saying.
    const QString jwkUri = s.effectiveJwkUri();
    if (!manual && !jwkUri.isEmpty() && jwkUri != s.derivedJwkUri())
        args << QStringLiteral("--jwk-uri") << jwkUri;
    for (const MetadataField &f : s.metadataFields) {
        args << (f.required ? QStringLiteral("--require-claim") : QStringLiteral("--claim"));
        args << (f.fieldName.isEmpty() ? f.name : f.name + QLatin1Char('=') + f.fieldName);
    }
    for (const QString &a : s.audience)
        args << QStringLiteral("--audience") << a;
    if (s.requireAnyAudience)
        args << QStringLiteral("--require-any-audience");
    if (s.disabled)
        args << QStringLiteral("--disabled");
    if (manual) {
        args << QStringLiteral("--signing-algorithm") << s.signingAlgorithm;
        for (const QString &name : s.signingKeyNames) // names only: values never reach a command line
            args << QStringLiteral("--signing-key") << name;
    }
    return args;
}

QString ShellCommands::oktaJwtExport(const ProviderSettings &settings, const QString &appDir)
{
    return join(QStringList{QStringLiteral("okta-jwt"), QStringLiteral("export"), QStringLiteral("--app-dir"),
                            appDir} +
                providerArguments(settings));
}

QString ShellCommands::oktaJwtGenerate(const ProviderSettings &settings, const QString &file)
{
    return join(QStringList{QStringLiteral("okta-jwt"), QStringLiteral("generate")} +
                providerArguments(settings) + QStringList{QStringLiteral("-o"), file});
}

QString ShellCommands::appServicesPush(const QString &appDir, const QString &clientAppId)
{
    QStringList args{QStringLiteral("appservices"), QStringLiteral("push"), QStringLiteral("--local"),
                     appDir};
    if (!clientAppId.isEmpty())
        args << QStringLiteral("--remote") << clientAppId;
    return join(args);
}

QString ShellCommands::quote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString out = argument;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString ShellCommands::join(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &a : arguments)
        quoted << quote(a);
    return quoted.join(QLatin1Char(' '));
}
