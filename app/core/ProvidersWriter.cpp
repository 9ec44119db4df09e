#include "core/ProvidersWriter.h"

#include <QJsonArray>

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString indent(const JsonStyle &style, int level)
{
    return style.indentUnit.repeated(level);
}

using Members = QList<QPair<QString, QString>>; // key, value already rendered at level + 1

// Writes `{ "k": v, ... }` with the members in the order given.
QString orderedObject(const Members &members, const JsonStyle &style, int level)
{
    if (members.isEmpty())
        return QStringLiteral("{}");
    QString out = QStringLiteral("{") + style.newline;
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += indent(style, level + 1) + ProvidersWriter::quoted(members.at(i).first) + QStringLiteral(": ");
        out += members.at(i).second;
        if (i + 1 < members.size())
            out += QLatin1Char(',');
        out += style.newline;
    }
    return out + indent(style, level) + QLatin1Char('}');
}

QJsonObject configObject(const ProviderSettings &s)
{
    QJsonObject config{{QStringLiteral("audience"), toArray(s.audience)}};
    // Written only when it means something, as MongoDB's Okta template does.
    if (s.requireAnyAudience || s.audience.size() >= 2)
        config.insert(QStringLiteral("requireAnyAudience"), s.requireAnyAudience);
    if (s.verification == ProviderSettings::Verification::JwkUri) {
        config.insert(QStringLiteral("jwkURI"), s.effectiveJwkUri());
        config.insert(QStringLiteral("useJWKURI"), true);
    } else {
        config.insert(QStringLiteral("signingAlgorithm"), s.signingAlgorithm);
        config.insert(QStringLiteral("useJWKURI"), false);
    }
    return config;
}

QJsonObject secretConfigObject(const ProviderSettings &s)
{
    const bool manual = s.verification == ProviderSettings::Verification::ManualKeys;
    return {{QStringLiteral("signingKeys"), toArray(manual ? s.signingKeyNames : QStringList())}};
}

QString metadataFieldsText(const ProviderSettings &s, const JsonStyle &style, int level)
{
    if (s.metadataFields.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[") + style.newline;
    for (qsizetype i = 0; i < s.metadataFields.size(); ++i) {
        const MetadataField &f = s.metadataFields.at(i);
        Members members{
            {QStringLiteral("required"), f.required ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("name"), ProvidersWriter::quoted(f.name)}};
        if (!f.fieldName.isEmpty())
            members.append({QStringLiteral("field_name"), ProvidersWriter::quoted(f.fieldName)});
        out += indent(style, level + 1) + orderedObject(members, style, level + 1);
        out += (i + 1 < s.metadataFields.size() ? QStringLiteral(",") : QString()) + style.newline;
    }
    return out + indent(style, level) + QLatin1Char(']');
}
} // namespace

QString ProvidersWriter::quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c; // non-ASCII stays raw UTF-8, as App Services writes it
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString ProvidersWriter::valueText(const QJsonValue &v, const JsonStyle &style, int level)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Range first: converting a double beyond qint64 (1e300 is valid JSON) is undefined behaviour.
        if (qAbs(d) < 9007199254740992.0 && d == qint64(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("[]");
        QString out = QStringLiteral("[") + style.newline;
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += indent(style, level + 1) + valueText(a.at(i), style, level + 1);
            out += (i + 1 < a.size() ? QStringLiteral(",") : QString()) + style.newline;
        }
        return out + indent(style, level) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        Members members;
        for (auto it = o.begin(); it != o.end(); ++it)
            members.append({it.key(), valueText(it.value(), style, level + 1)});
        return orderedObject(members, style, level);
    }
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QJsonObject ProvidersWriter::providerObject(const ProviderSettings &s)
{
    QJsonArray fields;
    for (const MetadataField &f : s.metadataFields) {
        QJsonObject o{{QStringLiteral("required"), f.required}, {QStringLiteral("name"), f.name}};
        if (!f.fieldName.isEmpty())
            o.insert(QStringLiteral("field_name"), f.fieldName);
        fields.append(o);
    }
    return {{QStringLiteral("name"), QStringLiteral("custom-token")},
            {QStringLiteral("type"), QStringLiteral("custom-token")},
            {QStringLiteral("disabled"), s.disabled},
            {QStringLiteral("config"), configObject(s)},
            {QStringLiteral("secret_config"), secretConfigObject(s)},
            {QStringLiteral("metadata_fields"), fields}};
}

QString ProvidersWriter::providerText(const ProviderSettings &s, const JsonStyle &style, int level,
                                      const QString &legacyId)
{
    const QString name = quoted(QStringLiteral("custom-token"));
    const QString disabled = s.disabled ? QStringLiteral("true") : QStringLiteral("false");
    Members members;
    if (!legacyId.isEmpty())
        members.append({QStringLiteral("id"), quoted(legacyId)});
    members.append({QStringLiteral("name"), name});
    members.append({QStringLiteral("type"), name});
    if (style.keyOrder == JsonStyle::KeyOrder::Modern)
        members.append({QStringLiteral("disabled"), disabled});
    members.append({QStringLiteral("config"), valueText(configObject(s), style, level + 1)});
    members.append({QStringLiteral("secret_config"), valueText(secretConfigObject(s), style, level + 1)});
    if (style.keyOrder == JsonStyle::KeyOrder::Classic)
        members.append({QStringLiteral("disabled"), disabled});
    members.append({QStringLiteral("metadata_fields"), metadataFieldsText(s, style, level + 1)});
    return orderedObject(members, style, level);
}

QByteArray ProvidersWriter::providersFile(const ProviderSettings &s)
{
    const JsonStyle style;
    return (QStringLiteral("{\n") + style.indentUnit + quoted(QStringLiteral("custom-token")) +
            QStringLiteral(": ") + providerText(s, style, 1) + QStringLiteral("\n}\n"))
        .toUtf8();
}
