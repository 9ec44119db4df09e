#pragma once

#include "cli/Command.h"

class Sandbox;

/// `okta-jwt sandbox`: runs the local Okta and Admin API simulators until stopped, and prints their URLs.
class SandboxCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override
    {
        return QStringLiteral("Run the local Okta and Admin API simulator (no account needed).");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    Sandbox *m_sandbox = nullptr;
};
