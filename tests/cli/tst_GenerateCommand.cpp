#include "CliRunner.h"
#include "TestFiles.h"

#include "OktaTemplate.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QStringList>
#include <QTest>

class tst_GenerateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsOktaTemplate();
    void claimsInCommandLineOrder();
    void writesFileAtomically();
    void invalidInput_data();
    void invalidInput();
    void usageErrors_data();
    void usageErrors();
    void json();
    void profileWithOverrides();
    void signingKeyFileValueNeverPrinted();
    void help();
};

void tst_GenerateCommand::printsOktaTemplate()
{
    const CliRun r = runCli({"generate", "--okta-domain", "dev-123456.okta.com", "--auth-server", "default"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, oktaTemplateFile());
}

void tst_GenerateCommand::claimsInCommandLineOrder()
{
    const CliRun r = runCli({"generate", "--okta-domain", "a.okta.com", "--claim", "uid",
                             "--require-claim=sub=oktaId", "--claim", "profile.city=city", "-o", "-"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray fields = QJsonDocument::fromJson(r.out)
                                  .object()[QStringLiteral("custom-token")]
                                  .toObject()[QStringLiteral("metadata_fields")]
                                  .toArray();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0).toObject()[QStringLiteral("name")].toString(), QStringLiteral("uid"));
    QCOMPARE(fields.at(1).toObject()[QStringLiteral("field_name")].toString(), QStringLiteral("oktaId"));
    QCOMPARE(fields.at(1).toObject()[QStringLiteral("required")].toBool(), true);
    QCOMPARE(fields.at(2).toObject()[QStringLiteral("name")].toString(), QStringLiteral("profile.city"));
}

void tst_GenerateCommand::writesFileAtomically()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out/providers.json"));
    const CliRun r = runCli({"generate", "--okta-domain", "a.okta.com", "-o", file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(TestFiles::read(file).startsWith("{\n    \"custom-token\""));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files),
             QStringList{QStringLiteral("providers.json")});
}

void tst_GenerateCommand::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::newRow("path") << QStringList{"--okta-domain", "dev-1.okta.com/oauth2/default"} << "domain_path";
    QTest::newRow("query") << QStringList{"--okta-domain", "dev-1.okta.com?a=b"} << "domain_query";
    QTest::newRow("whitespace") << QStringList{"--okta-domain", "dev-1 .okta.com"} << "domain_whitespace";
    QTest::newRow("admin") << QStringList{"--okta-domain", "dev-1-admin.okta.com"} << "domain_admin";
    QTest::newRow("http") << QStringList{"--okta-domain", "http://dev-1.okta.com"} << "domain_insecure";
    QTest::newRow("no domain") << QStringList() << "domain_empty";
    QTest::newRow("empty server") << QStringList{"--okta-domain", "a.okta.com", "--auth-server", ""}
                                  << "auth_server_org";
    QTest::newRow("bad server") << QStringList{"--okta-domain", "a.okta.com", "--auth-server", "aus-1"}
                                << "auth_server_invalid";
    QTest::newRow("duplicate field") << QStringList{"--okta-domain", "a.okta.com", "--claim",
                                                    "sub=id",        "--claim",    "uid=id"}
                                     << "field_name_duplicate";
    QTest::newRow("64 char field") << QStringList{"--okta-domain", "a.okta.com", "--claim",
                                                  "sub=" + QString(64, 'f')}
                                   << "field_name_too_long";
    QTest::newRow("four keys") << QStringList{"--signing-key", "a", "--signing-key", "b",
                                              "--signing-key", "c", "--signing-key", "d"}
                               << "signing_keys_too_many";
}

void tst_GenerateCommand::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("providers.json"));
    const CliRun r = runCli(QStringList{"generate", "-o", file} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(file)); // nothing written for an invalid provider
}

void tst_GenerateCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown option") << QStringList{"generate", "--okta-domian", "x"} << "usage";
    QTest::newRow("missing value") << QStringList{"generate", "--okta-domain"} << "usage";
    QTest::newRow("unknown command") << QStringList{"genrate"} << "usage";
    QTest::newRow("profile missing") << QStringList{"generate", "--profile", "/nonexistent/p.json"}
                                     << "profile_unreadable";
    QTest::newRow("key file missing")
        << QStringList{"generate", "--signing-key", "k=/nonexistent/key"} << "signing_key_file";
}

void tst_GenerateCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void tst_GenerateCommand::json()
{
    const CliRun ok = runCli({"generate", "--okta-domain", "a.okta.com", "--claim", "email", "--json"});
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(doc[QStringLiteral("valid")].toBool(), true);
    QCOMPARE(doc[QStringLiteral("findings")].toArray().at(0).toObject()[QStringLiteral("code")].toString(),
             QStringLiteral("claim_not_in_access_token"));
    QVERIFY(doc[QStringLiteral("providers")].toObject().contains(QStringLiteral("custom-token")));
    QVERIFY(ok.err.isEmpty());

    const CliRun bad = runCli({"generate", "--okta-domain", "a-admin.okta.com", "--json"});
    QCOMPARE(bad.exitCode, 1);
    const QJsonObject badDoc = QJsonDocument::fromJson(bad.out).object();
    QCOMPARE(badDoc[QStringLiteral("valid")].toBool(), false);
    QCOMPARE(badDoc[QStringLiteral("findings")].toArray().at(0).toObject()[QStringLiteral("code")].toString(),
             QStringLiteral("domain_admin"));
    QVERIFY(!badDoc.contains(QStringLiteral("providers")));
}

void tst_GenerateCommand::profileWithOverrides()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p.json"));
    QFile f(profile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "{\"format\": \"okta-jwt-wizard-profile\", \"version\": 1, \"okta\": {\"domain\": \"p.okta.com\", "
        "\"authServerId\": \"aus1\"}, \"provider\": {\"audience\": [\"from-profile\"]}}");
    f.close();
    const CliRun r = runCli({"generate", "--profile", profile, "--auth-server", "default"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("https://p.okta.com/oauth2/default/v1/keys"));
    QVERIFY(r.out.contains("\"from-profile\""));
}

void tst_GenerateCommand::signingKeyFileValueNeverPrinted()
{
    QTemporaryDir dir;
    const QByteArray secret = "Zq7xW2kLp9vB4nR8sT1yU6mC3dF5gH0jK2lM4nP6qR8s";
    QFile f(dir.filePath(QStringLiteral("key")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(secret + "\n");
    f.close();
    const CliRun r = runCli(
        {"generate", "--signing-algorithm", "HS256", "--signing-key", "jwtKey=" + f.fileName(), "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\"jwtKey\""));
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("short+value");
    f.close();
    const CliRun bad = runCli({"generate", "--signing-key", "jwtKey=" + f.fileName()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.errText().startsWith(QStringLiteral("okta-jwt: signing_key_value_length: ")));
    QVERIFY(!bad.err.contains("short+value"));
}

void tst_GenerateCommand::help()
{
    const CliRun r = runCli({"generate", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--okta-domain"));
    QVERIFY(r.out.contains("--require-claim"));
    const CliRun top = runCli({"--help"});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("export"));
    QCOMPARE(runCli({}).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_GenerateCommand)
#include "tst_GenerateCommand.moc"
