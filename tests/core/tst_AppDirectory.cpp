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
    const AppDirectory::Detection d = AppDirectory::detect(TestFiles::dataPath(fixture));
    QCOMPARE(d.ok, ok);
    if (!ok) {
        QVERIFY(d.errorCode == QLatin1String("app_dir_unrecognized") ||
                d.errorCode == QLatin1String("app_dir_missing"));
        QVERIFY(d.error.contains(fixture));
        return;
    }
    QCOMPARE(int(d.layout), layout);
    QVERIFY(d.providerFile.endsWith(file));
}

void tst_AppDirectory::exportCurrentChangesOnlyProvidersFile()
{
    QTemporaryDir dir;
    QVERIFY(
        TestFiles::copyTree(TestFiles::dataPath(QStringLiteral("apps/current-realm-config")), dir.path()));
    auto before = TestFiles::snapshot(dir.path());
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), false, false);
    QVERIFY2(e.ok, qPrintable(e.error));
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
    QVERIFY2(e.ok && e.written, qPrintable(e.error));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("auth/providers.json"))));
}

void tst_AppDirectory::dryRunWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(
        TestFiles::copyTree(TestFiles::dataPath(QStringLiteral("apps/current-realm-config")), dir.path()));
    const auto before = TestFiles::snapshot(dir.path());
    const AppDirectory::Export e = AppDirectory::exportTo(dir.path(), okta(), true, true);
    QVERIFY(e.ok);
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
    QVERIFY(e.ok);
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
    QVERIFY2(e.ok && e.written, qPrintable(e.error));
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
    QVERIFY(!e.ok);
    QCOMPARE(e.errorCode, QStringLiteral("json_malformed"));
    QVERIFY(e.error.contains(QStringLiteral("line 5, column")));
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
    QVERIFY2(!e.ok,
             qPrintable(QStringLiteral("written=%1 size=%2").arg(e.written).arg(QFileInfo(e.file).size())));
    QCOMPARE(e.errorCode, QStringLiteral("write_failed"));
    QVERIFY(e.error.contains(QStringLiteral("providers.json")));
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

QTEST_GUILESS_MAIN(tst_AppDirectory)
#include "tst_AppDirectory.moc"
