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
        QVERIFY2(key.error().isEmpty(), qPrintable(key.error()));
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
        QTest::newRow("alg absent") << "alg" << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("use absent") << "use" << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("alg RS384") << "alg" << QJsonValue("RS384") << false;
        QTest::newRow("use enc") << "use" << QJsonValue("enc") << false;
        QTest::newRow("kty oct") << "kty" << QJsonValue("oct") << false;
        QTest::newRow("kty missing") << "kty" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("n padded") << "n" << QJsonValue(f.key.publicJwk("k").value("n").toString() + "=")
                                  << false;
        QTest::newRow("n number") << "n" << QJsonValue(5) << false;
        QTest::newRow("e missing") << "e" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("e even") << "e" << QJsonValue("Ag") << false;
        QTest::newRow("n short") << "n" << QJsonValue("AQAB") << false;
    }
    void usability()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(bool, usable);
        QJsonObject o = f.key.publicJwk("k1");
        if (value.isUndefined())
            o.remove(member);
        else
            o[member] = value;
        const Jwk key = Jwk::fromJson(o);
        QCOMPARE(key.isUsableForRs256(), usable);
        if (member != "alg" && member != "use")
            QCOMPARE(key.error().isEmpty(), usable);
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
