#include "core/JwksRefetchPolicy.h"

bool JwksRefetchPolicy::mayRefetch(const QString &jwksUri, qint64 nowMs) const
{
    const auto it = m_last.constFind(jwksUri);
    // A clock that went backwards counts as "within the cooldown": refetching then would be unbounded.
    return it == m_last.constEnd() || (nowMs >= it.value() && nowMs - it.value() >= m_cooldownMs);
}
