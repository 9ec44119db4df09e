#pragma once

#include "core/RsaKeyPair.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

/// The sandbox authorization server's signing keys: an ACTIVE and a NEXT RSA key, rotated like Okta's
/// (ACTIVE expires, NEXT becomes ACTIVE, a new NEXT is generated), and minting with them.
class OktaSandboxKeys
{
public:
    OktaSandboxKeys();

    /// Published kids: ACTIVE first, then NEXT.
    QStringList kids() const;
    QString activeKid() const { return m_keys.first().kid; }
    QString nextKid() const { return m_keys.last().kid; }
    /// The key with `kid`, including expired ones (so tests can sign with a withdrawn key); null if none.
    const RsaKeyPair *key(const QString &kid) const;
    void rotate();
    /// {"keys": [...]} with the published (ACTIVE, NEXT) public keys.
    QJsonObject jwks() const;
    /// Header defaults {"alg":"RS256","kid":ACTIVE} overlaid with `header`; signed with the key the header
    /// kid names, or with ACTIVE when it names none of them.
    QByteArray mint(const QJsonObject &claims, const QJsonObject &header = {}) const;

private:
    struct Entry
    {
        QString kid;
        RsaKeyPair key;
    };
    static Entry make();

    QList<Entry> m_keys;    // [ACTIVE, NEXT]
    QList<Entry> m_expired; // kept for signing, never published
};
