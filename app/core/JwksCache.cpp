#include "core/JwksCache.h"

#include <QList>

qint64 JwksCache::maxAgeSeconds(const QByteArray &cacheControl, qint64 fallback)
{
    if (cacheControl.trimmed().isEmpty())
        return fallback;
    qint64 maxAge = -1;
    for (const QByteArray &raw : cacheControl.split(',')) {
        const QByteArray directive = raw.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache")
            return 0;
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 v = directive.mid(8).replace('"', QByteArray()).toLongLong(&ok);
            if (ok && v >= 0)
                maxAge = v;
        }
    }
    return maxAge >= 0 ? maxAge : fallback;
}

void JwksCache::insert(const QString &jwksUri, const JwkSet &keys, qint64 nowMs, qint64 maxAgeSeconds)
{
    if (maxAgeSeconds <= 0) {
        m_entries.remove(jwksUri);
        return;
    }
    // A week at most: a bogus huge max-age must not pin stale keys forever.
    const qint64 seconds = qMin<qint64>(maxAgeSeconds, 7 * 24 * 3600);
    m_entries.insert(jwksUri, {keys, nowMs + seconds * 1000});
}

bool JwksCache::lookup(const QString &jwksUri, qint64 nowMs, JwkSet *keys) const
{
    const auto it = m_entries.constFind(jwksUri);
    if (it == m_entries.constEnd() || nowMs >= it->expiresMs)
        return false;
    *keys = it->keys;
    return true;
}
