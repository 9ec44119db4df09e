#pragma once

#include "core/JwkSet.h"

#include <QHash>

/// JWKS cache keyed by jwks_uri with expiry from the response's Cache-Control (pure: the caller
/// supplies the clock in milliseconds).
class JwksCache
{
public:
    static constexpr qint64 kDefaultMaxAgeSeconds = 300;

    /// Seconds the response may be reused: max-age, 0 for no-store/no-cache, `fallback` when absent.
    static qint64 maxAgeSeconds(const QByteArray &cacheControl, qint64 fallback = kDefaultMaxAgeSeconds);

    void insert(const QString &jwksUri, const JwkSet &keys, qint64 nowMs, qint64 maxAgeSeconds);
    /// The cached set if present and not expired at `nowMs`.
    bool lookup(const QString &jwksUri, qint64 nowMs, JwkSet *keys) const;
    void remove(const QString &jwksUri) { m_entries.remove(jwksUri); }
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        JwkSet keys;
        qint64 expiresMs = 0;
    };
    QHash<QString, Entry> m_entries;
};
