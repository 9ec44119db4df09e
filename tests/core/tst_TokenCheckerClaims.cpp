#include "TokenFactory.h"
#include "core/TokenChecker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTest>

// The claim layer and warnings of TokenChecker (the signature layer is in tst_TokenChecker).
class tst_TokenCheckerClaims : public QObject
{
    Q_OBJECT

    TokenFactory f;

    QStringList codes(const QJsonObject &claims, const TokenCheckOptions &o) const
    {
        return TokenChecker::check(f.token(claims), f.jwks(), o).failureCodes();
    }
    QStringList codes(const QJsonObject &claims) const { return codes(claims, f.options()); }
    QJsonObject with(const QString &name, const QJsonValue &value) const
    {
        QJsonObject c = f.claims();
        if (value.isUndefined())
            c.remove(name);
        else
            c[name] = value;
        return c;
    }

private slots:
    void issuer_data()
    {
        QTest::addColumn<QJsonValue>("iss");
        QTest::newRow("other") << QJsonValue("https://evil.example/oauth2/default");
        QTest::newRow("trailing slash") << QJsonValue(TokenFactory::kIssuer + '/');
        QTest::newRow("case") << QJsonValue(TokenFactory::kIssuer.toUpper());
        QTest::newRow("extra path") << QJsonValue(TokenFactory::kIssuer + "/other");
        QTest::newRow("org server") << QJsonValue("https://dev-1.okta.com");
        QTest::newRow("number") << QJsonValue(5);
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    }
    void issuer()
    {
        QFETCH(QJsonValue, iss);
        QCOMPARE(codes(with("iss", iss)), QStringList{"issuer_mismatch"});
    }

    // App Services has no issuer setting: the finding names both issuers and says App Services itself would
    // not refuse the token for this.
    void issuerMessageSaysAppServicesDoesNotCheckIt()
    {
        const TokenCheckResult r = TokenChecker::check(
            f.token(with("iss", "https://evil.example/oauth2/default")), f.jwks(), f.options());
        QCOMPARE(r.failures.size(), 1);
        const QString message = r.failures.first().message;
        QVERIFY2(message.contains("\"https://evil.example/oauth2/default\"") &&
                     message.contains(QLatin1Char('"') + TokenFactory::kIssuer + QLatin1Char('"')),
                 qPrintable(message));
        QVERIFY2(message.contains("would not refuse the token"), qPrintable(message));
        QVERIFY(!r.refusedByAppServices());
    }

    void audience_data()
    {
        QTest::addColumn<QJsonValue>("aud");
        QTest::addColumn<QStringList>("configured");
        QTest::addColumn<bool>("any");
        QTest::addColumn<bool>("ok");
        const QJsonValue app(TokenFactory::kAppId);
        QTest::newRow("app id string") << app << QStringList() << false << true;
        QTest::newRow("app id in array")
            << QJsonValue(QJsonArray{"x", TokenFactory::kAppId}) << QStringList() << false << true;
        QTest::newRow("app id case") << QJsonValue("MyApp-abcde") << QStringList() << false << false;
        QTest::newRow("api default, no config")
            << QJsonValue("api://default") << QStringList() << false << false;
        QTest::newRow("empty string") << QJsonValue("") << QStringList() << false << false;
        QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QStringList() << false << false;
        QTest::newRow("object") << QJsonValue(QJsonObject{{"a", 1}}) << QStringList() << false << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringList() << false << false;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringList() << false << false;
        QTest::newRow("configured match")
            << QJsonValue("api://default") << QStringList{"api://default"} << false << true;
        QTest::newRow("all, one present") << QJsonValue("a") << QStringList{"a", "b"} << false << false;
        QTest::newRow("all, both present")
            << QJsonValue(QJsonArray{"b", "a"}) << QStringList{"a", "b"} << false << true;
        QTest::newRow("any, one present") << QJsonValue("b") << QStringList{"a", "b"} << true << true;
        QTest::newRow("any, none present") << QJsonValue("c") << QStringList{"a", "b"} << true << false;
    }
    void audience()
    {
        QFETCH(QJsonValue, aud);
        QFETCH(QStringList, configured);
        QFETCH(bool, any);
        QFETCH(bool, ok);
        TokenCheckOptions o = f.options();
        o.audience = configured;
        o.requireAnyAudience = any;
        QCOMPARE(codes(with("aud", aud), o), ok ? QStringList() : QStringList{"audience_mismatch"});
    }

    void times_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<QString>("code"); // empty: accepted
        const qint64 now = TokenFactory::kNow;
        QTest::newRow("exp now") << "exp" << QJsonValue(now) << qint64(0) << "expired";
        QTest::newRow("exp now+1") << "exp" << QJsonValue(now + 1) << qint64(0) << "";
        QTest::newRow("exp -10, leeway 10") << "exp" << QJsonValue(now - 10) << qint64(10) << "expired";
        QTest::newRow("exp -8, leeway 10") << "exp" << QJsonValue(now - 8) << qint64(10) << "";
        QTest::newRow("exp -300") << "exp" << QJsonValue(now - 300) << qint64(0) << "expired";
        QTest::newRow("exp missing") << "exp" << QJsonValue(QJsonValue::Undefined) << qint64(0) << "expired";
        QTest::newRow("exp string") << "exp" << QJsonValue(QString::number(now + 100)) << qint64(0)
                                    << "expired";
        QTest::newRow("nbf now") << "nbf" << QJsonValue(now) << qint64(0) << "";
        QTest::newRow("nbf +1") << "nbf" << QJsonValue(now + 1) << qint64(0) << "not_yet_valid";
        QTest::newRow("nbf +11, leeway 10") << "nbf" << QJsonValue(now + 11) << qint64(10) << "not_yet_valid";
        QTest::newRow("nbf +10, leeway 10") << "nbf" << QJsonValue(now + 10) << qint64(10) << "";
        QTest::newRow("nbf -9") << "nbf" << QJsonValue(now - 9) << qint64(0) << "";
        QTest::newRow("nbf string") << "nbf" << QJsonValue("soon") << qint64(0) << "not_yet_valid";
        // iat has the same one-second edge as nbf. Mutation caught: a hidden grace (now + leeway + 99 < iat).
        QTest::newRow("iat now") << "iat" << QJsonValue(now) << qint64(0) << "";
        QTest::newRow("iat +1") << "iat" << QJsonValue(now + 1) << qint64(0) << "issued_in_future";
        QTest::newRow("iat +10, leeway 10") << "iat" << QJsonValue(now + 10) << qint64(10) << "";
        QTest::newRow("iat +11, leeway 10")
            << "iat" << QJsonValue(now + 11) << qint64(10) << "issued_in_future";
        QTest::newRow("iat +300") << "iat" << QJsonValue(now + 300) << qint64(0) << "issued_in_future";
        QTest::newRow("iat +300, leeway 300") << "iat" << QJsonValue(now + 300) << qint64(300) << "";
        QTest::newRow("iat missing") << "iat" << QJsonValue(QJsonValue::Undefined) << qint64(0) << "";
        // Beyond qint64: found by the sanitizer build (the messages converted them, undefined behaviour).
        QTest::newRow("exp -1e300") << "exp" << QJsonValue(-1e300) << qint64(0) << "expired";
        QTest::newRow("exp 1e300") << "exp" << QJsonValue(1e300) << qint64(0) << "";
        QTest::newRow("nbf 1e300") << "nbf" << QJsonValue(1e300) << qint64(0) << "not_yet_valid";
        QTest::newRow("iat 1e300") << "iat" << QJsonValue(1e300) << qint64(0) << "issued_in_future";
    }
    void times()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(qint64, leeway);
        QFETCH(QString, code);
        TokenCheckOptions o = f.options();
        o.leeway = leeway;
        QCOMPARE(codes(with(claim, value), o), code.isEmpty() ? QStringList() : QStringList{code});
    }

    void hugeTimesInMessages()
    {
        QJsonObject c = with(QStringLiteral("exp"), -1e300);
        c[QStringLiteral("nbf")] = 1e300;
        const TokenCheckResult r = TokenChecker::check(f.token(c), f.jwks(), f.options());
        QCOMPARE(r.failureCodes(), (QStringList{"expired", "not_yet_valid"}));
        QVERIFY2(r.failures.at(0).message.contains("-9000000000000000000"),
                 qPrintable(r.failures.at(0).message));
        QVERIFY2(r.failures.at(1).message.contains(" 9000000000000000000"),
                 qPrintable(r.failures.at(1).message));
    }

    void sub_data()
    {
        QTest::addColumn<QJsonValue>("sub");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty") << QJsonValue("");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QJsonValue(42);
    }
    void sub()
    {
        QFETCH(QJsonValue, sub);
        QCOMPARE(codes(with("sub", sub)), QStringList{"sub_missing"});
    }

    void metadataAndUserData()
    {
        QJsonObject c = f.claims();
        c["profile"] = QJsonObject{{"dept", "R&D"}, {"a.b", 1}};
        c["groups"] = QJsonArray{"Everyone", "Admins"};
        TokenCheckOptions o = f.options();
        o.metadataFields = {{"sub", "userId", true},
                            {"profile.dept", {}, true},
                            {"profile.a\\.b", "ab", false},
                            {"groups", {}, false},
                            {"email", {}, false}};
        const TokenCheckResult r = TokenChecker::check(f.token(c), f.jwks(), o);
        QVERIFY(r.isValid());
        QCOMPARE(r.userData, (QJsonObject{{"userId", "user@example.com"},
                                          {"dept", "R&D"},
                                          {"ab", 1},
                                          {"groups", QJsonArray{"Everyone", "Admins"}}}));
        o.metadataFields = {{"email", {}, true}, {"profile.dept.x", {}, true}};
        QCOMPARE(codes(c, o), QStringList({"required_claim_missing", "required_claim_missing"}));
        c["email"] = QJsonValue::Null;
        o.metadataFields = {{"email", {}, true}};
        QCOMPARE(codes(c, o), QStringList{"required_claim_missing"});
    }

    void claimTooLong()
    {
        TokenCheckOptions o = f.options();
        o.metadataFields = {{"long", {}, false}};
        QCOMPARE(codes(with("long", QString(4096, 'x')), o), QStringList());
        QCOMPARE(codes(with("long", QString(4097, 'x')), o), QStringList{"claim_too_long"});
    }

    void warnings()
    {
        auto warn = [&](const QJsonObject &c, const TokenCheckOptions &o, const JwkSet &set) {
            return TokenChecker::check(f.token(c), set, o).warningCodes();
        };
        const TokenCheckOptions o = f.options();
        QCOMPARE(warn(with("nonce", "n-0S6"), o, f.jwks()), QStringList{"id_token_suspected"});
        QJsonObject idToken = with("aud", f.claims().value("cid"));
        QCOMPARE(warn(idToken, o, f.jwks()), QStringList{"id_token_suspected"});

        TokenCheckOptions org = o;
        org.expectedIssuer = "https://dev-1.okta.com";
        QCOMPARE(warn(with("iss", org.expectedIssuer), org, f.jwks()), QStringList{"org_server"});
        TokenCheckOptions orgKeys = o;
        orgKeys.jwksUri = "https://dev-1.okta.com/oauth2/v1/keys";
        QCOMPARE(warn(f.claims(), orgKeys, f.jwks()), QStringList{"org_server"});

        QList<QJsonObject> four;
        for (int i = 0; i < 4; ++i)
            four << f.key.publicJwk(i == 0 ? TokenFactory::kKid : QStringLiteral("k%1").arg(i));
        QCOMPARE(warn(f.claims(), o, TokenFactory::jwksOf(four)), QStringList{"jwks_too_many_keys"});

        const QJsonObject ec{{"kty", "EC"},
                             {"crv", "P-256"},
                             {"use", "enc"},
                             {"kid", "1"},
                             {"x", "MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4"},
                             {"y", "4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"}};
        const TokenCheckResult r = TokenChecker::check(
            f.token(f.claims()), TokenFactory::jwksOf({f.key.publicJwk(TokenFactory::kKid), ec}), o);
        QCOMPARE(r.warningCodes(), QStringList{"jwks_non_rs256_key"});
        QVERIFY(r.isValid()); // warnings never fail the token
    }
};

QTEST_GUILESS_MAIN(tst_TokenCheckerClaims)
#include "tst_TokenCheckerClaims.moc"
