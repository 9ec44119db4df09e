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
    void strayTopLevelMembers_data();
    void strayTopLevelMembers();
    void saysWhichReading_data();
    void saysWhichReading();
};

namespace {
// A current-layout app directory whose auth/providers.json holds `providers` (a fixture under tests/data).
QString appWith(const QTemporaryDir &dir, const QString &providers)
{
    QDir().mkpath(dir.filePath(QStringLiteral("auth")));
    QFile::copy(TestFiles::dataPath(QStringLiteral("apps/current-realm-config/realm_config.json")),
                dir.filePath(QStringLiteral("realm_config.json")));
    QFile::copy(TestFiles::dataPath(providers), dir.filePath(QStringLiteral("auth/providers.json")));
    return dir.path();
}
} // namespace

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
    // Two warning lines and one error line; the other errors are listed under it.
    QCOMPARE(text.err.count("okta-jwt: warning: "), 2);
    QCOMPARE(text.err.count("okta-jwt: "), 3);
    for (const QString &code : std::as_const(codes))
        QVERIFY2(text.errText().contains(code + QStringLiteral(": ")), text.err.constData());
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

void tst_ValidateCommand::strayTopLevelMembers_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("appDir");
    for (const char *fixture :
         {"broken/stray-members-with-custom-token.json", "broken/stray-members-no-custom-token.json"}) {
        QTest::addRow("%s as FILE", fixture) << QString::fromLatin1(fixture) << false;
        QTest::addRow("%s in APP_DIR", fixture) << QString::fromLatin1(fixture) << true;
    }
}

// A hand edit left a provider's members at the top level: FILE and APP_DIR both read it as a providers file
// and name every member that is not a provider object.
void tst_ValidateCommand::strayTopLevelMembers()
{
    QFETCH(QString, fixture);
    QFETCH(bool, appDir);
    QTemporaryDir dir;
    const QString path = appDir ? appWith(dir, fixture) : TestFiles::dataPath(fixture);
    const CliRun json = runCli({"validate", path, "--json"});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc[QStringLiteral("valid")].toBool(), false);
    QCOMPARE(doc[QStringLiteral("read_as")].toString(), QStringLiteral("providers"));
    QStringList stray;
    for (const QJsonValue &v : doc[QStringLiteral("findings")].toArray()) {
        if (v[QStringLiteral("code")].toString() == QLatin1String("value_type"))
            stray << v[QStringLiteral("field")].toString();
    }
    QCOMPARE(stray, (QStringList{"name", "type", "disabled"}));

    const CliRun text = runCli({"validate", path});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.errText().startsWith(QStringLiteral("okta-jwt: value_type: ")), text.err.constData());
    for (const char *member : {"\"type\"", "\"disabled\""})
        QVERIFY2(text.errText().contains(QStringLiteral("error: value_type: The top-level member ") +
                                         QLatin1String(member)),
                 text.err.constData());
    QVERIFY2(text.outText().contains(QStringLiteral("invalid, read as a providers file")),
             text.out.constData());
}

void tst_ValidateCommand::saysWhichReading_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("readAs");
    QTest::addColumn<QString>("code");
    QTest::newRow("legacy FILE") << "apps/legacy-stitch/auth_providers/custom-token.json" << 0 << "provider"
                                 << "";
    QTest::newRow("legacy APP_DIR") << "apps/legacy-stitch" << 0 << "provider"
                                    << "";
    QTest::newRow("current FILE") << "providers/07-existing-okta-jwk.json" << 0 << "providers"
                                  << "";
    // The same lone provider in a current-layout app: read by its shape, then refused for the layout.
    QTest::newRow("lone provider in current APP_DIR")
        << "@apps/legacy-stitch/auth_providers/custom-token.json" << 1 << "provider"
        << "value_type";
}

void tst_ValidateCommand::saysWhichReading()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, readAs);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString target =
        path.startsWith(QLatin1Char('@')) ? appWith(dir, path.mid(1)) : TestFiles::dataPath(path);
    const CliRun json = runCli({"validate", target, "--json"});
    QCOMPARE(json.exitCode, exitCode);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc[QStringLiteral("read_as")].toString(), readAs);
    const CliRun text = runCli({"validate", target});
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(text.outText().contains(readAs == QLatin1String("provider")
                                         ? QStringLiteral("read as one provider object")
                                         : QStringLiteral("read as a providers file")),
             text.out.constData());
    if (!code.isEmpty())
        QVERIFY2(text.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
                 text.err.constData());
}

QTEST_GUILESS_MAIN(tst_ValidateCommand)
#include "tst_ValidateCommand.moc"
