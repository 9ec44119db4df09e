#include "core/AdminRequests.h"

#include "core/OktaValidator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString app(const QString &g, const QString &a)
{
    return QStringLiteral("/groups/") + g + QStringLiteral("/apps/") + a;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

Findings AdminRequests::checkBaseUrl(const QString &text)
{
    const QString field = QStringLiteral("adminApi");
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto bad = [&](const QString &message) {
        return Findings{
            Finding::error(QStringLiteral("admin_api_url_invalid"), field, message,
                           tr("Use %1 (the default) or another https URL.").arg(defaultBaseUrl()))};
    };
    if (!url.isValid() || url.host().isEmpty())
        return bad(tr("Admin API URL \"%1\" is not a valid absolute URL.").arg(text));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return bad(tr("Admin API URL must not carry user-info, a query or a fragment."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !OktaValidator::isLoopbackHost(url.host()))
        return bad(tr("Admin API URL must use https (http is allowed only for a loopback host)."));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return bad(tr("Admin API URL must use https."));
    return {};
}

QString AdminRequests::appsPath(const QString &g)
{
    return QStringLiteral("/groups/") + g + QStringLiteral("/apps");
}

QString AdminRequests::appPath(const QString &g, const QString &a)
{
    return app(g, a);
}

QString AdminRequests::providersPath(const QString &g, const QString &a)
{
    return app(g, a) + QStringLiteral("/auth_providers");
}

QString AdminRequests::providerPath(const QString &g, const QString &a, const QString &id)
{
    return providersPath(g, a) + QLatin1Char('/') + id;
}

QString AdminRequests::providerTogglePath(const QString &g, const QString &a, const QString &id, bool enable)
{
    return providerPath(g, a, id) + (enable ? QStringLiteral("/enable") : QStringLiteral("/disable"));
}

QString AdminRequests::secretsPath(const QString &g, const QString &a)
{
    return app(g, a) + QStringLiteral("/secrets");
}

QString AdminRequests::secretPath(const QString &g, const QString &a, const QString &id)
{
    return secretsPath(g, a) + QLatin1Char('/') + id;
}

QString AdminRequests::draftsPath(const QString &g, const QString &a)
{
    return app(g, a) + QStringLiteral("/drafts");
}

QString AdminRequests::draftPath(const QString &g, const QString &a, const QString &id)
{
    return draftsPath(g, a) + QLatin1Char('/') + id;
}

QString AdminRequests::draftDiffPath(const QString &g, const QString &a, const QString &id)
{
    return draftPath(g, a, id) + QStringLiteral("/diff");
}

QString AdminRequests::draftDeploymentPath(const QString &g, const QString &a, const QString &id)
{
    return draftPath(g, a, id) + QStringLiteral("/deployment");
}

QString AdminRequests::deploymentPath(const QString &g, const QString &a, const QString &id)
{
    return app(g, a) + QStringLiteral("/deployments/") + id;
}

QByteArray AdminRequests::loginBody(const QString &publicKey, const QString &privateKey)
{
    return compact({{QStringLiteral("username"), publicKey}, {QStringLiteral("apiKey"), privateKey}});
}

QByteArray AdminRequests::createProviderBody(const QJsonObject &provider)
{
    QJsonObject o = provider;
    o.remove(QStringLiteral("_id"));
    return compact(o);
}

QByteArray AdminRequests::updateProviderBody(const QJsonObject &provider, const QString &providerId)
{
    QJsonObject o = provider;
    o.insert(QStringLiteral("_id"), providerId);
    return compact(o);
}

QByteArray AdminRequests::createSecretBody(const QString &name, const QString &value)
{
    return compact({{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
}

QByteArray AdminRequests::updateSecretBody(const QString &secretId, const QString &name, const QString &value)
{
    return compact({{QStringLiteral("_id"), secretId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("value"), value}});
}

QByteArray AdminRequests::deployDraftBody()
{
    return compact({{QStringLiteral("name"), QString()}});
}

QString AdminRequests::pathShape(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(
        "^/groups/[^/]+(/apps(/[^/]+(/(auth_providers|secrets|drafts|deployments)(/[^/]+)?(/(\\w+))?)?)?)?"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return path;
    QString shape = QStringLiteral("/groups/{g}");
    if (m.capturedLength(1))
        shape += QStringLiteral("/apps");
    if (m.capturedLength(2))
        shape += QStringLiteral("/{a}");
    if (m.capturedLength(4))
        shape += QLatin1Char('/') + m.captured(4);
    if (m.capturedLength(5))
        shape += QStringLiteral("/{id}");
    if (m.capturedLength(7))
        shape += QLatin1Char('/') + m.captured(7);
    return shape + path.mid(m.capturedLength(0));
}
