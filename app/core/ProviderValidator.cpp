#include "core/ProviderValidator.h"

#include "core/FieldKeys.h"
#include "core/OktaValidator.h"

#include <QRegularExpression>
#include <QSet>

Findings ProviderValidator::validate(const ProviderSettings &s, const QJsonObject &tokenClaims)
{
    Findings out;
    if (s.verification == ProviderSettings::Verification::JwkUri) {
        if (s.jwkUri.isEmpty()) {
            out << OktaValidator::validateDomain(s.oktaDomain);
            out << OktaValidator::validateAuthServer(s.authServerId);
            if (!s.discoveredJwkUri.isEmpty()) // written verbatim, so it must pass the same rules
                out << OktaValidator::validateJwkUri(s.discoveredJwkUri);
        } else {
            if (!s.oktaDomain.isEmpty())
                out << OktaValidator::validateDomain(s.oktaDomain);
            out << OktaValidator::validateJwkUri(s.jwkUri);
        }
        if (!s.signingKeyNames.isEmpty())
            out << Finding::warning(QStringLiteral("signing_keys_ignored"), FieldKeys::SigningKeys,
                                    tr("Signing keys are ignored when the JWK URI is used."),
                                    tr("Remove the signing keys, or switch to manual signing keys."));
    } else {
        out << validateSigningKeys(s.signingAlgorithm, s.signingKeyNames);
    }
    out << validateAudience(s.audience, s.requireAnyAudience);
    out << validateMetadataFields(s.metadataFields, tokenClaims);
    out << validateTarget(s.projectId, s.clientAppId);
    return out;
}

bool ProviderValidator::isIdTokenOnlyClaim(const QString &claim)
{
    static const QSet<QString> idOnly{QStringLiteral("email"),
                                      QStringLiteral("email_verified"),
                                      QStringLiteral("name"),
                                      QStringLiteral("given_name"),
                                      QStringLiteral("family_name"),
                                      QStringLiteral("middle_name"),
                                      QStringLiteral("nickname"),
                                      QStringLiteral("preferred_username"),
                                      QStringLiteral("profile"),
                                      QStringLiteral("picture"),
                                      QStringLiteral("website"),
                                      QStringLiteral("gender"),
                                      QStringLiteral("birthdate"),
                                      QStringLiteral("zoneinfo"),
                                      QStringLiteral("locale"),
                                      QStringLiteral("phone_number"),
                                      QStringLiteral("phone_number_verified"),
                                      QStringLiteral("address"),
                                      QStringLiteral("updated_at"),
                                      QStringLiteral("groups"),
                                      QStringLiteral("nonce"),
                                      QStringLiteral("at_hash"),
                                      QStringLiteral("amr"),
                                      QStringLiteral("idp")};
    return idOnly.contains(claim);
}

Findings ProviderValidator::validateMetadataFields(const QList<MetadataField> &fields,
                                                   const QJsonObject &tokenClaims)
{
    static const QRegularExpression fieldNameRe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    Findings out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const MetadataField &f = fields.at(i);
        if (f.name.isEmpty()) {
            out << Finding::error(QStringLiteral("metadata_path_empty"), FieldKeys::metadataField(i, "name"),
                                  tr("Metadata field %1 has an empty claim path.").arg(i + 1),
                                  tr("Enter the JWT claim to copy, e.g. sub or profile.department."));
            continue;
        }
        if (f.name.trimmed() != f.name)
            out << Finding::error(QStringLiteral("metadata_path_whitespace"),
                                  FieldKeys::metadataField(i, "name"),
                                  tr("The claim path \"%1\" starts or ends with whitespace.").arg(f.name),
                                  tr("Remove the spaces."));
        const QStringList segments = f.pathSegments();
        if (segments.contains(QString()))
            out << Finding::error(QStringLiteral("metadata_path_invalid"),
                                  FieldKeys::metadataField(i, "name"),
                                  tr("The claim path \"%1\" has an empty segment.").arg(f.name),
                                  tr("Separate claim names with single dots; write a literal dot as \\."));
        if (!f.fieldName.isEmpty()) {
            if (f.fieldName.size() >= 64)
                out << Finding::error(
                    QStringLiteral("field_name_too_long"), FieldKeys::metadataField(i, "field_name"),
                    tr("The field name \"%1\" has %2 characters; App Services allows fewer than "
                       "64.")
                        .arg(f.fieldName)
                        .arg(f.fieldName.size()),
                    tr("Shorten the field name."));
            if (!fieldNameRe.match(f.fieldName).hasMatch())
                out << Finding::error(
                    QStringLiteral("field_name_invalid"), FieldKeys::metadataField(i, "field_name"),
                    tr("The field name \"%1\" may contain only letters, digits, _ and -.").arg(f.fieldName),
                    tr("Rename it, e.g. to %1.")
                        .arg(QString(f.fieldName)
                                 .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")),
                                          QStringLiteral("_"))));
        } else if (!segments.contains(QString()) && !fieldNameRe.match(f.effectiveFieldName()).hasMatch()) {
            out << Finding::warning(
                QStringLiteral("field_name_default_unusual"), FieldKeys::metadataField(i, "field_name"),
                tr("The default field name \"%1\" contains characters other than letters, "
                   "digits, _ and -.")
                    .arg(f.effectiveFieldName()),
                tr("Set an explicit field name."));
        }
        const QString effective = f.effectiveFieldName();
        if (!effective.isEmpty() && seen.contains(effective))
            out << Finding::error(
                QStringLiteral("field_name_duplicate"), FieldKeys::metadataField(i, "field_name"),
                tr("The field name \"%1\" is used by more than one metadata field.").arg(effective),
                tr("Give each field a distinct field name."));
        seen.insert(effective);
        const bool proven = segments.size() == 1 && tokenClaims.contains(segments.constFirst()) &&
                            !tokenClaims.value(segments.constFirst()).isNull();
        if (segments.size() == 1 && isIdTokenOnlyClaim(segments.constFirst()) && !proven)
            out << Finding::warning(
                QStringLiteral("claim_not_in_access_token"), FieldKeys::metadataField(i, "name"),
                tr("Okta access tokens do not carry \"%1\" by default (it is an ID token "
                   "claim).")
                    .arg(f.name),
                f.required ? tr("Add a custom claim \"%1\" to the authorization server, or make "
                                "this field optional: a required claim that is missing "
                                "blocks every login.")
                                 .arg(f.name)
                           : tr("Add a custom claim \"%1\" to the authorization server's access "
                                "tokens.")
                                 .arg(f.name));
    }
    return out;
}

Findings ProviderValidator::withoutDisproved(const Findings &findings, const ProviderSettings &settings,
                                             const QJsonObject &tokenClaims)
{
    const QLatin1String code("claim_not_in_access_token");
    QSet<QString> stillOpen;
    for (const Finding &f : validate(settings, tokenClaims)) {
        if (f.code == code)
            stillOpen.insert(f.field);
    }
    Findings out;
    for (const Finding &f : findings) {
        if (f.code != code || stillOpen.contains(f.field))
            out << f;
    }
    return out;
}

Findings ProviderValidator::validateSigningKeys(const QString &algorithm, const QStringList &names)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    Findings out;
    if (algorithm != QLatin1String("HS256") && algorithm != QLatin1String("RS256"))
        out << Finding::error(QStringLiteral("signing_algorithm_invalid"), FieldKeys::SigningAlgorithm,
                              tr("The signing algorithm \"%1\" is not supported.").arg(algorithm),
                              tr("Use HS256 or RS256."));
    if (names.isEmpty())
        out << Finding::error(QStringLiteral("signing_keys_missing"), FieldKeys::SigningKeys,
                              tr("Manual verification needs at least one signing key."),
                              tr("Name the App Services Secret that holds the key."));
    if (names.size() > 3)
        out << Finding::error(
            QStringLiteral("signing_keys_too_many"), FieldKeys::SigningKeys,
            tr("%1 signing keys are listed; App Services allows at most 3.").arg(names.size()),
            tr("Remove the keys you no longer use."));
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &n = names.at(i);
        const QString field = FieldKeys::entry(FieldKeys::SigningKeys, i);
        if (n.size() > 64)
            out << Finding::error(QStringLiteral("signing_key_name_too_long"), field,
                                  tr("The secret name \"%1\" is longer than 64 characters.").arg(n),
                                  tr("Shorten the secret name."));
        else if (!nameRe.match(n).hasMatch())
            out << Finding::error(
                QStringLiteral("signing_key_name_invalid"), field,
                tr("The secret name \"%1\" may contain only letters, digits, _ and -, and must "
                   "start with a letter or digit.")
                    .arg(n),
                tr("Rename the secret."));
        if (seen.contains(n))
            out << Finding::error(QStringLiteral("signing_key_name_duplicate"), field,
                                  tr("The secret name \"%1\" is listed twice.").arg(n),
                                  tr("List each secret once."));
        seen.insert(n);
    }
    return out;
}

Findings ProviderValidator::validateSigningKeyValue(const QString &name, const QString &value)
{
    static const QRegularExpression valueRe(QStringLiteral("^[A-Za-z0-9_-]*$"));
    const QString field = QStringLiteral("signingKey(%1)").arg(name);
    if (value.size() < 32 || value.size() > 500)
        return {Finding::error(QStringLiteral("signing_key_value_length"), field,
                               tr("The value of signing key \"%1\" has %2 characters; it needs 32 to 500.")
                                   .arg(name)
                                   .arg(value.size()),
                               tr("Use a random key of at least 32 characters, e.g. 64 hex digits."))};
    if (!valueRe.match(value).hasMatch())
        return {Finding::error(
            QStringLiteral("signing_key_value_invalid"), field,
            tr("The value of signing key \"%1\" may contain only letters, digits, _ and -.").arg(name),
            tr("Encode the key as hex or base64url."))};
    return {};
}

Findings ProviderValidator::validateAudience(const QStringList &audience, bool requireAny)
{
    Findings out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < audience.size(); ++i) {
        const QString &a = audience.at(i);
        const QString field = FieldKeys::entry(FieldKeys::Audience, i);
        if (a.trimmed().isEmpty())
            out << Finding::error(QStringLiteral("audience_empty"), field,
                                  tr("Audience %1 is empty.").arg(i + 1), tr("Remove the empty entry."));
        else if (a.trimmed() != a)
            out << Finding::error(QStringLiteral("audience_whitespace"), field,
                                  tr("The audience \"%1\" starts or ends with whitespace.").arg(a),
                                  tr("Remove the spaces: aud must match exactly."));
        if (seen.contains(a))
            out << Finding::error(QStringLiteral("audience_duplicate"), field,
                                  tr("The audience \"%1\" is listed twice.").arg(a),
                                  tr("List each audience once."));
        seen.insert(a);
    }
    if (requireAny && audience.size() < 2)
        out << Finding::warning(QStringLiteral("require_any_audience_unused"), FieldKeys::RequireAnyAudience,
                                tr("requireAnyAudience only matters with two or more audiences."),
                                tr("Add the other audiences, or turn the option off."));
    return out;
}

Findings ProviderValidator::validateTarget(const QString &projectId, const QString &clientAppId)
{
    static const QRegularExpression projectRe(QStringLiteral("^[0-9a-f]{24}$"));
    static const QRegularExpression appRe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    static const QRegularExpression appSuffixRe(QStringLiteral("-[a-z]{5}$"));
    Findings out;
    if (!projectId.isEmpty() && !projectRe.match(projectId).hasMatch())
        out << Finding::error(QStringLiteral("project_id_invalid"), FieldKeys::ProjectId,
                              tr("The Atlas project id \"%1\" is not 24 hexadecimal digits.").arg(projectId),
                              tr("Copy it from Atlas: Project Settings, Project ID."));
    if (clientAppId.isEmpty())
        return out;
    if (!appRe.match(clientAppId).hasMatch())
        out << Finding::error(
            QStringLiteral("client_app_id_invalid"), FieldKeys::ClientAppId,
            tr("The Client App ID \"%1\" may contain only letters, digits, _ and -.").arg(clientAppId),
            tr("Copy it from the App Services UI, e.g. myapp-abcde."));
    else if (!appSuffixRe.match(clientAppId).hasMatch())
        out << Finding::warning(QStringLiteral("client_app_id_unusual"), FieldKeys::ClientAppId,
                                tr("\"%1\" does not end in -xxxxx like a Client App ID.").arg(clientAppId),
                                tr("Use the Client App ID (e.g. myapp-abcde), not the app's name or _id."));
    return out;
}
