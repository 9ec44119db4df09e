#include "RemoteProvider.h"

#include "core/ProvidersWriter.h"

ProviderSettings RemoteProvider::okta()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-1.okta.com");
    return s;
}

QJsonObject RemoteProvider::remoteOf(const ProviderSettings &s)
{
    QJsonObject o = ProvidersWriter::providerObject(s);
    o.insert(QStringLiteral("_id"), QStringLiteral("p1"));
    return o;
}
