#include "core/Jwt.h"

#include "core/Base64Url.h"
#include "core/JsonScanner.h"

bool Jwt::decodeJsonPart(const QByteArray &part, const QString &name, QJsonObject *out, QString *error)
{
    QByteArray json;
    if (part.isEmpty()) {
        *error = tr("The %1 is empty.").arg(name);
        return false;
    }
    if (!Base64Url::decode(part, &json)) {
        *error = tr("The %1 is not strict base64url (no padding, '+', '/' or whitespace allowed).").arg(name);
        return false;
    }
    if (JsonScanner::bomSize(json) > 0) {
        *error = tr("The %1 starts with a byte order mark.").arg(name);
        return false;
    }
    // JsonScanner::parse insists on valid UTF-8, an object at the root and no duplicate member names,
    // which closes the {"alg":"RS256","alg":"none"} confusion.
    JsonScanner::ParseError pe;
    if (!JsonScanner::parse(json, &pe, out)) {
        *error =
            tr("The %1 is not a valid JSON object: %2 (column %3).").arg(name, pe.message).arg(pe.column);
        return false;
    }
    return true;
}

Jwt Jwt::parse(const QByteArray &compact)
{
    Jwt jwt;
    if (compact.isEmpty()) {
        jwt.m_error = tr("The token is empty.");
        return jwt;
    }
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        jwt.m_error = tr("The token has %1 part(s); a JWS in compact form has exactly 3 separated by '.'.")
                          .arg(parts.size());
        return jwt;
    }
    if (!decodeJsonPart(parts.at(0), tr("header"), &jwt.m_header, &jwt.m_error) ||
        !decodeJsonPart(parts.at(1), tr("payload"), &jwt.m_claims, &jwt.m_error))
        return jwt;
    // An empty signature is well-formed (alg "none"); the algorithm check rejects it later.
    if (!parts.at(2).isEmpty() && !Base64Url::decode(parts.at(2), &jwt.m_signature)) {
        jwt.m_error = tr("The signature is not strict base64url.");
        return jwt;
    }
    jwt.m_signingInput = compact.left(parts.at(0).size() + 1 + parts.at(1).size());
    return jwt;
}

QString Jwt::alg() const
{
    return m_header.value(QStringLiteral("alg")).toString();
}

bool Jwt::hasKid() const
{
    return m_header.contains(QStringLiteral("kid"));
}

QString Jwt::kid() const
{
    return m_header.value(QStringLiteral("kid")).toString();
}
