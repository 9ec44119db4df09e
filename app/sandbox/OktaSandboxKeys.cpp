#include "sandbox/OktaSandboxKeys.h"

#include "core/JwtSigner.h"

#include <QJsonArray>
#include <QRandomGenerator>

OktaSandboxKeys::OktaSandboxKeys()
{
    m_keys << make() << make();
}

OktaSandboxKeys::Entry OktaSandboxKeys::make()
{
    // Okta kids are opaque strings; random ones make a stale cache visible after a rotation.
    const QString kid =
        QStringLiteral("sbx-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    return {kid, RsaKeyPair::generate().value()};
}

QStringList OktaSandboxKeys::kids() const
{
    return {activeKid(), nextKid()};
}

const RsaKeyPair *OktaSandboxKeys::key(const QString &kid) const
{
    for (const QList<Entry> *list : {&m_keys, &m_expired}) {
        for (const Entry &e : *list) {
            if (e.kid == kid)
                return &e.key;
        }
    }
    return nullptr;
}

void OktaSandboxKeys::rotate()
{
    m_expired << m_keys.takeFirst();
    m_keys << make();
}

QJsonObject OktaSandboxKeys::jwks() const
{
    QJsonArray keys;
    for (const Entry &e : m_keys)
        keys.append(e.key.publicJwk(e.kid));
    return {{QStringLiteral("keys"), keys}};
}

QByteArray OktaSandboxKeys::mint(const QJsonObject &claims, const QJsonObject &header) const
{
    QJsonObject h{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), activeKid()}};
    for (auto it = header.begin(); it != header.end(); ++it)
        h.insert(it.key(), it.value());
    const RsaKeyPair *signer = key(h.value(QStringLiteral("kid")).toString());
    return JwtSigner::sign(h, claims, signer ? *signer : m_keys.first().key);
}
