#pragma once

#include "core/DeployResult.h"
#include "core/ProviderSettings.h"
#include "net/AdminApiClient.h"
#include "net/Deployer.h"
#include "sandbox/AdminSandbox.h"

#include <QNetworkAccessManager>

/// The sandbox's request lines (AdminSandbox::requestLines) of the deploy sequence.
namespace AdminLines {
inline const QString kLogin = QStringLiteral("POST /auth/providers/mongodb-cloud/login");
inline const QString kApps =
    QStringLiteral("GET /groups/{g}/apps?product=standard,atlas,data-api,device-sync");
inline const QString kList = QStringLiteral("GET /groups/{g}/apps/{a}/auth_providers");
inline const QString kPost = QStringLiteral("POST /groups/{g}/apps/{a}/auth_providers");
inline const QString kGet = QStringLiteral("GET /groups/{g}/apps/{a}/auth_providers/{id}");
inline const QString kPatch = QStringLiteral("PATCH /groups/{g}/apps/{a}/auth_providers/{id}");
} // namespace AdminLines

/// Admin API test bench: a started AdminSandbox, a QNetworkAccessManager and an AdminApiClient aimed at it
/// (short timeout, 1 ms backoff), plus helpers that wait for results without timing assertions.
class AdminBench
{
public:
    struct CallResult
    {
        bool finished = false;
        bool ok = false;
        int status = 0;
        int attempts = 0;
        QByteArray body;
        AdminApiError error;
    };

    AdminBench();

    /// Waits (up to 20 s) for the call and copies what it reported.
    static CallResult wait(AdminCall *call);
    /// Logs in with the sandbox's key pair and clears the sandbox request log.
    bool login();
    /// Runs a deploy to the end (up to 20 s); the request defaults to the sandbox key, project and
    /// myapp-abcde.
    DeployResult deploy(Deployer &deployer, const Deployer::Request &request);
    Deployer::Request request(const ProviderSettings &settings) const;
    /// The `_id` of myapp-abcde.
    QString myApp() const { return sandbox.appId(QStringLiteral("myapp-abcde")); }

    static ProviderSettings okta();
    static ProviderSettings withAudience(const QString &audience);
    /// HS256 with one signing-key secret, "okta_signing_key".
    static ProviderSettings manualKeys();

    AdminSandbox sandbox;
    QNetworkAccessManager nam;
    AdminApiClient client;
};
