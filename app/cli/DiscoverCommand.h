#pragma once

#include "cli/Command.h"
#include "core/Finding.h"

class OktaClient;
class DiscoveryDocument;

/// `okta-jwt discover`: the issuer, jwks_uri and keys of an Okta authorization server, with warnings.
class DiscoverCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("discover"); }
    QString summary() const override
    {
        return QStringLiteral("Show the issuer, jwks_uri and keys of an Okta authorization server.");
    }
    CliOptions options() const override;
    void start(const CommandArgs &parser, const QStringList &rawArgs) override;

private:
    void finish(int exitCode);

    OktaClient *m_client = nullptr;
    bool m_json = false;
    Findings m_warnings;
    QString m_issuer;
};
