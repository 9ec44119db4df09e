#include "CliRunner.h"
#include "sandbox/OktaSandbox.h"

#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class tst_VerifyTokenCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_okta.resetBehaviour(); }
    void validTokenShowsUserData();
    void jsonShape();
    void failures_data();
    void failures();
    void issuerAloneIsNotAnAppServicesRefusal();
    void issuerWithOtherFailures();
    void tokenFromFile();
    void issuedAtBoundary_data();
    void issuedAtBoundary();
    void rotatedKeyFoundWithoutRefetch();
    void staleJwksAfterRotationIsRefetched();
    void networkErrorIsExit3();
    void usage();
    void clientAppIdIsValidated();

private:
    QStringList base() const
    {
        return {"verify-token", "--okta-domain", m_okta.domain(), "--audience", "api://default"};
    }
    OktaSandbox m_okta;
};

void tst_VerifyTokenCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_okta.start(0, &error), qPrintable(error));
}

void tst_VerifyTokenCommand::validTokenShowsUserData()
{
    const QByteArray token = m_okta.mintToken(
        {{QStringLiteral("sub"), QStringLiteral("00u1")},
         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("dept"), QStringLiteral("ops")}}}});
    const CliRun r =
        runCli(base() + QStringList{"--require-claim", "sub=oktaId", "--claim", "profile.dept"}, token);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.outText().startsWith(QStringLiteral("valid: ")));
    QVERIFY(r.outText().contains(QStringLiteral("user data: {\"dept\":\"ops\",\"oktaId\":\"00u1\"}")));
    QVERIFY(!r.out.contains(token)); // the token itself is not echoed
}

void tst_VerifyTokenCommand::jsonShape()
{
    const CliRun r = runCli(base() + QStringList{"--claim", "sub", "--json"}, m_okta.mintToken());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("valid")].toBool(), true);
    QVERIFY(doc[QStringLiteral("failures")].toArray().isEmpty());
    QVERIFY(doc[QStringLiteral("warnings")].isArray());
    QCOMPARE(doc[QStringLiteral("header")].toObject()[QStringLiteral("alg")].toString(),
             QStringLiteral("RS256"));
    QCOMPARE(doc[QStringLiteral("claims")].toObject()[QStringLiteral("iss")].toString(), m_okta.issuer());
    QVERIFY(!doc[QStringLiteral("kid")].toString().isEmpty());
    QVERIFY(doc[QStringLiteral("user_data")].toObject().contains(QStringLiteral("sub")));
}

void tst_VerifyTokenCommand::failures_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("code");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTest::newRow("expired") << QJsonObject{{"exp", now - 10}} << QStringList() << "expired";
    QTest::newRow("wrong audience") << QJsonObject{{"aud", "api://other"}} << QStringList()
                                    << "audience_mismatch";
    QTest::newRow("client app id") << QJsonObject() << QStringList{"--audience", "myapp-abcde"}
                                   << "audience_mismatch";
    QTest::newRow("wrong issuer") << QJsonObject{{"iss", "https://evil.example.com/oauth2/default"}}
                                  << QStringList() << "issuer_mismatch";
    QTest::newRow("missing required claim")
        << QJsonObject() << QStringList{"--require-claim", "email"} << "required_claim_missing";
    QTest::newRow("not yet valid") << QJsonObject{{"nbf", now + 600}} << QStringList() << "not_yet_valid";
}

void tst_VerifyTokenCommand::failures()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QStringList, extra);
    QFETCH(QString, code);
    QStringList args = base();
    if (extra.size() >= 2 && extra.at(0) == QLatin1String("--audience"))
        args = QStringList{"verify-token", "--okta-domain", m_okta.domain()};
    const CliRun r = runCli(args + extra, m_okta.mintToken(claims));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("okta-jwt: ") + code + QStringLiteral(": ")),
             r.err.constData());
    QVERIFY(r.outText().startsWith(QStringLiteral("invalid: ")));
}

// App Services has no issuer setting: the local check reports the wrong issuer, but never as App Services'
// reason to refuse the token.
void tst_VerifyTokenCommand::issuerAloneIsNotAnAppServicesRefusal()
{
    const QByteArray token = m_okta.mintToken({{"iss", "https://evil.example.com/oauth2/default"}});
    const CliRun text = runCli(base(), token);
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(text.outText().section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("invalid: App Services would accept this token, but its issuer is not the one "
                            "discovered (issuer_mismatch, a setup mistake)"));
    QVERIFY2(text.errText().contains(QStringLiteral("would not refuse the token")), text.err.constData());
    QVERIFY(!text.outText().contains(QStringLiteral("would refuse")));

    const CliRun json = runCli(base() << "--json", token);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value(QStringLiteral("valid")), QJsonValue(false));
    QCOMPARE(doc.value(QStringLiteral("refused_by_app_services")), QJsonValue(false));
    const QJsonArray failures = doc.value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0)[QStringLiteral("code")].toString(), QStringLiteral("issuer_mismatch"));
    QCOMPARE(failures.at(0)[QStringLiteral("refused_by_app_services")], QJsonValue(false));
}

void tst_VerifyTokenCommand::issuerWithOtherFailures()
{
    const QByteArray token =
        m_okta.mintToken({{"iss", "https://evil.example.com/oauth2/default"}, {"aud", "api://other"}});
    const CliRun text = runCli(base(), token);
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(
        text.outText().section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("invalid: App Services would refuse this token (audience_mismatch); its issuer is "
                       "not the one discovered either (issuer_mismatch, which App Services does not check)"));

    const CliRun json = runCli(base() << "--json", token);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value(QStringLiteral("refused_by_app_services")), QJsonValue(true));
    const QJsonArray failures = doc.value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(0)[QStringLiteral("code")].toString(), QStringLiteral("issuer_mismatch"));
    QCOMPARE(failures.at(0)[QStringLiteral("refused_by_app_services")], QJsonValue(false));
    QCOMPARE(failures.at(1)[QStringLiteral("code")].toString(), QStringLiteral("audience_mismatch"));
    QCOMPARE(failures.at(1)[QStringLiteral("refused_by_app_services")], QJsonValue(true));
}

void tst_VerifyTokenCommand::tokenFromFile()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("token")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_okta.mintToken() + "\n");
    f.close();
    QCOMPARE(runCli(base() + QStringList{"--token-file", f.fileName()}).exitCode, 0);
    const CliRun empty = runCli(base(), QByteArray());
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(empty.errText().contains(QStringLiteral("okta-jwt: malformed: ")));
    const CliRun missing = runCli(base() + QStringList{"--token-file", "/nonexistent/token"});
    QCOMPARE(missing.exitCode, 2);
}

// iat's one-second edge through the CLI, with and without --leeway. Mutation caught: a hidden grace in
// TokenChecker (now + leeway + 99 < iat).
void tst_VerifyTokenCommand::issuedAtBoundary_data()
{
    QTest::addColumn<qint64>("ahead"); // iat - --now, in seconds
    QTest::addColumn<QString>("leeway");
    QTest::addColumn<bool>("valid");
    QTest::newRow("iat now") << qint64(0) << QString() << true;
    QTest::newRow("iat +1") << qint64(1) << QString() << false;
    QTest::newRow("iat +10, leeway 10") << qint64(10) << QStringLiteral("10") << true;
    QTest::newRow("iat +11, leeway 10") << qint64(11) << QStringLiteral("10") << false;
}

void tst_VerifyTokenCommand::issuedAtBoundary()
{
    QFETCH(qint64, ahead);
    QFETCH(QString, leeway);
    QFETCH(bool, valid);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList args = base() + QStringList{"--now", QString::number(now)};
    if (!leeway.isEmpty())
        args << QStringLiteral("--leeway") << leeway;
    const CliRun r = runCli(args, m_okta.mintToken({{"iat", now + ahead}, {"exp", now + 3600}}));
    QVERIFY2(r.exitCode == (valid ? 0 : 1), r.err.constData());
    QCOMPARE(r.errText().contains(QStringLiteral("okta-jwt: issued_in_future: ")), !valid);
}

// A fresh CLI run has no cached key set, so a token signed with the key just rotated in is found in the one
// JWKS it fetches: no refetch happens. Mutation caught: a refetch on every check (two JWKS requests).
void tst_VerifyTokenCommand::rotatedKeyFoundWithoutRefetch()
{
    m_okta.rotateKeys();
    const CliRun r = runCli(base() + QStringList{"--json"}, m_okta.mintToken());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kid")).toString(),
             m_okta.keys().activeKid());
    QCOMPARE(m_okta.jwksRequestCount(), 1);
}

// Right after a rotation a cache in front of Okta can still serve the old key set: the first answer lacks the
// token's kid, so verify-token fetches the set once more (two JWKS requests) and says so.
void tst_VerifyTokenCommand::staleJwksAfterRotationIsRefetched()
{
    const QJsonObject before = m_okta.keys().jwks();
    m_okta.rotateKeys();
    m_okta.rotateKeys(); // ACTIVE is now a key the old set never listed
    const QByteArray token = m_okta.mintToken();
    const QString kid = m_okta.keys().activeKid();

    m_okta.serveStaleJwks(before);
    const CliRun json = runCli(base() + QStringList{"--json"}, token);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(m_okta.jwksRequestCount(), 2);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc[QStringLiteral("jwks_refetched")].toBool(), true);
    QCOMPARE(doc[QStringLiteral("kid")].toString(), kid);

    m_okta.resetBehaviour();
    m_okta.serveStaleJwks(before);
    const CliRun text = runCli(base(), token);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QCOMPARE(m_okta.jwksRequestCount(), 2);
    QVERIFY2(text.outText().contains(
                 QStringLiteral("jwks: fetched a second time: the first key set had no kid \"") + kid +
                 QLatin1Char('"')),
             text.out.constData());

    // Without a stale cache there is one request and no note.
    m_okta.resetBehaviour();
    const CliRun plain = runCli(base() + QStringList{"--json"}, token);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(m_okta.jwksRequestCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(plain.out).object()[QStringLiteral("jwks_refetched")].toBool(), false);
}

void tst_VerifyTokenCommand::networkErrorIsExit3()
{
    m_okta.setFault(OktaSandbox::Fault::ServerError, OktaSandbox::Keys);
    const CliRun r = runCli(base(), m_okta.mintToken());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: okta_server_error: ")), r.err.constData());
}

void tst_VerifyTokenCommand::usage()
{
    const CliRun noAud = runCli({"verify-token", "--okta-domain", m_okta.domain()}, m_okta.mintToken());
    QCOMPARE(noAud.exitCode, 2);
    const CliRun badNow = runCli(base() + QStringList{"--now", "yesterday"}, m_okta.mintToken());
    QCOMPARE(badNow.exitCode, 2);
    const CliRun admin =
        runCli({"verify-token", "--okta-domain", "a-admin.okta.com", "--audience", "x"}, "x.y.z");
    QCOMPARE(admin.exitCode, 1);
    QVERIFY(admin.errText().startsWith(QStringLiteral("okta-jwt: domain_admin: ")));
}

void tst_VerifyTokenCommand::clientAppIdIsValidated()
{
    const QStringList args{"verify-token", "--okta-domain", m_okta.domain()};
    const CliRun bad = runCli(args + QStringList{"--client-app-id", "my app!"}, m_okta.mintToken());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.errText().contains(QStringLiteral("client_app_id_invalid")), bad.err.constData());
    const CliRun odd = runCli(args + QStringList{"--client-app-id", "myapp"}, m_okta.mintToken());
    QVERIFY2(odd.errText().contains(QStringLiteral("client_app_id_unusual")), odd.err.constData());
}

QTEST_GUILESS_MAIN(tst_VerifyTokenCommand)
#include "tst_VerifyTokenCommand.moc"
