#include "TokenCheckResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

class tst_TokenCheckResult : public QObject
{
    Q_OBJECT

private slots:
    void jsonShapeOfDesign5()
    {
        TokenCheckResult r;
        r.failures << Finding::error("expired", "exp", "The token expired.", "Get a new one.");
        r.warnings << Finding::warning("org_server", "iss", "Org server.");
        r.header = {{"alg", "RS256"}};
        r.claims = {{"sub", "u"}};
        r.userData = {{"sub", "u"}};
        const QJsonObject o = r.toJson();
        QCOMPARE(o.keys(), QStringList({"claims", "failures", "header", "jwks_refetched", "kid", "user_data",
                                        "valid", "warnings"}));
        QCOMPARE(o.value("jwks_refetched").toBool(true), false);
        QCOMPARE(o.value("valid").toBool(true), false);
        const QJsonArray failures{QJsonObject{{"code", "expired"}, {"message", "The token expired."}}};
        const QJsonArray warnings{QJsonObject{{"code", "org_server"}, {"message", "Org server."}}};
        QCOMPARE(o.value("failures").toArray(), failures);
        QCOMPARE(o.value("warnings").toArray(), warnings);
        QVERIFY(o.value("kid").isNull());
        QCOMPARE(o.value("user_data").toObject(), r.userData);
        QVERIFY(r.hasFailure("expired"));
        QVERIFY(!r.hasFailure("org_server"));
        QVERIFY(r.hasWarning("org_server"));
    }

    void validWithKid()
    {
        TokenCheckResult r;
        r.kid = "k1";
        r.warnings << Finding::warning("jwks_too_many_keys", "jwkURI", "4 keys");
        QVERIFY(r.isValid()); // warnings do not fail a token
        QCOMPARE(r.toJson().value("valid").toBool(), true);
        QCOMPARE(r.toJson().value("kid").toString(), QStringLiteral("k1"));
        QCOMPARE(r.warningCodes(), QStringList{"jwks_too_many_keys"});
        QVERIFY(r.failureCodes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TokenCheckResult)
#include "tst_TokenCheckResult.moc"
