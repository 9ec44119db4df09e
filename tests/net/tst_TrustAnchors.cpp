#include "TestPki.h"
#include "TlsTestServer.h"
#include "net/OktaClient.h"
#include "net/TrustAnchors.h"
#include "sandbox/OktaSandboxKeys.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

// TrustAnchors (--ca-file, the wizard's CA field) and OktaClient over TLS: a CA made at test time, an
// HTTPS server on 127.0.0.1. Certificate errors fail with okta_tls_error naming host and reason.
class tst_TrustAnchors : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    TestCert ca;
    QString caFile;
    QByteArray jwks;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    // Discovery at `domain` with a fresh manager (no cached connection); the failure, or "" on success.
    Problem discover(const QString &domain)
    {
        QNetworkAccessManager nam;
        OktaClient client(&nam);
        QSignalSpy ok(&client, &OktaClient::discovered);
        QSignalSpy failed(&client, &OktaClient::failed);
        client.discover(domain, QStringLiteral("default"));
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000))
            return Problem(QStringLiteral("no answer"), {});
        return failed.isEmpty() ? Problem() : failed.first().first().value<Problem>();
    }

    void useCa(const QString &path)
    {
        const auto trusted = TrustAnchors::use(path);
        QVERIFY2(trusted, qPrintable(trusted.problem().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        ca = TestPki::makeCa(QStringLiteral("OWZ Test CA"));
        caFile = write(QStringLiteral("ca.pem"), ca.certPem);
        jwks = QJsonDocument(OktaSandboxKeys().jwks()).toJson();
    }
    void cleanup() { useCa(QString()); }

    void loadsPemBundle()
    {
        const TestCert other = TestPki::makeCa(QStringLiteral("Other CA"));
        QString error;
        const QString bundle =
            write(QStringLiteral("bundle.pem"), "# comment\n" + ca.certPem + other.certPem);
        const auto certs = TrustAnchors::load(bundle);
        QVERIFY2(certs, qPrintable(certs.problem().message));
        QCOMPARE(certs->size(), 2);
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing.pem" << QByteArray() << "does not exist";
        QTest::newRow("empty") << "empty.pem" << QByteArray("") << "holds no PEM certificate";
        QTest::newRow("key only") << "key.pem" << ca.keyPem << "holds no PEM certificate";
        QTest::newRow("damaged") << "damaged.pem"
                                 << QByteArray(
                                        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                                 << "holds no PEM certificate";
        QTest::newRow("directory") << "." << QByteArray() << "not a regular file";
    }
    void unusableFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = content.isNull() ? dir.filePath(name) : write(name, content);
        const QList<QSslCertificate> before = QSslConfiguration::defaultConfiguration().caCertificates();
        const auto trusted = TrustAnchors::use(path);
        QVERIFY(!trusted);
        QCOMPARE(trusted.problem().code, QStringLiteral("ca_file"));
        const QString error = trusted.problem().message;
        QVERIFY2(error.contains(path) && error.contains(reason), qPrintable(error));
        QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), before); // left as it was
    }

    void addsToTheSystemAnchors()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        useCa(caFile);
        const QList<QSslCertificate> trusted = QSslConfiguration::defaultConfiguration().caCertificates();
        QCOMPARE(trusted.size(), system.size() + 1);
        QVERIFY(trusted.contains(QSslCertificate(ca.certPem)));
        for (const QSslCertificate &c : system)
            QVERIFY(trusted.contains(c));
        useCa(QString()); // back to the system's alone
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
            QSslCertificate(ca.certPem)));
    }

    void untrustedCaFailsNamingHostAndReason()
    {
        TlsTestServer server(
            TestPki::makeServer(ca, {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}));
        QVERIFY(server.start());
        server.serveOkta(QStringLiteral("127.0.0.1"), jwks);
        const Problem f = discover(server.url());
        QCOMPARE(f.code, QStringLiteral("okta_tls_error"));
        QCOMPARE(f.where, QStringLiteral("discovery"));
        QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1")), qPrintable(f.message));
        QVERIFY2(f.message.contains(QStringLiteral("issuer certificate")), qPrintable(f.message));
        QVERIFY(f.fix.contains(QStringLiteral("--ca-file")));
        QVERIFY(server.requests().isEmpty()); // nothing sent over the refused connection
    }

    void trustedCaSucceeds_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("ip") << "127.0.0.1";
        QTest::newRow("dns") << "localhost";
    }
    void trustedCaSucceeds()
    {
        QFETCH(QString, host);
        TlsTestServer server(
            TestPki::makeServer(ca, {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}));
        QVERIFY(server.start());
        server.serveOkta(host, jwks);
        useCa(caFile);
        const Problem f = discover(server.url(host));
        QVERIFY2(f.code.isEmpty(), qPrintable(f.message));
        QCOMPARE(server.requests().value(0),
                 QStringLiteral("GET /oauth2/default/.well-known/openid-configuration HTTP/1.1"));
    }

    void refusedEvenWithTheCa_data()
    {
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<int>("notBefore");
        QTest::addColumn<int>("notAfter");
        QTest::addColumn<bool>("otherCa");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong host") << QStringList{"okta.example"} << QStringList{} << -3600 << 86400 << false
                                    << "host name did not match";
        QTest::newRow("expired") << QStringList{"localhost"} << QStringList{"127.0.0.1"} << -2 * 86400
                                 << -86400 << false << "expired";
        QTest::newRow("not yet valid") << QStringList{"localhost"} << QStringList{"127.0.0.1"} << 86400
                                       << 2 * 86400 << false << "not yet valid";
        QTest::newRow("other CA") << QStringList{"localhost"} << QStringList{"127.0.0.1"} << -3600 << 86400
                                  << true << "issuer certificate";
    }
    void refusedEvenWithTheCa()
    {
        QFETCH(QStringList, dns);
        QFETCH(QStringList, ips);
        QFETCH(int, notBefore);
        QFETCH(int, notAfter);
        QFETCH(bool, otherCa);
        QFETCH(QString, reason);
        const TestCert signer = otherCa ? TestPki::makeCa(QStringLiteral("Unrelated CA")) : ca;
        TlsTestServer server(TestPki::makeServer(signer, dns, ips, notBefore, notAfter));
        QVERIFY(server.start());
        server.serveOkta(QStringLiteral("127.0.0.1"), jwks);
        useCa(caFile);
        const Problem f = discover(server.url());
        QCOMPARE(f.code, QStringLiteral("okta_tls_error"));
        QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1")), qPrintable(f.message));
        QVERIFY2(f.message.contains(reason, Qt::CaseInsensitive), qPrintable(f.message));
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_MAIN(tst_TrustAnchors)
#include "tst_TrustAnchors.moc"
