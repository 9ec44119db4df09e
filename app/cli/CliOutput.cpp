#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

void CliOutput::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void CliOutput::outBytes(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::error(const QString &code, const QString &message)
{
    const QByteArray line = QStringLiteral("okta-jwt: %1: %2\n").arg(code, message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void CliOutput::finding(const Finding &f)
{
    QString message = f.message;
    if (!f.hint.isEmpty())
        message += QStringLiteral(" Fix: ") + f.hint;
    error(f.isError() ? f.code : QStringLiteral("warning: ") + f.code, message);
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
