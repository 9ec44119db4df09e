#include "sandbox/AdminSandboxStore.h"

AdminSandboxStore::AdminSandboxStore() : projectId(QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e"))
{
    userId = newId();
    // Apps of every product: one ONE listing with all products must find each of them.
    const struct
    {
        const char *clientAppId;
        const char *name;
        const char *product;
    } seeds[] = {{"myapp-abcde", "myapp", "standard"},
                 {"triggers-fghij", "triggers", "atlas"},
                 {"dataapi-klmno", "dataapi", "data-api"},
                 {"sync-pqrst", "sync", "device-sync"}};
    for (const auto &seed : seeds) {
        App app;
        app.info = appInstance(newId(), QLatin1String(seed.clientAppId), QLatin1String(seed.name),
                               QLatin1String(seed.product));
        // Every App starts with anonymous login, as new Apps often do; the custom-token provider is ours to
        // add.
        app.live.providers.append({{QStringLiteral("_id"), newId()},
                                   {QStringLiteral("name"), QStringLiteral("anon-user")},
                                   {QStringLiteral("type"), QStringLiteral("anon-user")},
                                   {QStringLiteral("disabled"), false}});
        apps.append(app);
    }
    apiKeys.insert(QStringLiteral("sandboxpub"), QStringLiteral("00000000-sandbox-private-key-0000"));
    apiKeys.insert(QStringLiteral("ciuser"), QStringLiteral("11111111-ci-private-key-1111"));
}

QString AdminSandboxStore::newId()
{
    return QStringLiteral("65%1").arg(++m_counter, 22, 16, QLatin1Char('0'));
}

AdminSandboxStore::App *AdminSandboxStore::app(const QString &id)
{
    for (App &a : apps) {
        if (a.info.value(QStringLiteral("_id")).toString() == id)
            return &a;
    }
    return nullptr;
}

QJsonObject AdminSandboxStore::appInstance(const QString &id, const QString &clientAppId, const QString &name,
                                           const QString &product)
{
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("client_app_id"), clientAppId},
            {QStringLiteral("group_id"), projectId},
            {QStringLiteral("domain_id"), newId()},
            {QStringLiteral("name"), name},
            {QStringLiteral("location"), QStringLiteral("US-VA")},
            {QStringLiteral("deployment_model"), QStringLiteral("GLOBAL")},
            {QStringLiteral("last_used"), 1700000000},
            {QStringLiteral("last_modified"), 1700000000},
            {QStringLiteral("product"), product},
            {QStringLiteral("environment"), QString()}};
}
