#include "sandbox/Sandbox.h"

#include "core/SandboxDescription.h"

#include "sandbox/OktaManagementSandbox.h"

#include "core/ProviderSettings.h"
#include "core/ProvidersWriter.h"
#include "sandbox/AppServicesSandbox.h"

#include <QJsonDocument>
#include <QPointer>

Sandbox::Sandbox(QObject *parent) : QObject(parent)
{
    // Tokens name the demo App as their audience, as an Okta server set up by MongoDB's guide does.
    m_okta.setAudience(demoClientAppId());
    m_okta.setDemoTokenSource([this] { return mintDemoToken(); });
    // The client API's logins fetch keys from this Okta sandbox only (the sandbox never goes online).
    m_admin.clientApi().setJwksSource([this](const QString &uri) {
        return uri == m_okta.jwksUri() ? QJsonDocument(m_okta.keys().jwks()).toJson(QJsonDocument::Compact)
                                       : QByteArray();
    });
}

bool Sandbox::start(quint16 oktaPort, QString *error)
{
    if (!m_okta.start(oktaPort, error))
        return false;
    for (quint16 port = oktaPort ? oktaPort + 1 : 0; port == 0 || port < oktaPort + 20; ++port) {
        if (m_admin.start(port))
            return true;
        if (port == 0)
            break;
    }
    if (error)
        *error = tr("no free port for the Admin API simulator");
    return false;
}

QByteArray Sandbox::mintDemoToken() const
{
    return m_okta.mintToken(
        {{QStringLiteral("sub"), QStringLiteral("ada@example.com")},
         {QStringLiteral("uid"), QStringLiteral("00u1sandboxAda0h7")},
         {QStringLiteral("email"), QStringLiteral("ada@example.com")},
         {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
         {QStringLiteral("groups"), QJsonArray{QStringLiteral("Everyone"), QStringLiteral("Engineering")}},
         {QStringLiteral("department"), QStringLiteral("Analytical Engines")}});
}

void Sandbox::resetBehaviour()
{
    m_okta.resetBehaviour();
    m_admin.clearFaults();
    m_admin.clientApi().reset();
}

void Sandbox::deployDemoProvider(const QStringList &audience, const QList<MetadataField> &fields)
{
    const QString app = m_admin.appId(demoClientAppId());
    m_admin.store().app(app)->live.providers.clear();
    ProviderSettings s;
    s.oktaDomain = oktaDomain();
    s.audience = audience;
    s.metadataFields = fields;
    m_admin.seedProvider(app, ProvidersWriter::providerObject(s));
}

SandboxConnection Sandbox::connection()
{
    const Result<SandboxConnection> read = SandboxDescription::read(describe());
    Q_ASSERT(read.ok()); // describe() writes every field the connection takes
    SandboxConnection connection = read.valueOr({});
    const QPointer<Sandbox> self(this);
    connection.mintDemoToken = [self](const std::function<void(const QByteArray &)> &done) {
        done(self ? self->mintDemoToken() : QByteArray());
    };
    return connection;
}

SandboxStarter Sandbox::starter(QObject *owner)
{
    const QPointer<QObject> guard(owner);
    // In this process the simulators listen at once: `done` is answered before this returns.
    return [guard](const SandboxStarted &done) {
        if (!guard)
            return done(
                Problem{QStringLiteral("sandbox_owner_gone"), tr("The sandbox's owner is gone."), {}});
        auto *sandbox = guard->findChild<Sandbox *>(QString(), Qt::FindDirectChildrenOnly);
        if (!sandbox) {
            sandbox = new Sandbox(guard);
            QString error;
            if (!sandbox->start(0, &error)) {
                delete sandbox;
                return done(Problem{QStringLiteral("sandbox_not_started"), error, {}});
            }
        }
        done(sandbox->connection());
    };
}

QJsonObject Sandbox::describe() const
{
    return {{QStringLiteral("okta_domain"), m_okta.domain()},
            {QStringLiteral("auth_server"), m_okta.authServerId()},
            {QStringLiteral("issuer"), m_okta.issuer()},
            {QStringLiteral("jwks_uri"), m_okta.jwksUri()},
            {QStringLiteral("token_endpoint"), m_okta.domain() + QStringLiteral("/sandbox/okta/token")},
            {QStringLiteral("demo_token_endpoint"), m_okta.demoTokenUrl()},
            {QStringLiteral("admin_api"), m_admin.baseUrl()},
            {QStringLiteral("project_id"), m_admin.projectId()},
            {QStringLiteral("client_app_id"), demoClientAppId()},
            {QStringLiteral("okta_client_id"), OktaSandbox::demoClientId()},
            {QStringLiteral("client_api"), m_admin.origin()},
            {QStringLiteral("public_key"), m_admin.publicKey()},
            {QStringLiteral("private_key"), m_admin.privateKey()},
            {QStringLiteral("okta_api_token"), OktaManagementSandbox::demoApiToken()}};
}
