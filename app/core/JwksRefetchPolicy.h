#pragma once

#include <QHash>
#include <QString>

/// Rate limit for refetching a JWKS on an unknown `kid`: at most one refetch per jwks_uri per cooldown,
/// so a stream of tokens with bogus kids cannot hammer Okta (which rate-limits /keys).
class JwksRefetchPolicy
{
public:
    static constexpr qint64 kDefaultCooldownMs = 30000;

    explicit JwksRefetchPolicy(qint64 cooldownMs = kDefaultCooldownMs) : m_cooldownMs(cooldownMs) {}

    qint64 cooldownMs() const { return m_cooldownMs; }
    void setCooldownMs(qint64 ms) { m_cooldownMs = ms; }
    /// True when no refetch of `jwksUri` happened within the cooldown before `nowMs`.
    bool mayRefetch(const QString &jwksUri, qint64 nowMs) const;
    void recordRefetch(const QString &jwksUri, qint64 nowMs) { m_last.insert(jwksUri, nowMs); }
    void reset() { m_last.clear(); }

private:
    qint64 m_cooldownMs;
    QHash<QString, qint64> m_last;
};
