#include "core/ProviderDiff.h"

#include "core/MetadataField.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
const QString kConfig = QStringLiteral("config");
const QString kSecretConfig = QStringLiteral("secret_config");
const QString kMetadata = QStringLiteral("metadata_fields");

void setDefault(QJsonObject &o, const QString &key, const QJsonValue &value)
{
    if (!o.contains(key) || o.value(key).isNull())
        o.insert(key, value);
}

QJsonObject normalizedConfig(QJsonObject c)
{
    const QJsonValue audience = c.value(QStringLiteral("audience"));
    if (audience.isString())
        c.insert(QStringLiteral("audience"),
                 audience.toString().isEmpty() ? QJsonArray() : QJsonArray{audience.toString()});
    setDefault(c, QStringLiteral("audience"), QJsonArray());
    setDefault(c, QStringLiteral("requireAnyAudience"), false);
    // The spec types requireAnyAudience as a string; read "true"/"false" as the Boolean it means.
    const QJsonValue any = c.value(QStringLiteral("requireAnyAudience"));
    if (any.isString())
        c.insert(QStringLiteral("requireAnyAudience"), any.toString() == QLatin1String("true"));
    setDefault(c, QStringLiteral("useJWKURI"), false);
    if (c.value(QStringLiteral("useJWKURI")).toBool())
        c.remove(QStringLiteral("signingAlgorithm"));
    else
        setDefault(c, QStringLiteral("signingAlgorithm"), QString());
    setDefault(c, QStringLiteral("jwkURI"), QString());
    return c;
}

QJsonArray normalizedFields(const QJsonArray &fields)
{
    QJsonArray out;
    for (const QJsonValue &v : fields) {
        if (!v.isObject()) {
            out.append(v);
            continue;
        }
        QJsonObject f = v.toObject();
        setDefault(f, QStringLiteral("required"), false);
        MetadataField m;
        m.name = f.value(QStringLiteral("name")).toString();
        if (f.value(QStringLiteral("field_name")).toString().isEmpty())
            f.insert(QStringLiteral("field_name"), m.effectiveFieldName());
        out.append(f);
    }
    return out;
}

void compareValues(const QString &path, const QJsonValue &a, const QJsonValue &b,
                   QList<ProviderDiff::Entry> *out);

void compareObjects(const QString &prefix, const QJsonObject &a, const QJsonObject &b,
                    QList<ProviderDiff::Entry> *out)
{
    QStringList keys = a.keys() + b.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : keys)
        compareValues(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key, a.value(key), b.value(key),
                      out);
}

bool isArrayOfObjects(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return v.isArray() && !a.isEmpty() &&
           std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isObject(); });
}

void compareValues(const QString &path, const QJsonValue &a, const QJsonValue &b,
                   QList<ProviderDiff::Entry> *out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        compareObjects(path, a.toObject(), b.toObject(), out);
        return;
    }
    // Lists of objects (metadata_fields) item by item, so one changed flag reads as one line.
    const bool objectLists = a.isArray() && b.isArray() && (isArrayOfObjects(a) || isArrayOfObjects(b)) &&
                             (isArrayOfObjects(a) || a.toArray().isEmpty()) &&
                             (isArrayOfObjects(b) || b.toArray().isEmpty());
    if (objectLists) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
            const QJsonValue xi = i < x.size() ? x.at(i) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue yi = i < y.size() ? y.at(i) : QJsonValue(QJsonValue::Undefined);
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            if (xi.isObject() && yi.isObject())
                compareObjects(itemPath, xi.toObject(), yi.toObject(), out);
            else if (xi != yi)
                out->append({itemPath, xi, yi});
        }
        return;
    }
    out->append({path, a, b});
}
} // namespace

QString ProviderDiff::valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("(absent)");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ProviderDiff::Entry::toLine() const
{
    return path + QStringLiteral(": ") + valueText(before) + QStringLiteral(" → ") + valueText(after);
}

QJsonObject ProviderDiff::Entry::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path}};
    if (!before.isUndefined())
        o.insert(QStringLiteral("remote"), before);
    if (!after.isUndefined())
        o.insert(QStringLiteral("local"), after);
    return o;
}

QJsonObject ProviderDiff::normalized(const QJsonObject &provider)
{
    QJsonObject p = provider;
    p.remove(QStringLiteral("_id"));
    p.remove(QStringLiteral("id"));
    setDefault(p, QStringLiteral("disabled"), false);
    p.insert(kConfig, normalizedConfig(p.value(kConfig).toObject()));
    QJsonObject secrets = p.value(kSecretConfig).toObject();
    setDefault(secrets, QStringLiteral("signingKeys"), QJsonArray());
    p.insert(kSecretConfig, secrets);
    p.insert(kMetadata, normalizedFields(p.value(kMetadata).toArray()));
    return p;
}

QList<ProviderDiff::Entry> ProviderDiff::compare(const QJsonObject &remote, const QJsonObject &local)
{
    QList<Entry> out;
    compareObjects(QString(), normalized(remote), normalized(local), &out);
    return out;
}

QStringList ProviderDiff::lines(const QList<Entry> &entries)
{
    QStringList out;
    for (const Entry &e : entries)
        out << e.toLine();
    return out;
}
