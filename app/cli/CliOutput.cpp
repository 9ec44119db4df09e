#include "cli/CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cstdio>

namespace {
void errBytes(const QString &text)
{
    const QByteArray data = text.toUtf8();
    std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
    std::fflush(stderr);
}

QString withHint(const Finding &f)
{
    return f.hint.isEmpty() ? f.message : f.message + QStringLiteral(" Fix: ") + f.hint;
}
} // namespace

void CliOutput::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void CliOutput::note(const QString &line)
{
    errBytes(line + QLatin1Char('\n'));
}

void CliOutput::outBytes(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::error(const QString &code, const QString &message)
{
    errBytes(QStringLiteral("okta-jwt: %1: %2\n").arg(code, message));
}

void CliOutput::warnings(const Findings &findings)
{
    // One line per distinct warning: a line names the claim or value, not the field it came from, so a
    // claim mapped into two fields would otherwise print the same line twice.
    QSet<QString> printed;
    for (const Finding &f : findings) {
        const QString line = withHint(f);
        if (!f.isError() && !printed.contains(f.code + line)) {
            printed.insert(f.code + line);
            error(QStringLiteral("warning: ") + f.code, line);
        }
    }
}

void CliOutput::fail(const Findings &findings, const Finding &error, bool json)
{
    Findings details;
    for (const Finding &f : findings) {
        if (f.isError())
            details << f;
    }
    const Finding line = !error.code.isEmpty() ? error : details.value(0);
    Q_ASSERT(!line.code.isEmpty()); // a failed run always says why
    if (error.code.isEmpty() && !details.isEmpty())
        details.removeFirst();
    if (!json)
        warnings(findings);
    QString message = withHint(line);
    if (!json && !details.isEmpty())
        message += QStringLiteral(" (and %1 more below)").arg(details.size());
    CliOutput::error(line.code, message);
    if (json)
        return;
    QString rest;
    for (const Finding &f : std::as_const(details))
        rest += QStringLiteral("  ") + f.toLine() + QLatin1Char('\n');
    errBytes(rest);
}

void CliOutput::json(const QJsonObject &document)
{
    outBytes(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

QJsonArray CliOutput::findingsJson(const Findings &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(f.toJson());
    return out;
}
