#pragma once

#include "core/Jwk.h"
#include "core/Result.h"

#include <QList>

/// A JSON Web Key Set as served at an Okta `jwks_uri`: {"keys": [...]}.
class JwkSet
{
    Q_DECLARE_TR_FUNCTIONS(JwkSet)

public:
    /// Strict JSON; the root must be an object with a "keys" array of objects; otherwise a `jwks_malformed`
    /// Problem.
    static Result<JwkSet> parse(const QByteArray &json);
    static JwkSet fromKeys(const QList<Jwk> &keys);

    const QList<Jwk> &keys() const { return m_keys; }
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    /// Every key whose `kid` equals `kid` exactly (there may be several: all are tried).
    QList<Jwk> keysWithKid(const QString &kid) const;
    bool containsKid(const QString &kid) const { return !keysWithKid(kid).isEmpty(); }

private:
    QList<Jwk> m_keys;
};
