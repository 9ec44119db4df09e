#include "FindingCodes.h"
#include "core/FieldKeys.h"
#include "core/OktaValidator.h"

#include <QStringList>
#include <QTest>

class tst_OktaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void domain_data();
    void domain();
    void domainFindingsNameTheField();
    void authServer_data();
    void authServer();
    void jwkUri_data();
    void jwkUri();
    void loopback_data();
    void loopback();
};

void tst_OktaValidator::domain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");
    const QStringList ok;
    QTest::newRow("plain") << "dev-123456.okta.com" << ok;
    QTest::newRow("https scheme") << "https://dev-123456.okta.com" << ok;
    QTest::newRow("trailing slash") << "https://dev-123456.okta.com/" << ok;
    QTest::newRow("preview") << "acme.oktapreview.com" << ok;
    QTest::newRow("emea") << "acme.okta-emea.com" << ok;
    QTest::newRow("custom url domain") << "id.example.com" << ok;
    QTest::newRow("host and port") << "login.example.com:8443" << ok;
    QTest::newRow("loopback http") << "http://127.0.0.1:8080" << ok;
    QTest::newRow("localhost http") << "http://localhost:9000" << ok;
    QTest::newRow("ipv6 loopback http") << "http://[::1]:9000" << ok;
    QTest::newRow("empty") << "" << QStringList{"domain_empty"};
    QTest::newRow("blank") << "   " << QStringList{"domain_empty"};
    QTest::newRow("inner whitespace") << "dev-1 23.okta.com" << QStringList{"domain_whitespace"};
    // Surrounding whitespace is dropped like a scheme or a trailing slash; inside the host it is a typo.
    QTest::newRow("leading whitespace") << " dev-123.okta.com" << ok;
    QTest::newRow("trailing tab") << "https://dev-123.okta.com/\t" << ok;
    QTest::newRow("newline inside") << "dev-1.okta.com\nHost: evil.com" << QStringList{"domain_whitespace"};
    QTest::newRow("path") << "dev-123456.okta.com/oauth2/default" << QStringList{"domain_path"};
    QTest::newRow("query") << "dev-123456.okta.com?x=1" << QStringList{"domain_query"};
    QTest::newRow("fragment") << "dev-123456.okta.com#top" << QStringList{"domain_query"};
    QTest::newRow("user info") << "https://user:pw@dev-123456.okta.com" << QStringList{"domain_userinfo"};
    QTest::newRow("http non-loopback") << "http://dev-123456.okta.com" << QStringList{"domain_insecure"};
    QTest::newRow("ftp") << "ftp://dev-123456.okta.com" << QStringList{"domain_scheme"};
    QTest::newRow("admin host") << "dev-123456-admin.okta.com" << QStringList{"domain_admin"};
    QTest::newRow("admin host https") << "https://acme-admin.oktapreview.com" << QStringList{"domain_admin"};
    QTest::newRow("bad port") << "dev-123456.okta.com:99999" << QStringList{"domain_port"};
    QTest::newRow("port not number") << "dev-123456.okta.com:https" << QStringList{"domain_port"};
    QTest::newRow("underscore host") << "dev_123456.okta.com" << QStringList{"domain_host"};
    QTest::newRow("empty label") << "dev-123456..okta.com" << QStringList{"domain_host"};
    QTest::newRow("bracketed host name") << "https://[dev-123456.okta.com]" << QStringList{"domain_host"};
    QTest::newRow("bracketed non-loopback ipv6") << "https://[2001:db8::1]:443" << QStringList{"domain_host"};
    QTest::newRow("placeholder") << "{yourOktaDomain}" << QStringList{"warning:domain_placeholder"};
    QTest::newRow("double com") << "dev-123456.okta.com.com" << QStringList{"warning:domain_double_com"};
}

void tst_OktaValidator::domain()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(OktaValidator::validateDomain(domain)), codes);
}

void tst_OktaValidator::domainFindingsNameTheField()
{
    const Findings f = OktaValidator::validateDomain(QStringLiteral("dev-1-admin.okta.com"));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().field, FieldKeys::OktaDomain);
    QVERIFY(f.constFirst().message.contains(QStringLiteral("dev-1-admin.okta.com")));
    QVERIFY(f.constFirst().hint.contains(QStringLiteral("dev-1.okta.com")));
}

void tst_OktaValidator::authServer_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("default") << "default" << QStringList();
    QTest::newRow("aus id") << "aus9o8wzkhckw9TLa0h7" << QStringList();
    QTest::newRow("empty is org server") << "" << QStringList{"auth_server_org"};
    QTest::newRow("oauth2 is org server") << "oauth2" << QStringList{"auth_server_org"};
    QTest::newRow("with path") << "oauth2/default" << QStringList{"auth_server_invalid"};
    QTest::newRow("dash") << "my-server" << QStringList{"auth_server_invalid"};
    QTest::newRow("space") << "aus 123" << QStringList{"auth_server_invalid"};
}

void tst_OktaValidator::authServer()
{
    QFETCH(QString, id);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(OktaValidator::validateAuthServer(id)), codes);
}

void tst_OktaValidator::jwkUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("okta") << "https://dev-1.okta.com/oauth2/default/v1/keys" << QStringList();
    QTest::newRow("loopback http") << "http://127.0.0.1:8081/oauth2/default/v1/keys" << QStringList();
    QTest::newRow("empty") << "" << QStringList{"jwk_uri_empty"};
    QTest::newRow("http") << "http://dev-1.okta.com/oauth2/default/v1/keys"
                          << QStringList{"jwk_uri_insecure"};
    QTest::newRow("no host") << "https:///keys" << QStringList{"jwk_uri_invalid"};
    QTest::newRow("not a url") << "dev-1.okta.com keys" << QStringList{"jwk_uri_invalid"};
    QTest::newRow("user info") << "https://a:b@dev-1.okta.com/keys" << QStringList{"jwk_uri_invalid"};
    QTest::newRow("org server") << "https://dev-1.okta.com/oauth2/v1/keys"
                                << QStringList{"jwk_uri_org_server"};
    QTest::newRow("template") << "__IdentityUrl__/jwks" << QStringList{"warning:jwk_uri_placeholder"};
}

void tst_OktaValidator::jwkUri()
{
    QFETCH(QString, uri);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(OktaValidator::validateJwkUri(uri)), codes);
}

void tst_OktaValidator::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.8.9.10") << "127.8.9.10" << true;
    QTest::newRow("localhost") << "LocalHost" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("127.0.0.256") << "127.0.0.256" << false;
    QTest::newRow("127.evil.com") << "127.0.0.1.evil.com" << false;
    QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
}

void tst_OktaValidator::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(OktaValidator::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(tst_OktaValidator)
#include "tst_OktaValidator.moc"
