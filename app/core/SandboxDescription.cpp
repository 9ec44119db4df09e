#include "core/SandboxDescription.h"

#include <QJsonDocument>

namespace {
struct Field
{
    const char *key;
    QString SandboxConnection::*member;
};

// One line per key Sandbox::describe() writes and the wizard takes.
const Field fields[] = {
    {"okta_domain", &SandboxConnection::oktaDomain},
    {"auth_server", &SandboxConnection::authServerId},
    {"client_app_id", &SandboxConnection::clientAppId},
    {"admin_api", &SandboxConnection::adminApiUrl},
    {"project_id", &SandboxConnection::projectId},
    {"public_key", &SandboxConnection::publicKey},
    {"private_key", &SandboxConnection::privateKey},
    {"demo_token_endpoint", &SandboxConnection::demoTokenUrl},
    {"okta_client_id", &SandboxConnection::oktaClientId},
    {"client_api", &SandboxConnection::clientApiUrl},
    {"okta_api_token", &SandboxConnection::oktaApiToken},
};
} // namespace

Result<SandboxConnection> SandboxDescription::read(const QJsonObject &description)
{
    SandboxConnection out;
    for (const Field &field : fields) {
        const QString value = description.value(QLatin1String(field.key)).toString();
        if (value.isEmpty())
            return Problem{QStringLiteral("sandbox_description_incomplete"),
                           tr("the sandbox's description has no \"%1\"").arg(QLatin1String(field.key)),
                           {}};
        out.*field.member = value;
    }
    return out;
}

Result<SandboxConnection> SandboxDescription::parse(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Problem{
            QStringLiteral("sandbox_description_malformed"),
            tr("the sandbox printed no description but: %1").arg(QString::fromUtf8(line.trimmed().left(80))),
            {}};
    return read(document.object());
}
