#pragma once

#include "core/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// Admin API paths (relative to the base URL) and request bodies (reference admin-api.md §2–§5).
class AdminRequests
{
    Q_DECLARE_TR_FUNCTIONS(AdminRequests)

public:
    static QString defaultBaseUrl()
    {
        return QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0");
    }
    /// Every product, so one listing finds triggers, Data API and Device Sync apps too.
    static QString allProducts() { return QStringLiteral("standard,atlas,data-api,device-sync"); }

    /// https only, except http on loopback hosts (the sandbox); no user-info, query or fragment.
    static Findings checkBaseUrl(const QString &url);

    static QString loginPath() { return QStringLiteral("/auth/providers/mongodb-cloud/login"); }
    static QString sessionPath() { return QStringLiteral("/auth/session"); }
    static QString appsPath(const QString &groupId);
    static QString appPath(const QString &groupId, const QString &appId);
    static QString providersPath(const QString &groupId, const QString &appId);
    static QString providerPath(const QString &groupId, const QString &appId, const QString &providerId);
    /// `enable` true → `/enable`, false → `/disable`.
    static QString providerTogglePath(const QString &groupId, const QString &appId, const QString &providerId,
                                      bool enable);
    static QString secretsPath(const QString &groupId, const QString &appId);
    static QString secretPath(const QString &groupId, const QString &appId, const QString &secretId);
    static QString draftsPath(const QString &groupId, const QString &appId);
    static QString draftPath(const QString &groupId, const QString &appId, const QString &draftId);
    static QString draftDiffPath(const QString &groupId, const QString &appId, const QString &draftId);
    static QString draftDeploymentPath(const QString &groupId, const QString &appId, const QString &draftId);
    static QString deploymentPath(const QString &groupId, const QString &appId, const QString &deploymentId);

    static QByteArray loginBody(const QString &publicKey, const QString &privateKey);
    /// POST body: the provider object as written by ProvidersWriter::providerObject.
    static QByteArray createProviderBody(const QJsonObject &provider);
    /// PATCH body: the full object plus `_id`, as the docs and MongoDB's importer send it.
    static QByteArray updateProviderBody(const QJsonObject &provider, const QString &providerId);
    static QByteArray createSecretBody(const QString &name, const QString &value);
    static QByteArray updateSecretBody(const QString &secretId, const QString &name, const QString &value);
    /// `{"name": ""}`: the spec requires the member; docs send no body; this satisfies both.
    static QByteArray deployDraftBody();

    /// Replaces known ids in a path with `{g}`, `{a}`, ... so logs and tests can name the call shape.
    static QString pathShape(const QString &path);
};
