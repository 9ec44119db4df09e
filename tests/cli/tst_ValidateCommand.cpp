#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

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
    void unreadableFile_data();
    void unreadableFile();
    void directoryNamedLikeAFile();
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

// A file the user may not read, named on the command line or found in an app directory: file_unreadable,
// naming it. CI runs as root, who reads any file, so the check runs as nobody there (runCliUnprivileged).
// Mutation caught: FileReader treating a file it cannot open as empty.
void tst_ValidateCommand::unreadableFile_data()
{
    QTest::addColumn<QString>("file");  // made unreadable, relative to the folder
    QTest::addColumn<QString>("named"); // what validate is given
    QTest::newRow("named file") << "p.json"
                                << "p.json";
    QTest::newRow("in an app directory") << "app/auth/providers.json"
                                         << "app";
}

void tst_ValidateCommand::unreadableFile()
{
    QFETCH(QString, file);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(file);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const auto write = [](const QString &name, const QByteArray &bytes) {
        QFile f(name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    if (file.startsWith(QLatin1String("app/")))
        QVERIFY(
            write(dir.filePath(QStringLiteral("app/realm_config.json")), "{\"config_version\": 20210101}\n"));
    QVERIFY(write(path, "{}"));
    // Every folder on the way searchable by anybody (nobody must reach the file), the file readable by none.
    const auto searchable =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    for (QString folder = QFileInfo(path).absolutePath(); folder.startsWith(dir.path());
         folder = QFileInfo(folder).absolutePath())
        QVERIFY(QFile::setPermissions(folder, searchable | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
    const CliRun r = runCliUnprivileged({"validate", dir.filePath(named)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: file_unreadable: ")), r.err.constData());
    QVERIFY2(r.errText().contains(path), r.err.constData());
}

// Root reads any file, but nobody reads a directory as a file: the not-a-regular-file branch.
void tst_ValidateCommand::directoryNamedLikeAFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("auth/providers.json"))));
    const CliRun r = runCli({"validate", dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: file_unreadable: ")), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_ValidateCommand)
#include "tst_ValidateCommand.moc"
