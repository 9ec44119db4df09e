#include "core/JwkSet.h"

#include "core/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

Result<JwkSet> JwkSet::parse(const QByteArray &json)
{
    JsonScanner::ParseError pe;
    if (!JsonScanner::parse(json, &pe)) {
        return Problem{QStringLiteral("jwks_malformed"),
                       tr("The JWKS is not a valid JSON object: %1 (line %2, column %3).")
                           .arg(pe.message)
                           .arg(pe.line)
                           .arg(pe.column),
                       {}};
    }
    const QJsonValue keys =
        QJsonDocument::fromJson(json.mid(JsonScanner::bomSize(json))).object().value(QStringLiteral("keys"));
    if (!keys.isArray()) {
        return Problem{QStringLiteral("jwks_malformed"), tr("The JWKS has no \"keys\" array."), {}};
    }
    JwkSet set;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return Problem{QStringLiteral("jwks_malformed"),
                           tr("Entry %1 of the JWKS \"keys\" array is not an object.").arg(i),
                           {}};
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
