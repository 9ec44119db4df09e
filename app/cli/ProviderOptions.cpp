#include "cli/ProviderOptions.h"

#include "core/FileReader.h"
#include "core/Profile.h"
#include "core/ProviderValidator.h"
#include "core/SigningKeyFile.h"

namespace {
const QString kClaim = QStringLiteral("claim");
const QString kRequireClaim = QStringLiteral("require-claim");

// The --claim and --require-claim values in command-line order (QCommandLineParser keeps them per option).
QList<MetadataField> orderedClaims(const QStringList &rawArgs)
{
    QList<MetadataField> out;
    for (qsizetype i = 0; i < rawArgs.size(); ++i) {
        const QString &a = rawArgs.at(i);
        if (a == QLatin1String("--"))
            break;
        for (const QString &opt : {kClaim, kRequireClaim}) {
            const QString flag = QStringLiteral("--") + opt;
            if (a == flag && i + 1 < rawArgs.size())
                out << ProviderOptions::parseClaim(rawArgs.at(++i), opt == kRequireClaim);
            else if (a.startsWith(flag + QLatin1Char('=')))
                out << ProviderOptions::parseClaim(a.mid(flag.size() + 1), opt == kRequireClaim);
        }
    }
    return out;
}

// --signing-algorithm and --signing-key; false (and r->error) when a key file cannot be read.
bool readManualKeys(const CommandArgs &p, ProviderOptions::Parsed *r)
{
    if (p.isSet(QStringLiteral("signing-algorithm")) || p.isSet(QStringLiteral("signing-key"))) {
        r->settings.verification = ProviderSettings::Verification::ManualKeys;
        if (p.isSet(QStringLiteral("signing-algorithm")))
            r->settings.signingAlgorithm = p.value(QStringLiteral("signing-algorithm"));
    }
    if (p.isSet(QStringLiteral("signing-key"))) {
        r->settings.signingKeyNames.clear();
        for (const QString &v : p.values(QStringLiteral("signing-key"))) {
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            const QString name = eq < 0 ? v : v.left(eq);
            r->settings.signingKeyNames << name;
            if (eq < 0)
                continue;
            const QString path = v.mid(eq + 1);
            // Read once: the value checked is the value deploy uploads (a pipe such as <(pass show k) can
            // only be read once, and a file could change in between).
            const Result<SigningKeyFile::Value> key = SigningKeyFile::read(name, path);
            if (!key) {
                r->errorCode = key.problem().code;
                r->error = key.problem().message;
                return false;
            }
            r->findings << key->findings;
            r->signingKeyValues.insert(name, key->value);
        }
    }
    return true;
}
} // namespace

CliOptions ProviderOptions::options(Use use)
{
    using O = CliOption;
    const O::Group g = O::Group::Provider;
    CliOptions rows{
        O::valued(QStringLiteral("okta-domain"), QStringLiteral("D"),
                  QStringLiteral("Okta org domain, e.g. dev-123456.okta.com."), g),
        O::valued(QStringLiteral("auth-server"), QStringLiteral("ID"),
                  QStringLiteral("Authorization server id."), g)
            .withDefault(QStringLiteral("default")),
        O::valued(QStringLiteral("jwk-uri"), QStringLiteral("URL"),
                  QStringLiteral("JWK URI; overrides the one derived from the domain."), g),
        O::valued(kClaim, QStringLiteral("PATH[=FIELD]"),
                  QStringLiteral("Map a claim to user data (repeatable, in order)."), g)
            .repeated(),
        O::valued(kRequireClaim, QStringLiteral("PATH[=FIELD]"),
                  QStringLiteral("Like --claim, but logins without it fail."), g)
            .repeated(),
        O::valued(
            QStringLiteral("audience"), QStringLiteral("A"),
            QStringLiteral("Expected aud value (repeatable); without it, aud must hold the Client App ID."),
            g)
            .repeated(),
        O::flag(QStringLiteral("require-any-audience"),
                QStringLiteral("Accept a token with any one of the audiences."), g),
    };
    if (use == Use::Write)
        rows << O::flag(QStringLiteral("disabled"), QStringLiteral("Write the provider disabled."), g)
             << O::valued(QStringLiteral("signing-algorithm"), QStringLiteral("ALG"),
                          QStringLiteral("Manual keys instead of a JWK URI: HS256 or RS256."), g)
                    .withChoices({QStringLiteral("HS256"), QStringLiteral("RS256")})
             << O::valued(QStringLiteral("signing-key"), QStringLiteral("NAME[=FILE]"),
                          QStringLiteral("App Services Secret name of a signing key (1..3); =FILE holds its "
                                         "value."),
                          g)
                    .repeated();
    rows << O::valued(QStringLiteral("profile"), QStringLiteral("FILE"),
                      QStringLiteral("Start from a saved wizard profile; flags override it."), g,
                      O::Value::File);
    return rows;
}

MetadataField ProviderOptions::parseClaim(const QString &value, bool required)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {value, QString(), required};
    return {value.left(eq), value.mid(eq + 1), required};
}

ProviderOptions::Parsed ProviderOptions::read(const CommandArgs &p, const QStringList &rawArgs, Use use)
{
    Parsed r;
    ProviderSettings &s = r.settings;
    if (p.isSet(QStringLiteral("profile"))) {
        const QString path = p.value(QStringLiteral("profile"));
        const Result<QByteArray> file = FileReader::read(path);
        if (!file) {
            r.errorCode = file.problem().code == QLatin1String("file_too_large")
                              ? file.problem().code
                              : QStringLiteral("profile_unreadable");
            r.error = file.problem().message;
            return r;
        }
        const Result<ProviderSettings> loaded = Profile::fromJson(*file);
        if (!loaded) {
            r.errorCode = loaded.problem().code;
            r.error = QStringLiteral("%1: %2").arg(path, loaded.problem().message);
            return r;
        }
        s = *loaded;
    }
    if (p.isSet(QStringLiteral("okta-domain")))
        s.oktaDomain = p.value(QStringLiteral("okta-domain"));
    if (p.isSet(QStringLiteral("auth-server")))
        s.authServerId = p.value(QStringLiteral("auth-server"));
    if (p.isSet(QStringLiteral("jwk-uri"))) {
        s.jwkUri = p.value(QStringLiteral("jwk-uri"));
        s.verification = ProviderSettings::Verification::JwkUri;
    }
    // Both asked, so each counts as read; the values come from rawArgs, which keeps their order.
    const bool claims = p.isSet(kClaim);
    const bool requiredClaims = p.isSet(kRequireClaim);
    if (claims || requiredClaims)
        s.metadataFields = orderedClaims(rawArgs);
    if (p.isSet(QStringLiteral("audience")))
        s.audience = p.values(QStringLiteral("audience"));
    if (p.isSet(QStringLiteral("require-any-audience")))
        s.requireAnyAudience = true;
    if (use == Use::Write) {
        if (p.isSet(QStringLiteral("disabled")))
            s.disabled = true;
        if (!readManualKeys(p, &r))
            return r;
    }
    r.findings << ProviderValidator::validate(s);
    r.ok = true;
    return r;
}
