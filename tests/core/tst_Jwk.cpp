#include "TokenFactory.h"
#include "core/Jwk.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

class tst_Jwk : public QObject
{
    Q_OBJECT

    TokenFactory f;

private slots:
    void usableRsaKey()
    {
        const Jwk key = Jwk::fromJson(f.key.publicJwk("k1"));
        QVERIFY2(key.problem().isNull(), qPrintable(key.problem().message));
        QVERIFY(key.isRsa());
        QVERIFY(key.isUsableForRs256());
        QCOMPARE(key.kid(), QStringLiteral("k1"));
        QVERIFY(key.hasKid());
        QVERIFY(key.publicKey().verify("x", f.key.sign("x")));
    }

    void usability_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("code"); // of the Problem: alg and use make a key unusable, not broken
        QTest::newRow("alg absent") << "alg" << QJsonValue(QJsonValue::Undefined) << true << "";
        QTest::newRow("use absent") << "use" << QJsonValue(QJsonValue::Undefined) << true << "";
        QTest::newRow("alg RS384") << "alg" << QJsonValue("RS384") << false << "";
        QTest::newRow("use enc") << "use" << QJsonValue("enc") << false << "";
        QTest::newRow("kty oct") << "kty" << QJsonValue("oct") << false << "jwk_not_rsa";
        QTest::newRow("kty missing") << "kty" << QJsonValue(QJsonValue::Undefined) << false
                                     << "jwk_kty_missing";
        QTest::newRow("n padded") << "n" << QJsonValue(f.key.publicJwk("k").value("n").toString() + "=")
                                  << false << "jwk_rsa_members";
        QTest::newRow("n number") << "n" << QJsonValue(5) << false << "jwk_rsa_members";
        QTest::newRow("e missing") << "e" << QJsonValue(QJsonValue::Undefined) << false << "jwk_rsa_members";
        QTest::newRow("e even") << "e" << QJsonValue("Ag") << false << "rsa_key_invalid";
        QTest::newRow("n short") << "n" << QJsonValue("AQAB") << false << "rsa_key_invalid";
    }
    void usability()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(bool, usable);
        QFETCH(QString, code);
        QJsonObject o = f.key.publicJwk("k1");
        if (value.isUndefined())
            o.remove(member);
        else
            o[member] = value;
        const Jwk key = Jwk::fromJson(o);
        QCOMPARE(key.isUsableForRs256(), usable);
        QCOMPARE(key.problem().code, code);
        if (member != "alg" && member != "use")
            QCOMPARE(key.problem().isNull(), usable);
    }

    void noKid()
    {
        QJsonObject o = f.key.publicJwk("k1");
        o.remove("kid");
        const Jwk key = Jwk::fromJson(o);
        QVERIFY(!key.hasKid());
        QVERIFY(key.isUsableForRs256());
        o["kid"] = 3;
        QVERIFY(!Jwk::fromJson(o).hasKid());
    }
};

QTEST_GUILESS_MAIN(tst_Jwk)
#include "tst_Jwk.moc"
