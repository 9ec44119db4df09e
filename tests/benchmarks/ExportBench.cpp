#include "ExportBench.h"

#include "core/AppDirectory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {
constexpr int kRuns = 15; // per side, interleaved

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("export benchmark: cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        qFatal("export benchmark: cannot write %s", qPrintable(path));
}

// The fixture's providers plus generated custom-function providers until the file has 2 MB.
QByteArray bigProvidersFile()
{
    QJsonObject providers =
        QJsonDocument::fromJson(
            readAll(QStringLiteral(OWZ_TEST_DATA "/apps/current-realm-config/auth/providers.json")))
            .object();
    QByteArray text;
    for (int i = 0; text.size() < 2 * 1024 * 1024; ++i) {
        for (int j = 0; j < 500; ++j, ++i) {
            const QString name = QStringLiteral("bench-function-%1").arg(i, 6, 10, QLatin1Char('0'));
            providers.insert(
                name,
                QJsonObject{
                    {QStringLiteral("name"), name},
                    {QStringLiteral("type"), QStringLiteral("custom-function")},
                    {QStringLiteral("config"),
                     QJsonObject{{QStringLiteral("authFunctionName"), name},
                                 {QStringLiteral("authFunctionId"),
                                  QStringLiteral("64b7f0c2a1e4d2b3c4%1").arg(i, 6, 16, QLatin1Char('0'))}}},
                    {QStringLiteral("disabled"), false}});
        }
        text = QJsonDocument(providers).toJson(QJsonDocument::Indented);
    }
    return text;
}

double processMs(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("export benchmark: %s failed: %s", qPrintable(program), p.readAll().constData());
    return double(timer.nsecsElapsed()) / 1e6;
}

BenchRow row(const QString &what, const QList<double> &ours, const QList<double> &base,
             const QString &baseName)
{
    const double med = BenchRow::median(ours), b = BenchRow::median(base);
    return BenchRow::reported(what, BenchRow::ms(med), BenchRow::ms(b) + QLatin1Char(' ') + baseName,
                              QString::number(med / b, 'f', 2) + QStringLiteral("x"));
}
} // namespace

QList<BenchRow> ExportBench::run()
{
    QTemporaryDir dir;
    const QString appDir = dir.filePath(QStringLiteral("app"));
    QDir().mkpath(appDir + QStringLiteral("/auth"));
    QFile::copy(QStringLiteral(OWZ_TEST_DATA "/apps/current-realm-config/realm_config.json"),
                appDir + QStringLiteral("/realm_config.json"));
    const QString file = appDir + QStringLiteral("/auth/providers.json");
    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    const QByteArray original = bigProvidersFile();
    ProviderSettings settings;
    settings.oktaDomain = QStringLiteral("dev-123456.okta.com");
    settings.metadataFields = {{QStringLiteral("sub"), QStringLiteral("oktaId"), true}};
    const QStringList cli{
        QStringLiteral("export"),        QStringLiteral("--app-dir"),           appDir,
        QStringLiteral("--okta-domain"), QStringLiteral("dev-123456.okta.com"), QStringLiteral("--claim"),
        QStringLiteral("sub=oktaId")};

    QList<double> ourProcess, cpProcess, ourCore, plainCore;
    for (int i = 0; i < kRuns; ++i) {
        writeAll(file, original); // every run adds the provider to the same 2 MB file
        ourProcess << processMs(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), cli);
        if (readAll(file).size() <= original.size())
            qFatal("export benchmark: okta-jwt export did not add the provider");
        cpProcess << processMs(QStringLiteral("cp"), {file, copy});

        writeAll(file, original);
        QElapsedTimer timer;
        timer.start();
        const AppDirectory::Export e = AppDirectory::exportTo(appDir, settings, false, false);
        ourCore << double(timer.nsecsElapsed()) / 1e6;
        if (!e.ok() || !e.written)
            qFatal("export benchmark: exportTo failed: %s", qPrintable(e.problem.message));
        timer.restart();
        writeAll(copy, readAll(file));
        plainCore << double(timer.nsecsElapsed()) / 1e6;
    }
    const QString size = QString::number(double(original.size()) / (1024 * 1024), 'f', 1);
    return {row(QStringLiteral("Export, %1 MB providers.json: okta-jwt export").arg(size), ourProcess,
                cpProcess, QStringLiteral("cp")),
            row(QStringLiteral("Export, %1 MB providers.json: core merge + write").arg(size), ourCore,
                plainCore, QStringLiteral("QFile read + QSaveFile write"))};
}
