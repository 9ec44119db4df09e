#include "core/ShellCommands.h"

#include <QTest>

class tst_ShellCommands : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "dev-1.okta.com"
                               << "dev-1.okta.com";
        QTest::newRow("path") << "/tmp/my-app"
                              << "/tmp/my-app";
        QTest::newRow("space") << "/tmp/my app"
                               << "'/tmp/my app'";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("single quote") << "it's"
                                      << "'it'\\''s'";
        QTest::newRow("dollar") << "${OKTA}"
                                << "'${OKTA}'";
        QTest::newRow("backslash") << "a\\.b"
                                   << "'a\\.b'";
    }

    void quote()
    {
        QFETCH(QString, in);
        QTEST(ShellCommands::quote(in), "out");
    }

    void jwkDefaultsGiveShortCommand()
    {
        ProviderSettings s;
        s.oktaDomain = QStringLiteral("dev-1.okta.com");
        QCOMPARE(ShellCommands::providerArguments(s), (QStringList{"--okta-domain", "dev-1.okta.com"}));
        QCOMPARE(ShellCommands::oktaJwtExport(s, QStringLiteral("/tmp/app dir")),
                 QStringLiteral("okta-jwt export --app-dir '/tmp/app dir' --okta-domain dev-1.okta.com"));
        QCOMPARE(ShellCommands::oktaJwtGenerate(s, QStringLiteral("providers.json")),
                 QStringLiteral("okta-jwt generate --okta-domain dev-1.okta.com -o providers.json"));
    }

    void everyOptionInOrder()
    {
        ProviderSettings s;
        s.oktaDomain = QStringLiteral("dev-1.okta.com");
        s.authServerId = QStringLiteral("aus1");
        s.jwkUri = QStringLiteral("https://keys.example/k");
        s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("userId"), true},
                            {QStringLiteral("groups"), QString(), false}};
        s.audience = {QStringLiteral("api://a"), QStringLiteral("api://b")};
        s.requireAnyAudience = true;
        s.disabled = true;
        QCOMPARE(ShellCommands::providerArguments(s),
                 (QStringList{"--okta-domain", "dev-1.okta.com", "--auth-server", "aus1", "--jwk-uri",
                              "https://keys.example/k", "--require-claim", "sub=userId", "--claim", "groups",
                              "--audience", "api://a", "--audience", "api://b", "--require-any-audience",
                              "--disabled"}));
    }

    void manualKeysGiveNamesOnly()
    {
        ProviderSettings s;
        s.verification = ProviderSettings::Verification::ManualKeys;
        s.jwkUri = QStringLiteral("https://ignored.example/k"); // not meaningful with manual keys
        s.signingAlgorithm = QStringLiteral("RS256");
        s.signingKeyNames = {QStringLiteral("key-one"), QStringLiteral("key_two")};
        QCOMPARE(ShellCommands::providerArguments(s),
                 (QStringList{"--signing-algorithm", "RS256", "--signing-key", "key-one", "--signing-key",
                              "key_two"}));
    }

    void appServicesPush()
    {
        QCOMPARE(ShellCommands::appServicesPush(QStringLiteral("./app"), QStringLiteral("myapp-abcde")),
                 QStringLiteral("appservices push --local ./app --remote myapp-abcde"));
        QCOMPARE(ShellCommands::appServicesPush(QStringLiteral("my app"), QString()),
                 QStringLiteral("appservices push --local 'my app'"));
    }
};

QTEST_GUILESS_MAIN(tst_ShellCommands)
#include "tst_ShellCommands.moc"
