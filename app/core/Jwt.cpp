#include "core/Jwt.h"

#include "core/Base64Url.h"
#include "core/JsonScanner.h"

namespace {
Problem malformed(const QString &message)
{
    return {QStringLiteral("token_malformed"), message, {}};
}
} // namespace

Result<QJsonObject> Jwt::decodeJsonPart(const QByteArray &part, const QString &name)
{
    QByteArray json;
    if (part.isEmpty())
        return malformed(tr("The %1 is empty.").arg(name));
    if (!Base64Url::decode(part, &json))
        return malformed(
            tr("The %1 is not strict base64url (no padding, '+', '/' or whitespace allowed).").arg(name));
    if (JsonScanner::bomSize(json) > 0)
        return malformed(tr("The %1 starts with a byte order mark.").arg(name));
    // JsonScanner::parse insists on valid UTF-8, an object at the root and no duplicate member names,
    // which closes the {"alg":"RS256","alg":"none"} confusion.
    JsonScanner::ParseError pe;
    QJsonObject out;
    if (!JsonScanner::parse(json, &pe, &out))
        return malformed(
            tr("The %1 is not a valid JSON object: %2 (column %3).").arg(name, pe.message).arg(pe.column));
    return out;
}

Result<Jwt> Jwt::parse(const QByteArray &compact)
{
    if (compact.isEmpty())
        return malformed(tr("The token is empty."));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return malformed(tr("The token has %n part(s); a JWS in compact form has exactly 3 separated by '.'.",
                            nullptr, int(parts.size())));
    Jwt jwt;
    const Result<QJsonObject> header = decodeJsonPart(parts.at(0), tr("header"));
    if (!header)
        return header.problem();
    const Result<QJsonObject> claims = decodeJsonPart(parts.at(1), tr("payload"));
    if (!claims)
        return claims.problem();
    jwt.m_header = *header;
    jwt.m_claims = *claims;
    // An empty signature is well-formed (alg "none"); the algorithm check rejects it later.
    if (!parts.at(2).isEmpty() && !Base64Url::decode(parts.at(2), &jwt.m_signature))
        return malformed(tr("The signature is not strict base64url."));
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
