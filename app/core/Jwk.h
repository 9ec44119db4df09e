#pragma once

#include "core/RsaPublicKey.h"

#include <QJsonObject>

/// One key of a JWKS (RFC 7517). RSA keys carry their OpenSSL public key, built once at parse time.
class Jwk
{
    Q_DECLARE_TR_FUNCTIONS(Jwk)

public:
    /// Never fails outright: a key that cannot be used keeps its problem in error().
    static Jwk fromJson(const QJsonObject &object);

    QString kty() const { return m_kty; }
    QString kid() const { return m_kid; }
    bool hasKid() const { return m_hasKid; }
    QString alg() const { return m_alg; }
    QString use() const { return m_use; }
    QJsonObject json() const { return m_json; }
    /// Why the key cannot verify signatures (bad n/e, too short...); empty when usable as an RSA key.
    QString error() const { return m_error; }

    bool isRsa() const { return m_kty == QLatin1String("RSA"); }
    /// What App Services accepts: an RSA key, `use` absent or "sig", `alg` absent or "RS256", valid n/e.
    bool isUsableForRs256() const;
    const RsaPublicKey &publicKey() const { return m_publicKey; }

private:
    QString m_kty, m_kid, m_alg, m_use, m_error;
    bool m_hasKid = false;
    QJsonObject m_json;
    RsaPublicKey m_publicKey;
};
