#include "cli/SandboxCommand.h"

#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"
#include "sandbox/Sandbox.h"

#include <QJsonDocument>

CliOptions SandboxCommand::options() const
{
    return {CliOption::valued(QStringLiteral("port"), QStringLiteral("N"),
                              QStringLiteral("Port of the Okta simulator, 0 for any free port; the Admin API "
                                             "takes the next free one."),
                              CliOption::Group::Command)
                .withDefault(QStringLiteral("0")),
            CliOption::json(QStringLiteral("Print the URLs as one line of JSON."))};
}

void SandboxCommand::start(const CommandArgs &parser, const QStringList &)
{
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        CliOutput::error(QStringLiteral("usage"), QStringLiteral("--port takes a number from 0 to 65535"));
        Q_EMIT finished(ExitUsage);
        return;
    }
    m_sandbox = new Sandbox(this);
    QString error;
    if (!m_sandbox->start(quint16(port), &error)) {
        CliOutput::error(QStringLiteral("sandbox_start"), error);
        Q_EMIT finished(ExitUsage);
        return;
    }
    QJsonObject info = m_sandbox->describe();
    info.insert(QStringLiteral("demo_token"), QString::fromLatin1(m_sandbox->mintDemoToken()));
    if (parser.isSet(QStringLiteral("json"))) {
        CliOutput::outBytes(QJsonDocument(info).toJson(QJsonDocument::Compact) + '\n');
        return; // runs until the process is stopped
    }
    const auto v = [&info](const char *key) {
        return info.value(QLatin1String(key)).toString();
    };
    CliOutput::out(
        QStringLiteral(
            "Okta JWT Wizard sandbox: a local simulator on 127.0.0.1. Nothing here touches Okta or "
            "MongoDB.\n\n"
            "Okta (custom authorization server)\n"
            "  domain:         %1\n  auth server:    %2\n  issuer:         %3\n  jwks_uri:       %4\n"
            "  mint a token:   curl -s -X POST %5 -d '{\"claims\": {\"sub\": \"me@example.com\"}}'\n\n"
            "App Services Admin API\n"
            "  base URL:       %6\n  project id:     %7\n  app:            %8\n"
            "  API key:        export MONGODB_ATLAS_PUBLIC_API_KEY=%9 MONGODB_ATLAS_PRIVATE_API_KEY=%10\n\n"
            "Try:\n"
            "  okta-jwt verify-token --okta-domain %1 --client-app-id %8 --claim email --token-file TOKEN\n"
            "  okta-jwt deploy --okta-domain %1 --claim email --admin-api %6 --project-id %7 --app %8\n"
            "  OKTA_API_TOKEN=%14 okta-jwt okta-setup --okta-domain %1 --client-app-id %8 --client-id %12 "
            "--claim email --claim groups\n\n"
            "Sign in, deploy, test the login (the API key exported as above):\n"
            "  okta-jwt login --okta-domain %1 --client-id %12 --client-app-id %8 --redirect-uri "
            "http://127.0.0.1:8484/callback -o okta-token.txt\n"
            "  okta-jwt deploy --okta-domain %1 --claim uid --admin-api %6 --project-id %7 --app %8\n"
            "  okta-jwt test-login --client-app-id %8 --token-file okta-token.txt --client-api %13 "
            "--okta-domain %1 --claim uid --admin-api %6\n\n"
            "A demo access token (valid for an hour):\n%11\n\nStop with Ctrl+C.\n")
            .arg(v("okta_domain"), v("auth_server"), v("issuer"), v("jwks_uri"), v("token_endpoint"),
                 v("admin_api"), v("project_id"), v("client_app_id"), v("public_key"))
            .arg(v("private_key"), v("demo_token"), v("okta_client_id"), v("client_api"),
                 v("okta_api_token")));
}
