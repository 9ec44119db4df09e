#include "core/SandboxDescription.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject described()
{
    return {
        {QStringLiteral("okta_domain"), QStringLiteral("http://127.0.0.1:4001")},
        {QStringLiteral("auth_server"), QStringLiteral("default")},
        {QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:4001/oauth2/default")},
        {QStringLiteral("admin_api"), QStringLiteral("http://127.0.0.1:4002/api/admin/v3.0")},
        {QStringLiteral("project_id"), QStringLiteral("5f0sandbox")},
        {QStringLiteral("client_app_id"), QStringLiteral("myapp-abcde")},
        {QStringLiteral("public_key"), QStringLiteral("pub")},
        {QStringLiteral("private_key"), QStringLiteral("priv")},
        {QStringLiteral("demo_token_endpoint"), QStringLiteral("http://127.0.0.1:4001/sandbox/okta/demo")},
        {QStringLiteral("okta_client_id"), QStringLiteral("0oademo")},
        {QStringLiteral("okta_api_token"), QStringLiteral("00demo-token")},
        {QStringLiteral("client_api"), QStringLiteral("http://127.0.0.1:4002")}};
}
} // namespace

class tst_SandboxDescription : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        const Result<SandboxConnection> read =
            SandboxDescription::parse(QJsonDocument(described()).toJson(QJsonDocument::Compact) + '\n');
        QVERIFY2(read, qPrintable(read.problem().message));
        const SandboxConnection &c = *read;
        QCOMPARE(c.oktaDomain, QStringLiteral("http://127.0.0.1:4001"));
        QCOMPARE(c.authServerId, QStringLiteral("default"));
        QCOMPARE(c.clientAppId, QStringLiteral("myapp-abcde"));
        QCOMPARE(c.adminApiUrl, QStringLiteral("http://127.0.0.1:4002/api/admin/v3.0"));
        QCOMPARE(c.projectId, QStringLiteral("5f0sandbox"));
        QCOMPARE(c.publicKey, QStringLiteral("pub"));
        QCOMPARE(c.privateKey, QStringLiteral("priv"));
        QCOMPARE(c.demoTokenUrl, QStringLiteral("http://127.0.0.1:4001/sandbox/okta/demo"));
        QCOMPARE(c.oktaClientId, QStringLiteral("0oademo"));
        QCOMPARE(c.oktaApiToken, QStringLiteral("00demo-token"));
        QCOMPARE(c.clientApiUrl, QStringLiteral("http://127.0.0.1:4002"));
        QVERIFY(!c.mintDemoToken); // the caller's to set
    }

    void namesTheMissingField_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : described().keys()) {
            if (key != QLatin1String("issuer")) // not one the wizard takes
                QTest::newRow(qPrintable(key)) << key;
        }
    }
    void namesTheMissingField()
    {
        QFETCH(QString, key);
        QJsonObject without = described();
        without.remove(key);
        const Result<SandboxConnection> missing = SandboxDescription::read(without);
        QVERIFY(!missing);
        QCOMPARE(missing.problem().code, QStringLiteral("sandbox_description_incomplete"));
        const QString error = missing.problem().message;
        QVERIFY2(error.contains(QLatin1Char('"') + key + QLatin1Char('"')), qPrintable(error));

        without.insert(key, QString()); // present but empty is as useless
        const Result<SandboxConnection> empty = SandboxDescription::read(without);
        QVERIFY(!empty);
        QVERIFY2(empty.problem().message.contains(key), qPrintable(empty.problem().message));
    }

    void garbageIsQuoted_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("text") << QByteArray("Okta JWT Wizard sandbox: a local simulator\n");
        QTest::newRow("array") << QByteArray("[1, 2]\n");
        QTest::newRow("cut") << QByteArray("{\"okta_domain\": \"http://127.0.0.1:4001\"");
        QTest::newRow("empty") << QByteArray("\n");
    }
    void garbageIsQuoted()
    {
        QFETCH(QByteArray, line);
        const Result<SandboxConnection> read = SandboxDescription::parse(line);
        QVERIFY(!read);
        QCOMPARE(read.problem().code, QStringLiteral("sandbox_description_malformed"));
        const QString error = read.problem().message;
        QVERIFY2(error.contains(QLatin1String("no description")), qPrintable(error));
        QVERIFY2(error.contains(QString::fromUtf8(line.trimmed().left(20))), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxDescription)
#include "tst_SandboxDescription.moc"
