#include "TestFiles.h"
#include "core/AppDirectory.h"
#include "core/ProvidersReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

namespace {
ProviderSettings okta()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("oktaId"), false}};
    return s;
}
} // namespace

class tst_AppDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void exportCurrentChangesOnlyProvidersFile();
    void exportCreatesMissingProvidersFile();
    void dryRunWritesNothing();
    void consentNeededLeavesFileAlone();
    void legacyExport();
    void malformedFileLeftUntouched();
    void failedWriteLeavesOriginal();
    void brokenRootConfigRefused();
    void exportFailuresKeepWhatWasLearnt();
};

void tst_AppDirectory::detect_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("file");
    QTest::newRow("realm_config") << "apps/current-realm-config" << true << int(AppDirectory::Layout::Current)
                                  << "auth/providers.json";
    QTest::newRow("stitch.json 20180301") << "apps/legacy-stitch" << true << int(AppDirectory::Layout::Legacy)
                                          << "auth_providers/custom-token.json";
    QTest::newRow("config.json 20200603") << "apps/legacy-config" << true << int(AppDirectory::Layout::Legacy)
                                          << "auth_providers/custom-token.json";
    QTest::newRow("not an app") << "providers" << false << 0 << "";
    QTest::newRow("missing") << "no-such-dir" << false << 0 << "";
}

void tst_AppDirectory::detect()
{
    QFETCH(QString, fixture);
    QFETCH(bool, ok);
    QFETCH(int, layout);
    QFETCH(QString, file);
    const Result<AppDirectory::Detection> d = AppDirectory::detect(TestFiles::dataPath(fixture));
    QCOMPARE(d.ok(), ok);
    if (!ok) {
        QVERIFY(d.problem().code == QLatin1String("app_dir_unrecognized") ||
                d.problem().code == QLatin1String("app_dir_missing"));
        QVERIFY(d.problem().message.contains(fixture));
        return;
    }
    QCOMPARE(int(d->layout), layout);
    QVERIFY(d->providerFile.endsWith(file));
}

void tst_AppDirectory::exportCurrentChangesOnlyProvidersFile()
{
    QTemporaryDir dir;
    QVERIFY(
        TestFiles::copyTree(TestFiles::dataPath(QStringLiteral("apps/current-realm-config")), dir.path()));
    auto before = TestFiles::snapshot(dir.path());
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), false, false);
    QVERIFY2(e.ok(), qPrintable(e.problem.message));
    QCOMPARE(int(e.action), int(ProvidersMerger::Action::Added));
    QVERIFY(e.written);
    QVERIFY(e.diff.contains(QStringLiteral("+    \"custom-token\": {")));
    auto after = TestFiles::snapshot(dir.path());
    QCOMPARE(after.keys(), before.keys());
    before.remove(QStringLiteral("auth/providers.json"));
    const QByteArray providers = after.take(QStringLiteral("auth/providers.json"));
    QCOMPARE(after, before);
    QVERIFY(ProvidersReader::readProvidersFile(providers).settings.sameProviderAs(okta()));

    const AppDirectory::Export again = AppDirectory::exportTo(dir.path(), okta(), false, false);
    QCOMPARE(int(again.action), int(ProvidersMerger::Action::Unchanged));
    QVERIFY(!again.written);
    QVERIFY(again.diff.isEmpty());
}

void tst_AppDirectory::exportCreatesMissingProvidersFile()
{
    QTemporaryDir dir;
    QFile root(dir.filePath(QStringLiteral("root_config.json")));
    QVERIFY(root.open(QIODevice::WriteOnly));
    root.write("{\n    \"name\": \"tasks\"\n}\n");
    root.close();
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), false, false);
    QVERIFY2(e.ok() && e.written, qPrintable(e.problem.message));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("auth/providers.json"))));
}

void tst_AppDirectory::dryRunWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(
        TestFiles::copyTree(TestFiles::dataPath(QStringLiteral("apps/current-realm-config")), dir.path()));
    const auto before = TestFiles::snapshot(dir.path());
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), true, true);
    QVERIFY(e.ok());
    QVERIFY(!e.written);
    QVERIFY(!e.diff.isEmpty());
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

void tst_AppDirectory::consentNeededLeavesFileAlone()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("auth"))));
    QVERIFY(QFile::copy(TestFiles::dataPath(QStringLiteral("providers/01-modern-with-custom-token.json")),
                        dir.filePath(QStringLiteral("auth/providers.json"))));
    QFile::setPermissions(dir.filePath(QStringLiteral("auth/providers.json")),
                          QFile::ReadOwner | QFile::WriteOwner);
    const auto before = TestFiles::snapshot(dir.path());
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), false, false);
    QVERIFY(e.ok());
    QCOMPARE(int(e.action), int(ProvidersMerger::Action::NeedsConsent));
    QVERIFY(e.diff.contains(QStringLiteral("-                \"inventoryJwtKey\"")));
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
    const AppDirectory::Export replaced = AppDirectory::exportTo(dir.path(), okta(), true, false);
    QCOMPARE(int(replaced.action), int(ProvidersMerger::Action::Replaced));
    QVERIFY(replaced.written);
}

void tst_AppDirectory::legacyExport()
{
    QTemporaryDir dir;
    QVERIFY(TestFiles::copyTree(TestFiles::dataPath(QStringLiteral("apps/legacy-config")), dir.path()));
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), false, false);
    QVERIFY2(e.ok() && e.written, qPrintable(e.problem.message));
    const QByteArray written =
        TestFiles::read(dir.filePath(QStringLiteral("auth_providers/custom-token.json")));
    // Neighbour local-userpass.json uses 2 spaces and the classic order.
    QVERIFY(written.startsWith(
        "{\n  \"name\": \"custom-token\",\n  \"type\": \"custom-token\",\n  \"config\": {"));
    QVERIFY(written.indexOf("\"disabled\"") > written.indexOf("\"secret_config\""));
}

void tst_AppDirectory::malformedFileLeftUntouched()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("auth"))));
    QVERIFY(QFile::copy(TestFiles::dataPath(QStringLiteral("malformed/missing-comma.json")),
                        dir.filePath(QStringLiteral("auth/providers.json"))));
    const auto before = TestFiles::snapshot(dir.path());
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), true, false);
    QVERIFY(!e.ok());
    QCOMPARE(e.problem.code, QStringLiteral("json_malformed"));
    QVERIFY(e.problem.message.contains(QStringLiteral("line 5, column")));
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

// A write that fails half-way (here: the file size limit, which binds root too) leaves the original
// file as it was and no temporary file behind.
void tst_AppDirectory::failedWriteLeavesOriginal()
{
    QTemporaryDir dir;
    QVERIFY(
        TestFiles::copyTree(TestFiles::dataPath(QStringLiteral("apps/current-realm-config")), dir.path()));
    const auto before = TestFiles::snapshot(dir.path());
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = old;
    tight.rlim_cur = 512;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), true, false);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(!e.ok(),
             qPrintable(QStringLiteral("written=%1 size=%2").arg(e.written).arg(QFileInfo(e.file).size())));
    QCOMPARE(e.problem.code, QStringLiteral("write_failed"));
    QVERIFY(e.problem.message.contains(QStringLiteral("providers.json")));
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

// A root config that cannot be read or parsed fails detection with its own code, naming the file.
void tst_AppDirectory::brokenRootConfigRefused()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("root_config.json"));
    QVERIFY(QDir().mkpath(root)); // a folder where the file should be: not a regular file
    const Result<AppDirectory::Detection> unreadable = AppDirectory::detect(dir.path());
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.problem().code, QStringLiteral("root_config_unreadable"));
    QVERIFY(unreadable.problem().message.contains(root));

    QVERIFY(QDir(root).removeRecursively());
    QFile file(root);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"config_version\": 20210101,\n}\n");
    file.close();
    const Result<AppDirectory::Detection> malformed = AppDirectory::detect(dir.path());
    QVERIFY(!malformed);
    QCOMPARE(malformed.problem().code, QStringLiteral("root_config_malformed"));
    QVERIFY2(malformed.problem().message.startsWith(root + QStringLiteral(" line 3, column")),
             qPrintable(malformed.problem().message));
}

// A detection failure reaches the export as it is; a provider file that cannot be read fails with
// FileReader's code, and the export still names the file it was about.
void tst_AppDirectory::exportFailuresKeepWhatWasLearnt()
{
    QTemporaryDir dir;
    const AppDirectory::Export missing =
        AppDirectory::exportTo(dir.filePath(QStringLiteral("nowhere")), okta(), true, false);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.problem.code, QStringLiteral("app_dir_missing"));
    QVERIFY(missing.file.isEmpty());
    QVERIFY(!missing.written);

    const QString providers = dir.filePath(QStringLiteral("auth/providers.json"));
    QVERIFY(QDir().mkpath(providers)); // a folder where the file should be
    const AppDirectory::Export unreadable = AppDirectory::exportTo(dir.path(), okta(), true, false);
    QVERIFY(!unreadable.ok());
    QCOMPARE(unreadable.problem.code, QStringLiteral("file_unreadable"));
    QVERIFY(unreadable.problem.message.contains(providers));
    QCOMPARE(unreadable.file, providers);
    QVERIFY(!unreadable.written);
    QVERIFY(QFileInfo(providers).isDir());
}

QTEST_GUILESS_MAIN(tst_AppDirectory)
#include "tst_AppDirectory.moc"
