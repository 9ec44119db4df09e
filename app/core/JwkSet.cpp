#include "core/JwkSet.h"

#include "core/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

JwkSet JwkSet::parse(const QByteArray &json, QString *error)
{
    JsonScanner::ParseError pe;
    if (!JsonScanner::parse(json, &pe)) {
        *error = tr("The JWKS is not a valid JSON object: %1 (line %2, column %3).")
                     .arg(pe.message)
                     .arg(pe.line)
                     .arg(pe.column);
        return {};
    }
    const QJsonValue keys =
        QJsonDocument::fromJson(json.mid(JsonScanner::bomSize(json))).object().value(QStringLiteral("keys"));
    if (!keys.isArray()) {
        *error = tr("The JWKS has no \"keys\" array.");
        return {};
    }
    JwkSet set;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("Entry %1 of the JWKS \"keys\" array is not an object.").arg(i);
            return {};
        }
        set.m_keys.append(Jwk::fromJson(array.at(i).toObject()));
    }
    return set;
}

JwkSet JwkSet::fromKeys(const QList<Jwk> &keys)
{
    JwkSet set;
    set.m_keys = keys;
    return set;
}

QList<Jwk> JwkSet::keysWithKid(const QString &kid) const
{
    QList<Jwk> out;
    for (const Jwk &key : m_keys) {
        if (key.hasKid() && key.kid() == kid)
            out.append(key);
    }
    return out;
}
