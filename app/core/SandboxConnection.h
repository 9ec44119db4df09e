#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

/// Asks for a fresh demo access token and hands it to `done`, at once or later from the event loop; an empty
/// token once the sandbox is gone.
using DemoTokenSource = std::function<void(std::function<void(const QByteArray &token)> done)>;

/// Where the built-in sandbox (the --sandbox demo mode) listens and what it accepts: the wizard takes this
/// plain description, so it never links the simulators themselves.
struct SandboxConnection
{
    QString oktaDomain;   // "http://127.0.0.1:PORT"
    QString authServerId; // the simulated custom authorization server
    QString clientAppId;  // the demo App; demo tokens carry it as their audience
    QString oktaClientId; // the simulated native Okta app users sign in with (no secret)
    QString clientApiUrl; // the simulated App Services client API ("http://127.0.0.1:PORT")
    QString adminApiUrl;  // the simulated Admin API's base URL
    QString projectId;
    QString publicKey; // the simulator's own demo API key pair: no secret anywhere else
    QString privateKey;
    QString demoTokenUrl; // POST here for a fresh demo token (the simulator's own endpoint)
    DemoTokenSource mintDemoToken;
    QString oktaApiToken; // the demo token its Okta Management API accepts: no secret anywhere else
};

/// What a SandboxStarter hands back once: the running sandbox's connection, or why it could not listen.
using SandboxStarted = std::function<void(const Result<SandboxConnection> &started)>;
/// Starts the sandbox (or finds it running) and calls `done` once, at once or later from the event loop: the
/// caller never waits for a child or a port.
using SandboxStarter = std::function<void(SandboxStarted done)>;
