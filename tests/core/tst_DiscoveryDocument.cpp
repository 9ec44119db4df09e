#include "core/DiscoveryDocument.h"

#include <QTest>

class tst_DiscoveryDocument : public QObject
{
    Q_OBJECT

private slots:
    void parsesOktaDocument()
    {
        const QByteArray json = "{\"issuer\":\"https://dev-1.okta.com/oauth2/default\",\n"
                                "\"jwks_uri\":\"https://dev-1.okta.com/oauth2/default/v1/keys\","
                                "\"scopes_supported\":[\"openid\"]}";
        const auto parsed = DiscoveryDocument::parse(json);
        QVERIFY2(parsed, qPrintable(parsed.problem().message));
        const DiscoveryDocument &doc = *parsed;
        QCOMPARE(doc.issuer(), QStringLiteral("https://dev-1.okta.com/oauth2/default"));
        QCOMPARE(doc.jwksUri(), QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys"));
        QVERIFY(doc.json().contains("scopes_supported"));
        QVERIFY(!doc.isOrgServer());
        QVERIFY(!doc.isNull());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("html") << QByteArray("<html>Sign in</html>") << "JSON";
        QTest::newRow("empty") << QByteArray() << "JSON";
        QTest::newRow("no issuer") << QByteArray("{\"jwks_uri\":\"https://a/k\"}") << "issuer";
        QTest::newRow("issuer number")
            << QByteArray("{\"issuer\":1,\"jwks_uri\":\"https://a/k\"}") << "issuer";
        QTest::newRow("no jwks_uri") << QByteArray("{\"issuer\":\"https://a\"}") << "jwks_uri";
        QTest::newRow("duplicate issuer")
            << QByteArray("{\"issuer\":\"https://a\",\"issuer\":\"https://b\",\"jwks_uri\":\"https://a/k\"}")
            << "twice";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const auto doc = DiscoveryDocument::parse(json);
        QVERIFY(!doc);
        QCOMPARE(doc.problem().code, QStringLiteral("discovery_malformed"));
        QVERIFY2(doc.problem().message.contains(words), qPrintable(doc.problem().message));
    }

    void orgServerShapes()
    {
        QVERIFY(DiscoveryDocument::isOrgIssuer("https://dev-1.okta.com"));
        QVERIFY(DiscoveryDocument::isOrgIssuer("https://dev-1.okta.com/"));
        QVERIFY(DiscoveryDocument::isOrgIssuer("https://dev-1.okta.com/oauth2"));
        QVERIFY(!DiscoveryDocument::isOrgIssuer("https://dev-1.okta.com/oauth2/default"));
        QVERIFY(!DiscoveryDocument::isOrgIssuer("https://dev-1.okta.com/oauth2/aus5rb5mt2H3d1TJd0h7"));
        QVERIFY(DiscoveryDocument::isOrgJwksUri("https://dev-1.okta.com/oauth2/v1/keys"));
        QVERIFY(!DiscoveryDocument::isOrgJwksUri("https://dev-1.okta.com/oauth2/default/v1/keys"));
    }

    void urls()
    {
        QCOMPARE(DiscoveryDocument::expectedIssuer("https://dev-1.okta.com/", "default"),
                 QStringLiteral("https://dev-1.okta.com/oauth2/default"));
        QCOMPARE(DiscoveryDocument::expectedIssuer("https://dev-1.okta.com", ""),
                 QStringLiteral("https://dev-1.okta.com"));
        QCOMPARE(DiscoveryDocument::expectedIssuer("https://dev-1.okta.com", "oauth2"),
                 QStringLiteral("https://dev-1.okta.com"));
        QCOMPARE(DiscoveryDocument::metadataUrl("https://a/oauth2/default", false),
                 QStringLiteral("https://a/oauth2/default/.well-known/openid-configuration"));
        QCOMPARE(DiscoveryDocument::metadataUrl("https://a/oauth2/default", true),
                 QStringLiteral("https://a/oauth2/default/.well-known/oauth-authorization-server"));
    }
};

QTEST_GUILESS_MAIN(tst_DiscoveryDocument)
#include "tst_DiscoveryDocument.moc"
