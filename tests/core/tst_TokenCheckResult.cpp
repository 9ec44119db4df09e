#include "core/TokenCheckResult.h"

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
        QCOMPARE(o.keys(), QStringList({"claims", "failures", "header", "jwks_refetched", "kid",
                                        "refused_by_app_services", "user_data", "valid", "warnings"}));
        QCOMPARE(o.value("jwks_refetched").toBool(true), false);
        QCOMPARE(o.value("valid").toBool(true), false);
        QCOMPARE(o.value("refused_by_app_services"), QJsonValue(true));
        const QJsonArray failures{QJsonObject{
            {"code", "expired"}, {"message", "The token expired."}, {"refused_by_app_services", true}}};
        const QJsonArray warnings{QJsonObject{{"code", "org_server"}, {"message", "Org server."}}};
        QCOMPARE(o.value("failures").toArray(), failures);
        QCOMPARE(o.value("warnings").toArray(), warnings);
        QVERIFY(o.value("kid").isNull());
        QCOMPARE(o.value("user_data").toObject(), r.userData);
        QVERIFY(r.hasFailure("expired"));
        QVERIFY(!r.hasFailure("org_server"));
        QVERIFY(r.hasWarning("org_server"));
    }

    // App Services has no issuer setting: a wrong issuer fails the local check but is no reason App Services
    // refuses the token; every other failure is.
    void issuerMismatchIsNotAnAppServicesRefusal()
    {
        TokenCheckResult r;
        r.failures << Finding::error("issuer_mismatch", "iss", "Other issuer.");
        QVERIFY(!r.isValid());
        QVERIFY(!r.refusedByAppServices());
        QVERIFY(r.refusingCodes().isEmpty());
        QJsonObject o = r.toJson();
        QCOMPARE(o.value("refused_by_app_services"), QJsonValue(false));
        QCOMPARE(o.value("failures").toArray().at(0)["refused_by_app_services"], QJsonValue(false));

        r.failures << Finding::error("audience_mismatch", "aud", "Other audience.")
                   << Finding::error("expired", "exp", "Expired.");
        QVERIFY(r.refusedByAppServices());
        QCOMPARE(r.refusingCodes(), QStringList({"audience_mismatch", "expired"}));
        o = r.toJson();
        QCOMPARE(o.value("refused_by_app_services"), QJsonValue(true));
        const QJsonArray failures = o.value("failures").toArray();
        QCOMPARE(failures.at(0)["refused_by_app_services"], QJsonValue(false));
        QCOMPARE(failures.at(1)["refused_by_app_services"], QJsonValue(true));
        QCOMPARE(failures.at(2)["refused_by_app_services"], QJsonValue(true));
    }

    void validWithKid()
    {
        TokenCheckResult r;
        r.kid = "k1";
        r.warnings << Finding::warning("jwks_too_many_keys", "jwkURI", "4 keys");
        QVERIFY(r.isValid()); // warnings do not fail a token
        QCOMPARE(r.toJson().value("valid").toBool(), true);
        QCOMPARE(r.toJson().value("refused_by_app_services"), QJsonValue(false));
        QCOMPARE(r.toJson().value("kid").toString(), QStringLiteral("k1"));
        QCOMPARE(r.warningCodes(), QStringList{"jwks_too_many_keys"});
        QVERIFY(r.failureCodes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TokenCheckResult)
#include "tst_TokenCheckResult.moc"
