#pragma once

#include "core/Problem.h"
#include "core/RsaPublicKey.h"

#include <QJsonObject>

/// One key of a JWKS (RFC 7517). RSA keys carry their OpenSSL public key, built once at parse time.
class Jwk
{
    Q_DECLARE_TR_FUNCTIONS(Jwk)

public:
    /// Never fails outright: a key that cannot be used keeps its Problem in problem().
    static Jwk fromJson(const QJsonObject &object);

    QString kty() const { return m_kty; }
    QString kid() const { return m_kid; }
    bool hasKid() const { return m_hasKid; }
    QString alg() const { return m_alg; }
    QString use() const { return m_use; }
    QJsonObject json() const { return m_json; }
    /// Why the key cannot verify signatures (jwk_kty_missing, jwk_not_rsa, jwk_rsa_members, rsa_key_invalid
    /// for a bad or too short n/e); null when usable as an RSA key.
    const Problem &problem() const { return m_problem; }

    bool isRsa() const { return m_kty == QLatin1String("RSA"); }
    /// What App Services accepts: an RSA key, `use` absent or "sig", `alg` absent or "RS256", valid n/e.
    bool isUsableForRs256() const;
    const RsaPublicKey &publicKey() const { return m_publicKey; }

private:
    QString m_kty, m_kid, m_alg, m_use;
    Problem m_problem;
    bool m_hasKid = false;
    QJsonObject m_json;
    RsaPublicKey m_publicKey;
};
