#include "DeployBench.h"

#include "DiscoveryHold.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int kRuns = 9; // per side and scenario, interleaved
const QString kClientAppId = QStringLiteral("myapp-abcde");

struct Run
{
    int exitCode = -1;
    double ms = 0;
    QByteArray output;
};

// Runs a program to completion with the event loop turning, so the in-process sandbox keeps answering. A run
// that hangs (a deploy waiting for a discovery answer that never comes) is killed after a minute: exit -1.
Run runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &process, &QProcess::kill);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    loop.exec();
    Run r;
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.output = process.readAll();
    return r;
}

class Bench
{
public:
    bool start(QString *error) { return m_sandbox.start(0, error); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), m_sandbox.publicKey());
        e.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), m_sandbox.privateKey());
        return e;
    }

    QStringList cliArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("deploy"),
                           QStringLiteral("--okta-domain"),
                           m_sandbox.oktaDomain(),
                           QStringLiteral("--claim"),
                           QStringLiteral("uid"),
                           QStringLiteral("--admin-api"),
                           m_sandbox.adminApiUrl(),
                           QStringLiteral("--project-id"),
                           m_sandbox.projectId(),
                           QStringLiteral("--app"),
                           kClientAppId,
                           QStringLiteral("--timeout"),
                           QStringLiteral("5")} +
               extra;
    }

    Run cli(const QStringList &extra = {})
    {
        return runProcess(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), cliArgs(extra), env());
    }

    Run curl(const QString &providerFile)
    {
        return runProcess(QStringLiteral("sh"),
                          {m_script, m_sandbox.okta()->issuer(), m_sandbox.adminApiUrl(),
                           m_sandbox.projectId(), kClientAppId, providerFile},
                          env());
    }

    QString appId() { return m_sandbox.admin()->appId(kClientAppId); }

    void removeProviders()
    {
        for (AdminSandboxStore::App &app : m_sandbox.admin()->store().apps) {
            if (app.info.value(QStringLiteral("_id")).toString() == appId())
                app.live.providers.clear();
        }
        m_sandbox.admin()->clearRequests();
        m_sandbox.okta()->resetBehaviour();
    }

    // An existing custom-token provider that differs from ours (another audience), so deploy updates it.
    void seedDifferentProvider(const QJsonObject &ours)
    {
        removeProviders();
        QJsonObject other = ours;
        QJsonObject config = other.value(QStringLiteral("config")).toObject();
        config.insert(QStringLiteral("audience"), QJsonArray{QStringLiteral("api://other")});
        other.insert(QStringLiteral("config"), config);
        m_sandbox.admin()->seedProvider(appId(), other);
        m_sandbox.admin()->clearRequests();
    }

    QJsonObject provider()
    {
        QJsonObject p = m_sandbox.admin()->provider(appId(), QStringLiteral("custom-token"));
        p.remove(QStringLiteral("_id"));
        return p;
    }

    int adminRequests() { return int(m_sandbox.admin()->requests().size()); }
    QStringList requestLines() { return m_sandbox.admin()->requestLines(); }
    int discoveryRequests()
    {
        return m_sandbox.okta()->requestCount(
            QStringLiteral("/oauth2/%1/.well-known/openid-configuration").arg(m_sandbox.authServerId()));
    }

    // Okta holds the discovery answer until the login and the App listing have arrived (DiscoveryHold).
    QString concurrency(bool *overlapped)
    {
        removeProviders();
        Run run;
        QStringList whileHeld;
        {
            const DiscoveryHold hold(&m_sandbox);
            run = cli();
            *overlapped = run.exitCode == 0 && hold.overlapped();
            if (!hold.discoveryHeld())
                return QStringLiteral("no discovery request");
            whileHeld = hold.whileHeld();
        }
        m_sandbox.okta()->resetBehaviour();
        return QStringLiteral("%1 before discovery was answered; exit %2")
            .arg(whileHeld.isEmpty() ? QStringLiteral("no admin request")
                                     : whileHeld.join(QStringLiteral(", ")))
            .arg(run.exitCode);
    }

    void setScript(const QString &script) { m_script = script; }

private:
    Sandbox m_sandbox;
    QString m_script;
};

// "4 in all 9 runs", or every run's count when they differ.
QString perRun(const QList<int> &counts)
{
    if (counts.count(counts.value(0)) == counts.size())
        return QStringLiteral("%1 in all %2 runs").arg(counts.value(0)).arg(counts.size());
    QStringList each;
    for (const int n : counts)
        each << QString::number(n);
    return each.join(QLatin1Char(','));
}

QString joinedShape(const QStringList &lines)
{
    QStringList shapes;
    for (const QString &l : lines)
        shapes << l.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
                      l.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    return shapes.join(QStringLiteral(", "));
}
} // namespace

QList<BenchRow> DeployBench::run()
{
    Bench bench;
    QString error;
    if (!bench.start(&error))
        qFatal("deploy benchmark: %s", qPrintable(error));
    bench.setScript(QStringLiteral(OWZ_BENCH_DIR "/deploy-with-curl.sh"));
    QTemporaryDir dir;

    // Create: the first run also gives the provider object the curl script sends.
    bench.removeProviders();
    const Run first = bench.cli();
    if (first.exitCode != 0)
        qFatal("deploy benchmark: okta-jwt deploy failed: %s", first.output.constData());
    const QJsonObject provider = bench.provider();
    const QString providerFile = dir.filePath(QStringLiteral("provider.json"));
    QFile file(providerFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(provider).toJson()) < 0)
        qFatal("deploy benchmark: cannot write %s", qPrintable(providerFile));
    file.close();

    QList<BenchRow> rows;
    for (const bool update : {false, true}) {
        QList<double> ours, curl;
        QList<int> ourRequests, curlRequests; // every run's, so one run with an extra request shows
        QStringList ourLines;
        for (int i = 0; i < kRuns; ++i) {
            update ? bench.seedDifferentProvider(provider) : bench.removeProviders();
            const Run o = bench.cli(update ? QStringList{QStringLiteral("--replace")} : QStringList{});
            if (o.exitCode != 0)
                qFatal("deploy benchmark: okta-jwt deploy failed: %s", o.output.constData());
            ours << o.ms;
            ourRequests << bench.adminRequests();
            if (const QString shape = joinedShape(bench.requestLines()); !ourLines.contains(shape))
                ourLines << shape;
            if (bench.provider() != provider)
                qFatal("deploy benchmark: okta-jwt deploy left another provider");
            update ? bench.seedDifferentProvider(provider) : bench.removeProviders();
            const Run c = bench.curl(providerFile);
            if (c.exitCode != 0)
                qFatal("deploy benchmark: the curl script failed: %s", c.output.constData());
            curl << c.ms;
            curlRequests << bench.adminRequests();
            if (bench.provider() != provider)
                qFatal("deploy benchmark: the curl script left another provider");
        }
        const int minimum = update ? 5 : 4; // login, apps, list, [get one], POST | PATCH
        const QString kind = update ? QStringLiteral("update") : QStringLiteral("create");
        const int most = *std::max_element(ourRequests.begin(), ourRequests.end());
        const int curlMost = *std::max_element(curlRequests.begin(), curlRequests.end());
        rows << BenchRow{QStringLiteral("Deploy (%1): Admin API requests").arg(kind),
                         perRun(ourRequests) + QStringLiteral(" (") + ourLines.join(QStringLiteral(" | ")) +
                             QLatin1Char(')'),
                         perRun(curlRequests) + QStringLiteral(" curl script"),
                         QString::number(double(most) / curlMost, 'f', 2) + QStringLiteral("x"),
                         QStringLiteral("= %1 (minimum)").arg(minimum),
                         ourRequests.count(minimum) == ourRequests.size()};
        const double med = BenchRow::median(ours), base = BenchRow::median(curl);
        // Both sides are whole processes: okta-jwt's start-up and that of sh, curl and jq are in the times.
        rows << BenchRow::reported(
            QStringLiteral("Deploy (%1): wall time, median of %2").arg(kind).arg(kRuns), BenchRow::ms(med),
            BenchRow::ms(base) + QStringLiteral(" curl script, incl. process start-up"),
            QString::number(med / base, 'f', 2) + QStringLiteral("x"));
    }
    bool overlapped = false;
    const QString how = bench.concurrency(&overlapped);
    rows << BenchRow{QStringLiteral("Deploy: discovery beside Admin API login"),
                     how,
                     QStringLiteral("curl script: sequential"),
                     QStringLiteral("-"),
                     QStringLiteral("concurrent"),
                     overlapped};
    return rows;
}
