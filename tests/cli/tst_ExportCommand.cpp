#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList kOkta{"--okta-domain", "dev-123456.okta.com", "--claim", "sub=oktaId"};

QString appCopy(QTemporaryDir &dir, const QString &fixture)
{
    if (!TestFiles::copyTree(TestFiles::dataPath(fixture), dir.path()))
        qFatal("cannot copy %s", qPrintable(fixture));
    return dir.path();
}
} // namespace

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesOnlyTheCustomTokenEntry_data();
    void changesOnlyTheCustomTokenEntry();
    void rerunReportsUnchanged();
    void differentProviderNeedsReplace();
    void dryRunPrintsDiffWritesNothing();
    void json();
    void badInputTouchesNothing_data();
    void badInputTouchesNothing();
    void missingAppDir();
    void strayMembersAreNamed();
};

void tst_ExportCommand::changesOnlyTheCustomTokenEntry_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file");
    QTest::newRow("current") << "apps/current-realm-config"
                             << "auth/providers.json";
    QTest::newRow("legacy") << "apps/legacy-config"
                            << "auth_providers/custom-token.json";
}

void tst_ExportCommand::changesOnlyTheCustomTokenEntry()
{
    QFETCH(QString, fixture);
    QFETCH(QString, file);
    QTemporaryDir dir;
    auto before = TestFiles::snapshot(appCopy(dir, fixture));
    const CliRun r = runCli(QStringList{"export", "--app-dir", dir.path()} + kOkta);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().startsWith(QStringLiteral("done: added custom-token in ")), r.out.constData());
    auto after = TestFiles::snapshot(dir.path());
    const QByteArray written = after.take(file);
    before.remove(file);
    QCOMPARE(after, before);
    QVERIFY(written.contains("\"jwkURI\": \"https://dev-123456.okta.com/oauth2/default/v1/keys\""));
    // validate agrees with what export wrote
    QCOMPARE(runCli({"validate", dir.path()}).exitCode, 0);
}

void tst_ExportCommand::rerunReportsUnchanged()
{
    QTemporaryDir dir;
    appCopy(dir, QStringLiteral("apps/current-realm-config"));
    QCOMPARE(runCli(QStringList{"export", "--app-dir", dir.path()} + kOkta).exitCode, 0);
    const auto once = TestFiles::snapshot(dir.path());
    const CliRun again = runCli(QStringList{"export", "--app-dir", dir.path()} + kOkta);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outText().startsWith(QStringLiteral("unchanged: ")));
    QCOMPARE(TestFiles::snapshot(dir.path()), once);
}

void tst_ExportCommand::differentProviderNeedsReplace()
{
    QTemporaryDir dir;
    appCopy(dir, QStringLiteral("apps/legacy-stitch"));
    const auto before = TestFiles::snapshot(dir.path());
    const CliRun r = runCli(QStringList{"export", "--app-dir", dir.path()} + kOkta);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.outText().contains(QStringLiteral("-        \"signingKey\": \"OrdersLogin\"")));
    QVERIFY(r.errText().startsWith(QStringLiteral("okta-jwt: replace_needed: ")));
    QCOMPARE(TestFiles::snapshot(dir.path()), before);

    const CliRun replaced = runCli(QStringList{"export", "--app-dir", dir.path(), "--replace"} + kOkta);
    QCOMPARE(replaced.exitCode, 0);
    const QByteArray text = TestFiles::read(dir.filePath(QStringLiteral("auth_providers/custom-token.json")));
    QVERIFY(text.startsWith("{\n    \"id\": \"5d2da7403269972949d5b462\",\n"));
    QVERIFY(text.contains("\"useJWKURI\": true"));
}

void tst_ExportCommand::dryRunPrintsDiffWritesNothing()
{
    QTemporaryDir dir;
    const auto before = TestFiles::snapshot(appCopy(dir, QStringLiteral("apps/current-realm-config")));
    const CliRun r = runCli(QStringList{"export", "--app-dir", dir.path(), "--dry-run"} + kOkta);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral("+    \"custom-token\": {")));
    QVERIFY(r.outText().contains(QStringLiteral("dry run: would have added")));
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

void tst_ExportCommand::json()
{
    QTemporaryDir dir;
    appCopy(dir, QStringLiteral("apps/current-realm-config"));
    const CliRun r = runCli(QStringList{"export", "--app-dir", dir.path(), "--json"} + kOkta);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("action")].toString(), QStringLiteral("added"));
    QCOMPARE(doc[QStringLiteral("written")].toBool(), true);
    QVERIFY(doc[QStringLiteral("file")].toString().endsWith(QStringLiteral("auth/providers.json")));
    QVERIFY(!doc[QStringLiteral("diff")].toString().isEmpty());
}

void tst_ExportCommand::badInputTouchesNothing_data()
{
    QTest::addColumn<QString>("providers");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed json") << "malformed/missing-comma.json" << kOkta << 2 << "json_malformed";
    QTest::newRow("duplicate keys") << "malformed/duplicate-key.json" << kOkta << 2 << "json_malformed";
    QTest::newRow("invalid utf-8") << "malformed/invalid-utf8.json" << kOkta << 2 << "json_malformed";
    QTest::newRow("invalid domain") << "providers/02-classic-no-custom-token.json"
                                    << QStringList{"--okta-domain", "https://x.okta.com/oauth2/default"} << 1
                                    << "domain_path";
    // Top-level members that are not provider objects (a broken hand edit): refused, even with --replace.
    QTest::newRow("stray members") << "broken/stray-members-no-custom-token.json" << kOkta << 2
                                   << "value_type";
    QTest::newRow("stray members beside custom-token")
        << "broken/stray-members-with-custom-token.json" << kOkta << 2 << "value_type";
    QTest::newRow("org server") << "providers/02-classic-no-custom-token.json"
                                << QStringList{"--okta-domain", "x.okta.com", "--auth-server", "oauth2"} << 1
                                << "auth_server_org";
}

void tst_ExportCommand::badInputTouchesNothing()
{
    QFETCH(QString, providers);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("auth"))));
    QVERIFY(QFile::copy(TestFiles::dataPath(providers), dir.filePath(QStringLiteral("auth/providers.json"))));
    const auto before = TestFiles::snapshot(dir.path());
    const CliRun r = runCli(QStringList{"export", "--app-dir", dir.path(), "--replace"} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

void tst_ExportCommand::missingAppDir()
{
    const CliRun r = runCli(QStringList{"export", "--app-dir", "/nonexistent/app"} + kOkta);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().startsWith(QStringLiteral("okta-jwt: app_dir_missing: ")));
    const CliRun noDir = runCli(QStringList{"export"} + kOkta);
    QCOMPARE(noDir.exitCode, 2);
    QVERIFY(noDir.errText().startsWith(QStringLiteral("okta-jwt: usage: ")));
}

void tst_ExportCommand::strayMembersAreNamed()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("auth"))));
    QVERIFY(QFile::copy(TestFiles::dataPath(QStringLiteral("broken/stray-members-no-custom-token.json")),
                        dir.filePath(QStringLiteral("auth/providers.json"))));
    const auto before = TestFiles::snapshot(dir.path());
    const CliRun r = runCli(QStringList{"export", "--app-dir", dir.path(), "--json"} + kOkta);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("action")].toString(), QStringLiteral("refused"));
    QCOMPARE(doc[QStringLiteral("written")].toBool(), false);
    QCOMPARE(doc[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("value_type"));
    const QString message = doc[QStringLiteral("error")][QStringLiteral("message")].toString();
    for (const char *member : {"\"name\"", "\"type\"", "\"disabled\""})
        QVERIFY2(message.contains(QLatin1String(member)), qPrintable(message));
    int strayFindings = 0;
    for (const QJsonValue &v : doc[QStringLiteral("findings")].toArray())
        strayFindings += v[QStringLiteral("code")].toString() == QLatin1String("value_type");
    QCOMPARE(strayFindings, 3);
    QCOMPARE(TestFiles::snapshot(dir.path()), before);
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_ExportCommand.moc"
