#include "core/UserDataBuilder.h"

#include "core/FieldKeys.h"

#include <QJsonArray>
#include <QJsonDocument>

bool UserDataBuilder::lookup(const QJsonObject &claims, const QStringList &path, QJsonValue *value)
{
    if (path.isEmpty())
        return false;
    QJsonObject level = claims;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto it = level.constFind(path.at(i));
        if (it == level.constEnd())
            return false;
        if (i + 1 == path.size()) {
            *value = it.value();
            return true;
        }
        if (!it.value().isObject())
            return false;
        level = it.value().toObject();
    }
    return false;
}

qsizetype UserDataBuilder::valueLength(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).size();
    // Scalars: serialise inside an array and strip the brackets.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).size() - 2;
}

QJsonObject UserDataBuilder::build(const QJsonObject &claims, const QList<MetadataField> &fields,
                                   Findings *failures)
{
    QJsonObject data;
    Findings tooLong;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const MetadataField &field = fields.at(i);
        const QString where = FieldKeys::metadataField(i);
        QJsonValue value;
        if (!lookup(claims, field.pathSegments(), &value) || value.isNull()) {
            if (field.required)
                failures->append(Finding::error(
                    QStringLiteral("required_claim_missing"), where,
                    tr("The required claim \"%1\" is missing or null in the token.").arg(field.name),
                    tr("Add the claim to the access token in Okta, or make the metadata field optional.")));
            continue;
        }
        const qsizetype length = valueLength(value);
        if (length > kMaxClaimChars)
            tooLong.append(Finding::error(
                QStringLiteral("claim_too_long"), where,
                tr("The claim \"%1\" has %2 characters; App Services allows at most %3 per metadata field.")
                    .arg(field.name)
                    .arg(length)
                    .arg(kMaxClaimChars)));
        data.insert(field.effectiveFieldName(), value);
    }
    failures->append(tooLong);
    return data;
}
