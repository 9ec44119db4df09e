#pragma once

#include <QString>

/// The one spelling of each model field's key: findings name the field they concern with it, and the
/// wizard's pages use it to bind inputs and to show each finding beside its input. Keys of list entries
/// carry their index (`audience[1]`, `metadata_fields[0].name`); a finding of an entry also belongs to
/// its list (WizardModel::findingsFor matches the prefix).
namespace FieldKeys {
inline const QString OktaDomain = QStringLiteral("oktaDomain");
inline const QString AuthServerId = QStringLiteral("authServerId");
inline const QString JwkUri = QStringLiteral("jwkURI");
inline const QString CaFile = QStringLiteral("caFile");
inline const QString MetadataFields = QStringLiteral("metadata_fields");
inline const QString Audience = QStringLiteral("audience");
inline const QString RequireAnyAudience = QStringLiteral("requireAnyAudience");
inline const QString SigningAlgorithm = QStringLiteral("signingAlgorithm");
inline const QString SigningKeys = QStringLiteral("signingKeys");
inline const QString ClientAppId = QStringLiteral("clientAppId");
inline const QString ProjectId = QStringLiteral("projectId");

/// `audience[i]`, `signingKeys[i]`: one entry of a list field.
inline QString entry(const QString &list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(list).arg(i);
}
/// `metadata_fields[i]`, or `metadata_fields[i].member` (member: "name", "field_name", "required").
inline QString metadataField(qsizetype i, const char *member = nullptr)
{
    const QString row = entry(MetadataFields, i);
    return member ? row + QLatin1Char('.') + QLatin1String(member) : row;
}
} // namespace FieldKeys
