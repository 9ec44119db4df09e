#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

class tst_ValidateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFile();
    void appDirectories_data();
    void appDirectories();
    void listsAllFindings();
    void inputErrors_data();
    void inputErrors();
    void unreadableFile();
};

void tst_ValidateCommand::validFile()
{
    const CliRun r =
        runCli({"validate", TestFiles::dataPath(QStringLiteral("providers/07-existing-okta-jwk.json"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral(": valid")));
}

void tst_ValidateCommand::appDirectories_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("legacy with custom-token") << "apps/legacy-stitch" << 0 << "";
    QTest::newRow("current without custom-token")
        << "apps/current-realm-config" << 1 << "custom_token_missing";
    QTest::newRow("legacy without custom-token") << "apps/legacy-config" << 2 << "file_missing";
}

void tst_ValidateCommand::appDirectories()
{
    QFETCH(QString, dir);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    const CliRun r = runCli({"validate", TestFiles::dataPath(dir)});
    QCOMPARE(r.exitCode, exitCode);
    if (!code.isEmpty())
        QVERIFY2(r.errText().contains(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
                 r.err.constData());
}

void tst_ValidateCommand::listsAllFindings()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("providers.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "{\"custom-token\": {\"name\": \"custom-token\", \"type\": \"custom-token\", \"disabled\": false,"
        " \"config\": {\"audience\": [\"a\", \"a\"], \"jwkURI\": \"https://dev-1.okta.com/oauth2/v1/keys\","
        " \"useJWKURI\": true, \"extra\": 1}, \"secret_config\": {\"signingKeys\": []},"
        " \"metadata_fields\": [{\"required\": true, \"name\": \"email\", \"field_name\": \"e\"},"
        " {\"required\": false, \"name\": \"sub\", \"field_name\": \"e\"}]}}");
    f.close();
    const CliRun r = runCli({"validate", f.fileName(), "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("valid")].toBool(), false);
    QStringList codes;
    for (const QJsonValue &v : doc[QStringLiteral("findings")].toArray())
        codes << v.toObject()[QStringLiteral("code")].toString();
    QCOMPARE(codes, (QStringList{"unknown_member", "jwk_uri_org_server", "audience_duplicate",
                                 "claim_not_in_access_token", "field_name_duplicate"}));
    const CliRun text = runCli({"validate", f.fileName()});
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(text.err.count("okta-jwt: "), 5);
}

void tst_ValidateCommand::inputErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    QTest::newRow("malformed") << TestFiles::dataPath(QStringLiteral("malformed/missing-comma.json"))
                               << "json_malformed"
                               << "line 5, column 10";
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/providers.json") << "file_missing"
                                  << "";
    QTest::newRow("not an app dir") << TestFiles::dataPath(QStringLiteral("malformed"))
                                    << "app_dir_unrecognized"
                                    << "";
}

void tst_ValidateCommand::inputErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QString, where);
    const CliRun r = runCli({"validate", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
    QVERIFY(r.errText().contains(where));
    QCOMPARE(runCli({"validate"}).exitCode, 2);
}

void tst_ValidateCommand::unreadableFile()
{
    if (geteuid() == 0) {
        // Root reads any file, so make it a directory named like a file inside a non-app folder instead.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("auth/providers.json"))));
        const CliRun r = runCli({"validate", dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: file_unreadable: ")), r.err.constData());
        return;
    }
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    f.setPermissions(QFileDevice::WriteOwner);
    const CliRun r = runCli({"validate", f.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().startsWith(QStringLiteral("okta-jwt: file_unreadable: ")));
}

QTEST_GUILESS_MAIN(tst_ValidateCommand)
#include "tst_ValidateCommand.moc"
