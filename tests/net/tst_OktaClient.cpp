#include "net/OktaClient.h"
#include "sandbox/OktaSandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QVariantList>

// OktaClient against the Okta sandbox (and a raw TCP server for TLS) on 127.0.0.1 only.
class tst_OktaClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> sandbox;
    std::unique_ptr<OktaClient> client;
    qint64 fakeNowMs = 1'700'000'000'000;

    // Runs `call` and waits for the one answer; returns the failure code, or "" on success.
    template <typename Signal>
    QString run(Signal success, const std::function<void()> &call, QVariantList *args = nullptr)
    {
        QSignalSpy ok(client.get(), success);
        QSignalSpy failed(client.get(), &OktaClient::failed);
        call();
        if (ok.isEmpty() && failed.isEmpty())
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty() || !failed.isEmpty(), 10000);
            }();
        QTest::qWait(0); // a second answer would show up here
        if (ok.size() + failed.size() != 1)
            return QStringLiteral("answered %1 times").arg(ok.size() + failed.size());
        if (!failed.isEmpty())
            return failed.first().first().value<Problem>().code;
        if (args)
            *args = ok.first();
        return {};
    }
    QString discover(const QString &domain, const QString &id, QVariantList *args = nullptr)
    {
        return run(
            &OktaClient::discovered, [&] { client->discover(domain, id); }, args);
    }
    QString jwks(const QString &uri, QVariantList *args = nullptr)
    {
        return run(
            &OktaClient::jwksReady, [&] { client->fetchJwks(uri); }, args);
    }
    TokenCheckResult verify(const QByteArray &token, QString *code = nullptr)
    {
        TokenCheckOptions o;
        o.expectedIssuer = sandbox->issuer();
        o.audience = {QStringLiteral("api://default")};
        o.jwksUri = sandbox->jwksUri();
        QVariantList args;
        const QString c = run(
            &OktaClient::tokenChecked, [&] { client->verifyToken(token, o); }, &args);
        if (code)
            *code = c;
        return args.isEmpty() ? TokenCheckResult() : args.first().value<TokenCheckResult>();
    }

private slots:
    void initTestCase()
    {
        sandbox = std::make_unique<OktaSandbox>();
        QVERIFY(sandbox->start());
    }
    void init()
    {
        sandbox->resetBehaviour();
        client = std::make_unique<OktaClient>(&nam);
        client->setClock([this] { return fakeNowMs; });
        nam.clearConnectionCache();
    }

    void discoversCustomServer()
    {
        QVariantList args;
        QCOMPARE(discover(sandbox->domain(), "default", &args), QString());
        const auto doc = args.at(0).value<DiscoveryDocument>();
        QCOMPARE(doc.issuer(), sandbox->issuer());
        QCOMPARE(doc.jwksUri(), sandbox->jwksUri());
        QVERIFY(args.at(1).value<Findings>().isEmpty());
        QCOMPARE(sandbox->requestCount("/oauth2/default/.well-known/openid-configuration"), 1);
    }

    void fallsBackToOAuthMetadata()
    {
        sandbox->setOpenIdConfigurationEnabled(false);
        QCOMPARE(discover(sandbox->domain(), "default"), QString());
        QCOMPARE(sandbox->requestCount("/oauth2/default/.well-known/oauth-authorization-server"), 1);
    }

    void discoveryFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("404") << int(OktaSandbox::Fault::NotFound) << "auth_server_not_found";
        QTest::newRow("500") << int(OktaSandbox::Fault::ServerError) << "okta_server_error";
        QTest::newRow("non-JSON") << int(OktaSandbox::Fault::NotJson) << "okta_not_json";
        QTest::newRow("wrong issuer") << int(OktaSandbox::Fault::WrongIssuer) << "discovery_issuer_mismatch";
        QTest::newRow("timeout") << int(OktaSandbox::Fault::Hang) << "okta_timeout";
        QTest::newRow("oversized") << int(OktaSandbox::Fault::Oversized) << "okta_response_too_large";
    }
    void discoveryFaults()
    {
        QFETCH(int, fault);
        QFETCH(QString, code);
        sandbox->setFault(OktaSandbox::Fault(fault), OktaSandbox::Discovery);
        client->setTimeout(300);
        QCOMPARE(discover(sandbox->domain(), "default"), code);
        QVERIFY(!client->isBusy());
    }

    void issuerOnAnotherHostIsAWarning()
    {
        // Asked at localhost, the document names 127.0.0.1: what a custom URL domain looks like.
        QVariantList args;
        QCOMPARE(discover(QStringLiteral("http://localhost:%1").arg(sandbox->port()), "default", &args),
                 QString());
        QCOMPARE(args.at(0).value<DiscoveryDocument>().issuer(), sandbox->issuer());
        const Findings warnings = args.at(1).value<Findings>();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().code, QStringLiteral("issuer_host_differs"));
    }

    void unknownServerTriesBothUrls()
    {
        QCOMPARE(discover(sandbox->domain(), "aus0000000000000000"), QStringLiteral("auth_server_not_found"));
        QCOMPARE(client->requestCount(), 2);
    }

    void orgServerExplained()
    {
        QVariantList args;
        QCOMPARE(discover(sandbox->domain(), ""), QString());
        QCOMPARE(discover(sandbox->domain(), "oauth2", &args), QString());
        QCOMPARE(args.at(0).value<DiscoveryDocument>().issuer(), sandbox->orgIssuer());
        const Findings warnings = args.at(1).value<Findings>();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().code, QStringLiteral("org_server"));
    }

    void refusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::newRow("-admin host") << "dev-123-admin.okta.com"
                                     << "default"
                                     << "domain_admin";
        QTest::newRow("http non-loopback") << "http://dev-123.okta.com"
                                           << "default"
                                           << "domain_insecure";
        QTest::newRow("path") << "dev-123.okta.com/oauth2"
                              << "default"
                              << "domain_path";
        QTest::newRow("bad server id") << "dev-123.okta.com"
                                       << "de fault"
                                       << "auth_server_invalid";
    }
    void refusedBeforeAnyRequest()
    {
        QFETCH(QString, domain);
        QFETCH(QString, id);
        QFETCH(QString, code);
        QCOMPARE(discover(domain, id), code);
        QCOMPARE(client->requestCount(), 0);
    }

    void tlsFailure()
    {
        QTcpServer plain; // speaks plain HTTP where TLS is expected
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            QTcpSocket *s = plain.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                s->close();
            });
        });
        QCOMPARE(discover(QStringLiteral("127.0.0.1:%1").arg(plain.serverPort()), "default"),
                 QStringLiteral("okta_tls_error"));
    }

    void jwksCacheHonoursMaxAge()
    {
        QVariantList args;
        QCOMPARE(jwks(sandbox->jwksUri(), &args), QString());
        QCOMPARE(args.at(1).value<JwkSet>().size(), 2);
        QCOMPARE(args.at(2).toBool(), false);
        QCOMPARE(jwks(sandbox->jwksUri(), &args), QString());
        QCOMPARE(args.at(2).toBool(), true);
        QCOMPARE(sandbox->jwksRequestCount(), 1);
        fakeNowMs += 300 * 1000; // max-age=300 has passed
        QCOMPARE(jwks(sandbox->jwksUri(), &args), QString());
        QCOMPARE(args.at(2).toBool(), false);
        sandbox->setJwksMaxAge(0);
        fakeNowMs += 300 * 1000;
        QCOMPARE(jwks(sandbox->jwksUri(), &args), QString());
        QCOMPARE(jwks(sandbox->jwksUri(), &args), QString());
        QCOMPARE(sandbox->jwksRequestCount(), 4);
    }

    void jwksFaults()
    {
        sandbox->setFault(OktaSandbox::Fault::NotJson, OktaSandbox::Keys);
        QCOMPARE(jwks(sandbox->jwksUri()), QStringLiteral("okta_not_json"));
        sandbox->setFault(OktaSandbox::Fault::ServerError, OktaSandbox::Keys);
        QCOMPARE(jwks(sandbox->jwksUri()), QStringLiteral("okta_server_error"));
        QCOMPARE(jwks("http://keys.example.com/v1/keys"), QStringLiteral("jwk_uri_insecure"));
        QCOMPARE(jwks("http://keys.example.com/oauth2/v1/keys"), QStringLiteral("jwk_uri_insecure"));
        QCOMPARE(client->requestCount(), 2);
    }

    void rotationFoundAfterOneRefetchThenCooldown()
    {
        QVERIFY(verify(sandbox->mintToken()).isValid());
        QCOMPARE(sandbox->jwksRequestCount(), 1);
        sandbox->rotateKeys();
        sandbox->rotateKeys(); // ACTIVE is now a key the cached JWKS never listed
        const TokenCheckResult rotated = verify(sandbox->mintToken());
        QVERIFY2(rotated.isValid(), qPrintable(rotated.failureCodes().join(',')));
        QCOMPARE(rotated.kid, sandbox->keys().activeKid());
        QCOMPARE(sandbox->jwksRequestCount(), 2);

        // Within the cooldown an unknown kid is reported without another request.
        const QByteArray bogus = sandbox->mintToken({}, {{"kid", "no-such-kid"}});
        QCOMPARE(verify(bogus).failureCodes(), QStringList{"kid_unknown"});
        QCOMPARE(sandbox->jwksRequestCount(), 2);
        fakeNowMs += client->refetchPolicy().cooldownMs();
        QCOMPARE(verify(bogus).failureCodes(), QStringList{"kid_unknown"});
        QCOMPARE(sandbox->jwksRequestCount(), 3);
    }

    void orgServerTokenExplained()
    {
        // Keys of the org server are fetched (loopback http here) and the result carries org_server.
        TokenCheckOptions o;
        o.jwksUri = sandbox->domain() + "/oauth2/v1/keys";
        o.expectedIssuer = sandbox->orgIssuer();
        QVariantList args;
        QCOMPARE(run(
                     &OktaClient::tokenChecked, [&] { client->verifyToken(sandbox->mintToken(), o); }, &args),
                 QString());
        const TokenCheckResult r = args.first().value<TokenCheckResult>();
        QVERIFY(r.hasWarning("org_server"));
        QVERIFY(r.hasFailure("kid_unknown"));
    }

    void discoverAndVerify()
    {
        TokenCheckOptions o;
        o.audience = {QStringLiteral("api://default")};
        QVariantList args;
        QSignalSpy discovered(client.get(), &OktaClient::discovered);
        const auto call = [&] {
            client->discoverAndVerify(sandbox->domain(), "default", sandbox->mintToken(), o);
        };
        QCOMPARE(run(&OktaClient::tokenChecked, call, &args), QString());
        const TokenCheckResult r = args.first().value<TokenCheckResult>();
        QVERIFY2(r.isValid(), qPrintable(r.failureCodes().join(',')));
        QVERIFY(discovered.isEmpty());
        // The discovered issuer is enforced.
        const QByteArray foreign = sandbox->mintToken({{"iss", "https://dev-1.okta.com/oauth2/default"}});
        QCOMPARE(run(
                     &OktaClient::tokenChecked,
                     [&] { client->discoverAndVerify(sandbox->domain(), "default", foreign, o); }, &args),
                 QString());
        QCOMPARE(args.first().value<TokenCheckResult>().failureCodes(), QStringList{"issuer_mismatch"});
        // Org server: the warning appears once, the discovery failure modes still apply.
        QCOMPARE(run(
                     &OktaClient::tokenChecked,
                     [&] { client->discoverAndVerify(sandbox->domain(), "", foreign, o); }, &args),
                 QString());
        QCOMPARE(args.first().value<TokenCheckResult>().warningCodes(), QStringList{"org_server"});
        sandbox->setFault(OktaSandbox::Fault::NotFound, OktaSandbox::Discovery);
        QCOMPARE(run(&OktaClient::tokenChecked, call), QStringLiteral("auth_server_not_found"));
    }

    // Okta's JWKS comes through caches: a set fetched a moment ago can still lack a key just rotated in, so
    // the first unknown kid is refetched once even then; later ones wait for the cooldown.
    void unknownKidInFreshSetIsRefetchedOnce()
    {
        const QByteArray bogus = sandbox->mintToken({}, {{"kid", "no-such-kid"}});
        const TokenCheckResult first = verify(bogus);
        QCOMPARE(first.failureCodes(), QStringList{"kid_unknown"});
        QVERIFY(first.jwksRefetched);
        QCOMPARE(sandbox->jwksRequestCount(), 2);
        const TokenCheckResult again = verify(bogus);
        QCOMPARE(again.failureCodes(), QStringList{"kid_unknown"});
        QVERIFY(!again.jwksRefetched);
        QCOMPARE(sandbox->jwksRequestCount(), 2);
    }

    void staleSetRightAfterRotation()
    {
        const QJsonObject before = sandbox->keys().jwks();
        sandbox->rotateKeys();
        sandbox->rotateKeys(); // ACTIVE is now a key the old set never listed
        sandbox->serveStaleJwks(before);
        const TokenCheckResult r = verify(sandbox->mintToken());
        QVERIFY2(r.isValid(), qPrintable(r.failureCodes().join(',')));
        QVERIFY(r.jwksRefetched);
        QCOMPARE(r.kid, sandbox->keys().activeKid());
        QCOMPARE(sandbox->jwksRequestCount(), 2);
        // A token whose kid the first set has is checked without a refetch.
        QVERIFY(!verify(sandbox->mintToken()).jwksRefetched);
        QCOMPARE(sandbox->jwksRequestCount(), 2);
    }

    void cancel()
    {
        sandbox->setFault(OktaSandbox::Fault::Hang);
        QCOMPARE(run(&OktaClient::discovered,
                     [&] {
                         client->discover(sandbox->domain(), "default");
                         QTimer::singleShot(50, client.get(), [this] { client->cancel(); });
                     }),
                 QStringLiteral("okta_cancelled"));
    }
};

QTEST_GUILESS_MAIN(tst_OktaClient)
#include "tst_OktaClient.moc"
