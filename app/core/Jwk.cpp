#include "core/Jwk.h"

#include "core/Base64Url.h"

namespace {
bool decodeMember(const QJsonObject &o, const char *name, QByteArray *out)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isString() && Base64Url::decode(v.toString().toLatin1(), out) && !out->isEmpty();
}
} // namespace

Jwk Jwk::fromJson(const QJsonObject &o)
{
    Jwk key;
    key.m_json = o;
    key.m_kty = o.value(QStringLiteral("kty")).toString();
    key.m_hasKid = o.value(QStringLiteral("kid")).isString();
    key.m_kid = o.value(QStringLiteral("kid")).toString();
    key.m_alg = o.value(QStringLiteral("alg")).toString();
    key.m_use = o.value(QStringLiteral("use")).toString();
    if (key.m_kty.isEmpty()) {
        key.m_problem = {QStringLiteral("jwk_kty_missing"), tr("The key has no \"kty\"."), {}};
        return key;
    }
    if (!key.isRsa()) {
        key.m_problem = {
            QStringLiteral("jwk_not_rsa"), tr("The key type is \"%1\", not RSA.").arg(key.m_kty), {}};
        return key;
    }
    QByteArray n, e;
    if (!decodeMember(o, "n", &n) || !decodeMember(o, "e", &e)) {
        key.m_problem = {QStringLiteral("jwk_rsa_members"),
                         tr("The RSA key's \"n\" or \"e\" is missing or not strict base64url."),
                         {}};
        return key;
    }
    const Result<RsaPublicKey> publicKey = RsaPublicKey::fromModulusExponent(n, e);
    if (publicKey)
        key.m_publicKey = *publicKey;
    else
        key.m_problem = publicKey.problem();
    return key;
}

bool Jwk::isUsableForRs256() const
{
    return isRsa() && m_problem.isNull() && (m_use.isEmpty() || m_use == QLatin1String("sig")) &&
           (m_alg.isEmpty() || m_alg == QLatin1String("RS256"));
}
