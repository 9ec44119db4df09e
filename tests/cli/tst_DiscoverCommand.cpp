#include "CliRunner.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTest>

class tst_DiscoverCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_okta.resetBehaviour(); }
    void showsIssuerAndKeys();
    void json();
    void orgServerExplained();
    void faults_data();
    void faults();
    void refusedDomains_data();
    void refusedDomains();

private:
    OktaSandbox m_okta;
};

void tst_DiscoverCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_okta.start(0, &error), qPrintable(error));
}

void tst_DiscoverCommand::showsIssuerAndKeys()
{
    const CliRun r = runCli({"discover", "--okta-domain", m_okta.domain()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral("issuer:   ") + m_okta.issuer()));
    QVERIFY(r.outText().contains(QStringLiteral("jwks_uri: ") + m_okta.jwksUri()));
    QCOMPARE(r.outText().count(QStringLiteral(" RSA RS256 sig")), 2);
}

void tst_DiscoverCommand::json()
{
    const CliRun r = runCli({"discover", "--okta-domain", m_okta.domain(), "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("issuer")].toString(), m_okta.issuer());
    QCOMPARE(doc[QStringLiteral("jwks_uri")].toString(), m_okta.jwksUri());
    QCOMPARE(doc[QStringLiteral("keys")].toArray().size(), 2);
    QVERIFY(
        !doc[QStringLiteral("keys")].toArray().at(0).toObject()[QStringLiteral("kid")].toString().isEmpty());
}

void tst_DiscoverCommand::orgServerExplained()
{
    const CliRun r = runCli({"discover", "--okta-domain", m_okta.domain(), "--auth-server", "", "--json"});
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QStringList codes;
    for (const QJsonValue &w : doc[QStringLiteral("warnings")].toArray())
        codes << w.toObject()[QStringLiteral("code")].toString();
    QVERIFY2(codes.contains(QStringLiteral("org_server")), r.out.constData());
}

void tst_DiscoverCommand::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("code");
    QTest::newRow("404") << int(OktaSandbox::Fault::NotFound) << "auth_server_not_found";
    QTest::newRow("500") << int(OktaSandbox::Fault::ServerError) << "okta_server_error";
    QTest::newRow("not json") << int(OktaSandbox::Fault::NotJson) << "okta_not_json";
    QTest::newRow("hang") << int(OktaSandbox::Fault::Hang) << "okta_timeout";
}

void tst_DiscoverCommand::faults()
{
    QFETCH(int, fault);
    QFETCH(QString, code);
    m_okta.setFault(OktaSandbox::Fault(fault));
    const CliRun r = runCli({"discover", "--okta-domain", m_okta.domain(), "--timeout", "1"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
}

void tst_DiscoverCommand::refusedDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("code");
    QTest::newRow("admin") << "dev-1-admin.okta.com"
                           << "domain_admin";
    QTest::newRow("http") << "http://dev-1.okta.com"
                          << "domain_insecure";
    QTest::newRow("path") << "dev-1.okta.com/oauth2"
                          << "domain_path";
}

void tst_DiscoverCommand::refusedDomains()
{
    QFETCH(QString, domain);
    QFETCH(QString, code);
    const CliRun r = runCli({"discover", "--okta-domain", domain});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
}

QTEST_GUILESS_MAIN(tst_DiscoverCommand)
#include "tst_DiscoverCommand.moc"
