#pragma once

#include "Finding.h"

#include <QJsonObject>
#include <QString>

/// Everything `okta-jwt` prints goes through here: errors as `okta-jwt: <code>: <message>` on stderr.
class CliOutput
{
public:
    static void out(const QString &text); // stdout, as is
    static void outBytes(const QByteArray &data);
    static void error(const QString &code, const QString &message);
    static void finding(const Finding &f);         // stderr, one line
    static void json(const QJsonObject &document); // stdout, one JSON document
    static QJsonArray findingsJson(const Findings &findings);
};
