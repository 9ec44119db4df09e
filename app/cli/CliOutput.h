#pragma once

#include "core/Finding.h"

#include <QJsonObject>
#include <QString>

/// Everything `okta-jwt` prints goes through here. A run that fails prints exactly one error line,
/// `okta-jwt: <code>: <message>`, on stderr; warnings go there too, as `okta-jwt: warning: <code>: ...`.
class CliOutput
{
public:
    static void out(const QString &text); // stdout, as is
    static void outBytes(const QByteArray &data);
    /// A progress or hint line on stderr (the URL to open, a countdown): not an error.
    static void note(const QString &line);
    /// The one error line of a failed run.
    static void error(const QString &code, const QString &message);
    /// The warnings among `findings`, one line each (their errors are left to fail()).
    static void warnings(const Findings &findings);
    /// Ends a failed run: the warnings, then the one error line (`error` when it has a code, else the first
    /// error finding), then every other error finding indented under it, so none is lost and scripts still
    /// see one line. With `json` the document on stdout carries the findings: the error line only.
    static void fail(const Findings &findings, const Finding &error = {}, bool json = false);
    static void json(const QJsonObject &document); // stdout, one JSON document
    static QJsonArray findingsJson(const Findings &findings);
};
