#include "CliRunner.h"
#include "FakeProxy.h"
#include "TestPki.h"
#include "TlsTestServer.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

// The CLI's network set-up (CliNetwork): https against a local TLS server with a CA made here, --ca-file
// adding trust anchors (never ignoring errors), unusable CA files, and the system proxy (https_proxy).
class tst_CliNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    TestCert ca;
    QString caFile;
    OktaSandbox keys; // only its signing keys are used (JWKS served over TLS, tokens minted)
    std::unique_ptr<TlsTestServer> server;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }
    // No proxy from the caller's environment: the TLS server is reached directly.
    static QProcessEnvironment directEnv()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                                 "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
            e.remove(QString::fromLatin1(name));
        return e;
    }
    static CliRun run(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runCli(args, stdinData, directEnv());
    }
    QString jwksBody() const { return QString::fromUtf8(QJsonDocument(keys.keys().jwks()).toJson()); }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        ca = TestPki::makeCa(QStringLiteral("OWZ CLI Test CA"));
        caFile = write(QStringLiteral("ca.pem"), ca.certPem);
        server = std::make_unique<TlsTestServer>(
            TestPki::makeServer(ca, {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}));
        QVERIFY(server->start());
        server->serveOkta(QStringLiteral("127.0.0.1"), jwksBody().toUtf8());
    }

    void discoverRefusesAnUntrustedCertificate()
    {
        const CliRun r = run({"discover", "--okta-domain", server->url(), "--timeout", "10"});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("okta_tls_error")), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("The TLS connection to 127.0.0.1 failed")),
                 r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("issuer certificate")), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void discoverWithCaFile()
    {
        const CliRun r = run({"discover", "--okta-domain", server->url(), "--ca-file", caFile, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("issuer")].toString(), server->url() + QStringLiteral("/oauth2/default"));
        QCOMPARE(doc[QStringLiteral("keys")].toArray().size(), 2);
    }

    void verifyTokenWithCaFile()
    {
        const QByteArray token = keys.mintToken({{QStringLiteral("iss"), server->url() + "/oauth2/default"}});
        const QStringList args{"verify-token", "--okta-domain", server->url(), "--audience", "api://default"};
        const CliRun refused = run(args, token);
        QVERIFY2(refused.exitCode == 3, refused.err.constData());
        QVERIFY2(refused.errText().contains(QStringLiteral("okta_tls_error")), refused.err.constData());
        const CliRun r = run(args + QStringList{"--ca-file", caFile}, token);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void refusedEvenWithTheCa_data()
    {
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<int>("notAfter");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong host") << QStringList{"okta.example"} << QStringList{} << 86400
                                    << "host name did not match";
        QTest::newRow("expired") << QStringList{"localhost"} << QStringList{"127.0.0.1"} << -60 << "expired";
    }
    void refusedEvenWithTheCa()
    {
        QFETCH(QStringList, dns);
        QFETCH(QStringList, ips);
        QFETCH(int, notAfter);
        QFETCH(QString, reason);
        TlsTestServer bad(TestPki::makeServer(ca, dns, ips, -86400, notAfter));
        QVERIFY(bad.start());
        bad.serveOkta(QStringLiteral("127.0.0.1"), jwksBody().toUtf8());
        const CliRun r = run({"discover", "--okta-domain", bad.url(), "--ca-file", caFile});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QStringLiteral("okta_tls_error")), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("127.0.0.1")), r.err.constData());
        QVERIFY2(r.errText().contains(reason, Qt::CaseInsensitive), r.err.constData());
        QVERIFY(bad.requests().isEmpty());
    }

    void caFileWithoutCertificate_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("discover") << QStringList{"discover", "--okta-domain", "dev-123456.okta.com"};
        QTest::newRow("verify-token") << QStringList{"verify-token", "--okta-domain", "dev-123456.okta.com",
                                                     "--audience", "api://default"};
        // The Admin API is unreachable on purpose: the CA file must be refused before anything is sent.
        const QStringList admin{"--okta-domain", "dev-123456.okta.com",
                                "--audience",    "api://default",
                                "--project-id",  "p",
                                "--app",         "a",
                                "--admin-api",   "http://127.0.0.1:9/api/admin/v3.0"};
        QTest::newRow("deploy") << QStringList{"deploy"} + admin;
        QTest::newRow("diff") << QStringList{"diff"} + admin;
    }
    void caFileWithoutCertificate()
    {
        QFETCH(QStringList, command);
        const QString noCert = write(QStringLiteral("no-cert.pem"), ca.keyPem);
        QProcessEnvironment env = directEnv();
        env.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), QStringLiteral("pub"));
        env.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), QStringLiteral("priv"));
        for (const QString &path : {noCert, dir.filePath(QStringLiteral("missing.pem"))}) {
            const CliRun r = runCli(command + QStringList{"--ca-file", path}, "x.y.z", env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().contains(path), r.err.constData());
        }
        const CliRun empty = runCli(command + QStringList{"--ca-file", ""}, "x.y.z", env);
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.errText().contains(QStringLiteral("--ca-file")), empty.err.constData());
    }

    // Qt's system proxy on Linux reads https_proxy/no_proxy. The fake proxy records the CONNECT line and
    // closes; the host is under .invalid, so even a direct attempt could not reach anything real.
    void usesTheSystemProxy()
    {
        FakeProxy proxy;
        QVERIFY(proxy.isListening());
        QProcessEnvironment env = directEnv();
        env.insert(QStringLiteral("https_proxy"), QString::fromLatin1(proxy.url()));
        const CliRun r =
            runCli({"discover", "--okta-domain", "dev-123456.okta.invalid", "--timeout", "10"}, {}, env);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(proxy.requestLine, QByteArray("CONNECT dev-123456.okta.invalid:443 HTTP/1.1"));
        QVERIFY2(r.errText().contains(QStringLiteral("dev-123456.okta.invalid")), r.err.constData());
        QVERIFY2(!r.errText().contains(QStringLiteral("okta_tls_error")),
                 r.err.constData()); // a proxy failure

        // no_proxy names the host: no CONNECT; the direct attempt fails on the name (.invalid never
        // resolves).
        proxy.requestLine.clear();
        env.insert(QStringLiteral("no_proxy"), QStringLiteral(".okta.invalid"));
        const CliRun direct =
            runCli({"discover", "--okta-domain", "dev-123456.okta.invalid", "--timeout", "10"}, {}, env);
        QCOMPARE(direct.exitCode, 3);
        QVERIFY(proxy.requestLine.isEmpty());
    }
};

QTEST_MAIN(tst_CliNetwork)
#include "tst_CliNetwork.moc"
