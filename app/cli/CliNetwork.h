#pragma once

#include "cli/CliOption.h"
#include "cli/CommandArgs.h"

#include <QString>

class QNetworkAccessManager;
class QObject;

/// Network set-up shared by the commands that talk to Okta or the Admin API: extra trust anchors
/// (--ca-file), the system proxy, and the per-request timeout (--timeout).
class CliNetwork
{
public:
    /// --ca-file and --timeout.
    static CliOptions options();
    /// Applies --ca-file and the system proxy; false (and *error) when the CA file is unusable.
    static bool configure(const CommandArgs &parser, QString *error);
    /// --timeout in milliseconds (default 30 s); 0 when the value is not a positive number.
    static int timeoutMs(const CommandArgs &parser);
    static QNetworkAccessManager *createManager(QObject *parent);
};
