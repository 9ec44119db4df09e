#include "AdminBench.h"

#include "core/ProvidersWriter.h"

#include <QTest>

AdminBench::AdminBench() : client(&nam)
{
    sandbox.start();
    if (!client.transport()->setBaseUrl(sandbox.baseUrl()))
        qFatal("the sandbox URL was refused");
    client.transport()->setTimeout(5000);
    client.transport()->setRetryDelay(1);
}

AdminBench::CallResult AdminBench::wait(AdminCall *call)
{
    CallResult r;
    const auto connection = QObject::connect(call, &AdminCall::finished, call, [&r, call] {
        r.finished = true;
        r.ok = call->ok();
        r.status = call->httpStatus();
        r.attempts = call->attempts();
        r.body = call->body();
        r.error = call->error();
    });
    if (!QTest::qWaitFor([&r] { return r.finished; }, 20000)) {
        QObject::disconnect(connection);
        r.error = AdminApiError::make(AdminApiError::Kind::Timeout, QStringLiteral("test_timeout"), {});
    }
    return r;
}

bool AdminBench::login()
{
    const bool ok = wait(client.login(sandbox.publicKey(), sandbox.privateKey())).ok;
    sandbox.clearRequests();
    return ok;
}

Deployer::Request AdminBench::request(const ProviderSettings &settings) const
{
    Deployer::Request r;
    r.publicKey = sandbox.publicKey();
    r.privateKey = sandbox.privateKey();
    r.groupId = sandbox.projectId();
    r.clientAppId = QStringLiteral("myapp-abcde");
    r.provider = ProvidersWriter::providerObject(settings);
    return r;
}

DeployResult AdminBench::deploy(Deployer &deployer, const Deployer::Request &request)
{
    DeployResult result;
    bool done = false;
    const auto connection = QObject::connect(&deployer, &Deployer::finished, [&](const DeployResult &r) {
        result = r;
        done = true;
    });
    deployer.start(request);
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        result.error = AdminApiError::make(AdminApiError::Kind::Timeout, QStringLiteral("test_timeout"), {});
    QObject::disconnect(connection);
    return result;
}

ProviderSettings AdminBench::okta()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-1.okta.com");
    return s;
}

ProviderSettings AdminBench::withAudience(const QString &audience)
{
    ProviderSettings s = okta();
    s.audience = QStringList{audience};
    return s;
}

ProviderSettings AdminBench::manualKeys()
{
    ProviderSettings s = okta();
    s.verification = ProviderSettings::Verification::ManualKeys;
    s.signingKeyNames = QStringList{QStringLiteral("okta_signing_key")};
    return s;
}
