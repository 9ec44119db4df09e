#include "OktaSetupBench.h"

#include "core/OktaSetupPlan.h"
#include "net/OktaAdminClient.h"
#include "net/OktaSetupRunner.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {
// The reads (server, policies, the policy's rules, claims, app) and one create per missing claim.
constexpr int kReads = 5;
constexpr int kClaims = 2;

// One okta-setup run as the command makes it: read, plan, apply. The requests the sandbox served, or -1.
int setUp(OktaSandbox &sandbox, QNetworkAccessManager &nam)
{
    OktaManagementSandbox *api = OktaManagementSandbox::of(sandbox);
    const int before = api->requestCount();
    OktaAdminClient client(&nam);
    if (!client.setOktaDomain(sandbox.domain()))
        qFatal("okta-setup benchmark: the sandbox's domain was refused");
    client.setToken(OktaManagementSandbox::demoApiToken().toLatin1());
    OktaSetupRunner runner(&client);
    ProviderSettings settings;
    settings.oktaDomain = sandbox.domain();
    settings.audience = {QStringLiteral("api://default")};
    settings.metadataFields = {{QStringLiteral("email"), {}, true}, {QStringLiteral("groups"), {}, false}};
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&runner, &OktaSetupRunner::failed, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &OktaSetupRunner::applied, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&runner, &OktaSetupRunner::stateRead, &loop, [&] {
        const OktaSetupPlan plan = OktaSetupPlan::make(
            runner.state(), settings, QStringLiteral("myapp-abcde"), OktaSandbox::demoClientId(), {});
        if (plan.isBlocked())
            return loop.quit();
        runner.apply(plan.steps());
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    runner.read(settings.authServerId, OktaSandbox::demoClientId());
    loop.exec();
    return ok ? api->requestCount() - before : -1;
}
} // namespace

QList<BenchRow> OktaSetupBench::run()
{
    OktaSandbox sandbox;
    if (!sandbox.start())
        qFatal("the Okta sandbox did not start");
    QNetworkAccessManager nam;
    const int first = setUp(sandbox, nam);
    const int second = setUp(sandbox, nam);
    auto row = [](const QString &what, int ours, int minimum, const QString &which) {
        return BenchRow{what,
                        QString::number(ours),
                        QStringLiteral("%1 (%2)").arg(minimum).arg(which),
                        minimum ? QString::number(double(ours) / minimum, 'f', 2) + QStringLiteral("x")
                                : QString(),
                        QStringLiteral("= %1 (minimum)").arg(minimum),
                        ours == minimum};
    };
    return {row(QStringLiteral("Okta setup, fresh developer org, 2 mapped claims: requests"), first,
                kReads + kClaims, QStringLiteral("%1 reads + %2 claim creates").arg(kReads).arg(kClaims)),
            row(QStringLiteral("Okta setup, second run: requests"), second, kReads,
                QStringLiteral("the reads only"))};
}
