#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

/// Field-level diff of the custom-token provider, remote (Admin API GET) vs local
/// (ProvidersWriter::providerObject).
class ProviderDiff
{
public:
    struct Entry
    {
        QString path;      // e.g. "config.audience", "metadata_fields[1].required"
        QJsonValue before; // remote; Undefined when absent
        QJsonValue after;  // local; Undefined when absent
        /// `config.audience: [] → ["myapp-abcde"]`; an absent side reads `(absent)`.
        QString toLine() const;
        QJsonObject toJson() const;
    };

    /// The differences, in path order. `_id`/`id` are ignored; a key one side leaves out counts as its
    /// default (false, [], ""), a string audience as a one-element array, a missing `field_name` as its
    /// default (last path segment), and `signingAlgorithm` not at all while both sides use a JWK URI (App
    /// Services sets RS256 itself there).
    static QList<Entry> compare(const QJsonObject &remote, const QJsonObject &local);
    /// The provider as compare() sees it.
    static QJsonObject normalized(const QJsonObject &provider);
    static QStringList lines(const QList<Entry> &entries);
    /// Compact JSON for any value; `(absent)` for Undefined.
    static QString valueText(const QJsonValue &value);
};
