#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class Sandbox;

/// `okta-jwt diff`/`deploy` runs against the in-process Sandbox: their arguments, the API key, and the writes
/// the Admin API simulator received.
namespace SandboxRun {
/// `command` with the sandbox's Okta domain, `--claim uid`, its Admin API, project and `app`, and a 5 s
/// timeout.
QStringList args(const Sandbox &sandbox, const QString &command, const QString &app);
/// The system environment with the sandbox's API key in the Atlas CLI's variables.
QProcessEnvironment env(const Sandbox &sandbox);
/// The requests the Admin API received other than GETs and the login, in order.
QStringList writes(Sandbox &sandbox);
} // namespace SandboxRun
