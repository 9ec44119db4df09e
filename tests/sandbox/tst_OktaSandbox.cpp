#include "core/JwkSet.h"
#include "core/TokenChecker.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QTest>
#include <QUrl>

class tst_OktaSandbox : public QObject
{
    Q_OBJECT

    QNetworkAccessManager nam;
    std::unique_ptr<OktaSandbox> sandbox;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType, cacheControl;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Reply fetch(const QString &path, const QByteArray &postBody = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(QUrl(sandbox->domain() + path));
        request.setTransferTimeout(timeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = postBody.isNull() ? nam.get(request) : nam.post(request, postBody);
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.cacheControl = reply->rawHeader("Cache-Control");
        r.error = reply->error();
        reply->deleteLater();
        return r;
    }
    JwkSet servedKeys() { return JwkSet::parse(fetch("/oauth2/default/v1/keys").body).valueOr(JwkSet()); }

private slots:
    void initTestCase()
    {
        sandbox = std::make_unique<OktaSandbox>();
        QVERIFY(sandbox->start());
        QVERIFY(sandbox->port() > 0);
    }
    void init() { sandbox->resetBehaviour(); }

    void portTaken()
    {
        OktaSandbox second;
        QString error;
        QVERIFY(!second.start(sandbox->port(), &error));
        QVERIFY(error.contains(QString::number(sandbox->port())));
    }

    void discoveryDocuments()
    {
        for (const char *path : {"/oauth2/default/.well-known/openid-configuration",
                                 "/oauth2/default/.well-known/oauth-authorization-server"}) {
            const Reply r = fetch(QLatin1String(path));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value("issuer").toString(), sandbox->issuer());
            QCOMPARE(r.json().value("jwks_uri").toString(), sandbox->jwksUri());
        }
        QCOMPARE(sandbox->issuer(), sandbox->domain() + "/oauth2/default");
        const Reply org = fetch("/.well-known/openid-configuration");
        QCOMPARE(org.json().value("issuer").toString(), sandbox->orgIssuer());
        QCOMPARE(org.json().value("jwks_uri").toString(), sandbox->domain() + "/oauth2/v1/keys");
        QCOMPARE(fetch("/oauth2/v1/keys").json().value("keys").toArray().size(), 1);
        QCOMPARE(fetch("/oauth2/other/.well-known/openid-configuration").status, 404);
        sandbox->setOpenIdConfigurationEnabled(false);
        QCOMPARE(fetch("/oauth2/default/.well-known/openid-configuration").status, 404);
        QCOMPARE(fetch("/oauth2/default/.well-known/oauth-authorization-server").status, 200);
    }

    void jwksHasTwoRsaKeys()
    {
        const Reply r = fetch("/oauth2/default/v1/keys");
        QCOMPARE(r.cacheControl, QByteArray("max-age=300, must-revalidate"));
        const JwkSet keys = JwkSet::parse(r.body).valueOr(JwkSet());
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.keys().at(0).kid(), sandbox->keys().activeKid());
        QCOMPARE(keys.keys().at(1).kid(), sandbox->keys().nextKid());
        QVERIFY(keys.keys().at(0).isUsableForRs256() && keys.keys().at(1).isUsableForRs256());
        QVERIFY(!r.body.contains("\"d\"")); // never a private member
        QCOMPARE(sandbox->jwksRequestCount(), 1);
        sandbox->setJwksMaxAge(-1);
        QVERIFY(fetch("/oauth2/default/v1/keys").cacheControl.isEmpty());
        QCOMPARE(fetch("/.well-known/openid-configuration").cacheControl, QByteArray("no-cache"));
    }

    void rotation()
    {
        const QStringList before = sandbox->keys().kids();
        sandbox->rotateKeys();
        QCOMPARE(sandbox->keys().activeKid(), before.at(1));
        QVERIFY(!sandbox->keys().kids().contains(before.at(0)));
        const Reply r = fetch("/sandbox/okta/rotate", "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("kids").toArray().at(0).toString(), sandbox->keys().activeKid());
        QVERIFY(!servedKeys().containsKid(before.at(1)));
        QVERIFY(servedKeys().containsKid(sandbox->keys().activeKid()));
        QVERIFY(sandbox->keys().key(before.at(0)) != nullptr); // expired keys can still sign
    }

    void mintedTokensVerify()
    {
        TokenCheckOptions o;
        o.expectedIssuer = sandbox->issuer();
        o.audience = {"api://default"};
        o.metadataFields = {{"uid", {}, true}};
        const TokenCheckResult r = TokenChecker::check(sandbox->mintToken(), servedKeys(), o);
        QVERIFY2(r.isValid(), qPrintable(r.failureCodes().join(',')));
        QCOMPARE(r.kid, sandbox->keys().activeKid());
        QCOMPARE(r.userData.value("uid").toString(), QStringLiteral("00usandboxuser000000"));

        const QByteArray chosen = sandbox->mintToken({{"aud", "myapp-abcde"}, {"email", "a@b.c"}},
                                                     {{"kid", sandbox->keys().nextKid()}});
        const TokenCheckResult next = TokenChecker::check(chosen, servedKeys(), o);
        QCOMPARE(next.kid, sandbox->keys().nextKid());
        QCOMPARE(next.failureCodes(), QStringList{"audience_mismatch"});
        QCOMPARE(next.claims.value("email").toString(), QStringLiteral("a@b.c"));

        const QByteArray bare = sandbox->mintToken({{"sub", "x"}}, {}, false);
        QCOMPARE(TokenChecker::check(bare, servedKeys(), o).claims, (QJsonObject{{"sub", "x"}}));

        const Reply http = fetch("/sandbox/okta/token", R"({"claims":{"sub":"via-http"}})");
        const QByteArray token = http.json().value("access_token").toString().toLatin1();
        QCOMPARE(TokenChecker::check(token, servedKeys(), o).claims.value("sub").toString(),
                 QStringLiteral("via-http"));
    }

    void faults()
    {
        sandbox->setFault(OktaSandbox::Fault::NotFound, OktaSandbox::Discovery);
        Reply r = fetch("/oauth2/default/.well-known/openid-configuration");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("E0000007"));
        QCOMPARE(fetch("/oauth2/default/v1/keys").status, 200); // only discovery is faulty
        sandbox->setFault(OktaSandbox::Fault::ServerError, OktaSandbox::Keys);
        QCOMPARE(fetch("/oauth2/default/v1/keys").status, 500);
        sandbox->setFault(OktaSandbox::Fault::NotJson);
        r = fetch("/oauth2/default/v1/keys");
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        sandbox->setFault(OktaSandbox::Fault::WrongIssuer, OktaSandbox::Discovery);
        QVERIFY(fetch("/oauth2/default/.well-known/openid-configuration").json().value("issuer").toString() !=
                sandbox->issuer());
        sandbox->setFault(OktaSandbox::Fault::Hang);
        r = fetch("/oauth2/default/v1/keys", {}, 300);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.body.isEmpty());
        sandbox->setFault(OktaSandbox::Fault::None);
        QCOMPARE(fetch("/oauth2/default/v1/keys").status, 200);
        QCOMPARE(sandbox->jwksRequestCount(), 5);
        sandbox->setFault(OktaSandbox::Fault::ServerError);
        sandbox->setOpenIdConfigurationEnabled(false);
        sandbox->resetBehaviour();
        QCOMPARE(sandbox->jwksRequestCount(), 0);
        QCOMPARE(fetch("/oauth2/default/.well-known/openid-configuration").status, 200);
        QCOMPARE(fetch("/oauth2/default/v1/keys").cacheControl, QByteArray("max-age=300, must-revalidate"));
    }

    // Fault::Hold keeps a request unanswered until releaseHeld(), which answers it as a healthy server; a
    // client that gave up meanwhile is not answered (and not counted).
    void heldUntilReleased()
    {
        sandbox->setFault(OktaSandbox::Fault::Hold, OktaSandbox::Discovery);
        QStringList held;
        connect(sandbox.get(), &OktaSandbox::requestHeld, this,
                [&held](const QString &method, const QString &path) { held << method + ' ' + path; });
        QCOMPARE(fetch("/oauth2/default/.well-known/openid-configuration", {}, 200).status, 0); // gave up
        QNetworkReply *open =
            nam.get(QNetworkRequest(QUrl(sandbox->issuer() + "/.well-known/openid-configuration")));
        QVERIFY(QTest::qWaitFor([&held] { return held.size() == 2; }, 5000));
        QTest::qWait(50);
        QVERIFY(!open->isFinished());
        QCOMPARE(fetch("/oauth2/default/v1/keys").status, 200); // only discovery is held
        sandbox->setFault(OktaSandbox::Fault::None);
        QCOMPARE(sandbox->releaseHeld(), 1);
        QVERIFY(QTest::qWaitFor([open] { return open->isFinished(); }, 5000));
        QCOMPARE(open->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(open->readAll()).object().value("issuer").toString(),
                 sandbox->issuer());
        QCOMPARE(held.first(), QStringLiteral("Get /oauth2/default/.well-known/openid-configuration"));
        delete open;
        QCOMPARE(sandbox->releaseHeld(), 0);
    }

    void destroyedWhileHanging()
    {
        sandbox->setFault(OktaSandbox::Fault::Hang);
        QCOMPARE(fetch("/oauth2/default/v1/keys", {}, 200).status, 0); // the client gave up and closed
        QTest::qWait(50);                                              // the server saw the disconnect
        QNetworkRequest request(QUrl(sandbox->jwksUri()));
        QNetworkReply *open = nam.get(request); // and one still open
        QVERIFY(QTest::qWaitFor([this] { return sandbox->jwksRequestCount() == 2; }, 5000));
        sandbox.reset();
        QVERIFY(QTest::qWaitFor([open] { return open->isFinished(); }, 5000));
        delete open;
        initTestCase(); // later tests get a fresh server
    }
};

QTEST_GUILESS_MAIN(tst_OktaSandbox)
#include "tst_OktaSandbox.moc"
