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

bool SandboxDescription::read(const QJsonObject &description, SandboxConnection *connection, QString *error)
{
    SandboxConnection out;
    for (const Field &field : fields) {
        const QString value = description.value(QLatin1String(field.key)).toString();
        if (value.isEmpty()) {
            if (error)
                *error = tr("the sandbox's description has no \"%1\"").arg(QLatin1String(field.key));
            return false;
        }
        out.*field.member = value;
    }
    *connection = out;
    return true;
}

bool SandboxDescription::parse(const QByteArray &line, SandboxConnection *connection, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("the sandbox printed no description but: %1")
                         .arg(QString::fromUtf8(line.trimmed().left(80)));
        return false;
    }
    return read(document.object(), connection, error);
}
