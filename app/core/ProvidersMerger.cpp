#include "core/ProvidersMerger.h"

#include "core/JsonScanner.h"
#include "core/ProvidersReader.h"
#include "core/ProvidersWriter.h"

namespace {
const QString kName = QStringLiteral("custom-token");

void refuse(ProvidersMerger::Merge *r, const ProvidersReader::Reading &read)
{
    r->action = ProvidersMerger::Action::Refused;
    r->problem = read.problem;
    r->line = read.line;
    r->column = read.column;
}

// Unchanged / NeedsConsent / Replaced for an existing entry; `replacement` is the full new text.
void decide(ProvidersMerger::Merge *r, const ProvidersReader::Reading &read, const ProviderSettings &s,
            bool replace, const QByteArray &replacement)
{
    r->hadProvider = true;
    r->existing = read.settings;
    r->findings = read.findings;
    // Members we do not understand would be lost by a rewrite, so they count as a difference; so do members
    // with errors (a wrong type reads as a default and could otherwise pass for "the same provider").
    const bool unknown = std::any_of(read.findings.cbegin(), read.findings.cend(), [](const Finding &f) {
        return f.code == QLatin1String("unknown_member") || f.isError();
    });
    if (read.settings.sameProviderAs(s) && !unknown)
        r->action = ProvidersMerger::Action::Unchanged;
    else if (!replace)
        r->action = ProvidersMerger::Action::NeedsConsent;
    else
        r->action = ProvidersMerger::Action::Replaced;
    r->text = replacement;
}
} // namespace

bool ProvidersMerger::keyOrderOf(const QByteArray &text, qsizetype objectBegin, JsonStyle::KeyOrder *order)
{
    if (objectBegin < 0 || objectBegin >= text.size() || text.at(objectBegin) != '{')
        return false;
    qsizetype disabledAt = -1, configAt = -1;
    const auto members = JsonScanner::members(text, objectBegin);
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i).key == QLatin1String("disabled"))
            disabledAt = i;
        else if (members.at(i).key == QLatin1String("config"))
            configAt = i;
    }
    if (disabledAt < 0 || configAt < 0)
        return false;
    // Classic (pre-2024) order puts "disabled" after "config".
    *order = disabledAt < configAt ? JsonStyle::KeyOrder::Modern : JsonStyle::KeyOrder::Classic;
    return true;
}

JsonStyle ProvidersMerger::detectStyle(const QByteArray &text)
{
    JsonStyle style;
    if (text.contains("\r\n"))
        style.newline = QStringLiteral("\r\n");
    const qsizetype root = JsonScanner::rootBegin(text);
    if (root >= text.size() || text.at(root) != '{')
        return style;
    const auto members = JsonScanner::members(text, root);
    if (!members.isEmpty()) {
        const QByteArray indent = JsonScanner::lineIndent(text, members.constFirst().keyBegin);
        if (!indent.isEmpty())
            style.indentUnit = QString::fromLatin1(indent);
    }
    return style;
}

ProvidersMerger::Merge ProvidersMerger::mergeProvidersFile(const QByteArray &existing,
                                                           const ProviderSettings &s, bool replace)
{
    Merge r;
    if (existing.trimmed().isEmpty()) {
        r.action = Action::Added;
        r.text = ProvidersWriter::providersFile(s);
        return r;
    }
    const ProvidersReader::Reading read = ProvidersReader::readProvidersFile(existing);
    if (!read.ok()) {
        refuse(&r, read);
        return r;
    }
    // Members that are not providers mean the file is not what App Services wrote (a broken hand edit):
    // merging would pass it off as valid, so it stays as it is until the user has fixed it.
    if (!read.strayMembers.isEmpty()) {
        r.problem = {
            QStringLiteral("value_type"),
            tr("the top-level members %1 are not provider objects; fix the file first")
                .arg(QLatin1Char('"') + read.strayMembers.join(QStringLiteral("\", \"")) + QLatin1Char('"')),
            {}};
        r.findings = read.findings;
        return r;
    }
    JsonStyle style = detectStyle(existing);
    const qsizetype root = JsonScanner::rootBegin(existing);
    const auto members = JsonScanner::members(existing, root);
    // Follow the key order the file's other providers use; else the entry's own; else App Services' current
    // one.
    bool known = false;
    for (const auto &m : members) {
        if (m.key != kName && (known = keyOrderOf(existing, m.valueBegin, &style.keyOrder)))
            break;
    }
    for (const auto &m : members) {
        if (!known && m.key == kName)
            keyOrderOf(existing, m.valueBegin, &style.keyOrder);
    }

    for (const auto &m : members) {
        if (m.key != kName)
            continue;
        const QByteArray indent = JsonScanner::lineIndent(existing, m.keyBegin);
        const int level =
            style.indentUnit.isEmpty() ? 1 : int(indent.size() / qMax<qsizetype>(1, style.indentUnit.size()));
        const QByteArray value = ProvidersWriter::providerText(s, style, level).toUtf8();
        decide(&r, read, s, replace, existing.left(m.valueBegin) + value + existing.mid(m.valueEnd));
        if (r.action == Action::Unchanged)
            r.text = existing;
        return r;
    }

    // A new entry goes where App Services would put it: before the first provider whose name sorts after it.
    const QString nl = style.newline;
    const QString entry = style.indentUnit + ProvidersWriter::quoted(kName) + QStringLiteral(": ") +
                          ProvidersWriter::providerText(s, style, 1);
    r.action = Action::Added;
    if (members.isEmpty()) {
        const qsizetype close = JsonScanner::valueEnd(existing, root);
        r.text = existing.left(root) +
                 (QStringLiteral("{") + nl + entry + nl + QStringLiteral("}")).toUtf8() + existing.mid(close);
        return r;
    }
    for (const auto &m : members) {
        if (m.key > kName) {
            const QByteArray indent = JsonScanner::lineIndent(existing, m.keyBegin);
            const QString ownIndent = QString::fromLatin1(indent);
            const QString text = ProvidersWriter::quoted(kName) + QStringLiteral(": ") +
                                 ProvidersWriter::providerText(s, style, 1) + QLatin1Char(',') +
                                 (indent.isEmpty() ? QStringLiteral(" ") : nl + ownIndent);
            r.text = existing.left(m.keyBegin) + text.toUtf8() + existing.mid(m.keyBegin);
            return r;
        }
    }
    const auto &last = members.constLast();
    const QByteArray indent = JsonScanner::lineIndent(existing, last.keyBegin);
    const QString text = QStringLiteral(",") + nl +
                         QString::fromLatin1(indent.isEmpty() ? style.indentUnit.toLatin1() : indent) +
                         ProvidersWriter::quoted(kName) + QStringLiteral(": ") +
                         ProvidersWriter::providerText(s, style, 1);
    r.text = existing.left(last.valueEnd) + text.toUtf8() + existing.mid(last.valueEnd);
    return r;
}

ProvidersMerger::Merge ProvidersMerger::mergeLegacyFile(const QByteArray &existing,
                                                        const JsonStyle &neighbours,
                                                        const ProviderSettings &s, bool replace)
{
    Merge r;
    if (existing.trimmed().isEmpty()) {
        r.action = Action::Added;
        r.text = (ProvidersWriter::providerText(s, neighbours, 0) + neighbours.newline).toUtf8();
        return r;
    }
    const ProvidersReader::Reading read = ProvidersReader::readLegacyFile(existing);
    if (!read.ok()) {
        refuse(&r, read);
        return r;
    }
    JsonStyle style = detectStyle(existing);
    style.keyOrder = neighbours.keyOrder;
    // The file is the entry: keep what surrounds the root object (BOM, trailing newline or its absence).
    const qsizetype root = JsonScanner::rootBegin(existing);
    keyOrderOf(existing, root, &style.keyOrder);
    const qsizetype end = JsonScanner::valueEnd(existing, root);
    const QByteArray value = ProvidersWriter::providerText(s, style, 0, read.legacyId).toUtf8();
    decide(&r, read, s, replace, existing.left(root) + value + existing.mid(end));
    if (r.action == Action::Unchanged)
        r.text = existing;
    return r;
}
