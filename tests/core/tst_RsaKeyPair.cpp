#include "core/Base64Url.h"
#include "core/RsaKeyPair.h"

#include <QJsonObject>
#include <QTest>

class tst_RsaKeyPair : public QObject
{
    Q_OBJECT

private slots:
    void generateSignVerify()
    {
        const RsaKeyPair pair = RsaKeyPair::generate().value();
        QVERIFY(!pair.isNull());
        const QByteArray sig = pair.sign("hello");
        QCOMPARE(sig.size(), 256);
        QVERIFY(pair.publicKey().verify("hello", sig));
        QVERIFY(!pair.publicKey().verify("hellO", sig));
        const QByteArray sig384 = pair.sign("hello", RsaPublicKey::Digest::Sha384);
        QVERIFY(pair.publicKey().verify("hello", sig384, RsaPublicKey::Digest::Sha384));
        QVERIFY(!pair.publicKey().verify("hello", sig384));
        QVERIFY(pair.sign("hello") == sig); // PKCS#1 v1.5 is deterministic
    }

    void publicJwkRebuildsTheKey()
    {
        const RsaKeyPair pair = RsaKeyPair::generate().value();
        const QJsonObject jwk = pair.publicJwk("k1");
        QCOMPARE(jwk.value("kty").toString(), QStringLiteral("RSA"));
        QCOMPARE(jwk.value("alg").toString(), QStringLiteral("RS256"));
        QCOMPARE(jwk.value("use").toString(), QStringLiteral("sig"));
        QCOMPARE(jwk.value("e").toString(), QStringLiteral("AQAB"));
        QVERIFY(!jwk.contains("d")); // never the private part
        QByteArray n, e;
        QVERIFY(Base64Url::decode(jwk.value("n").toString().toLatin1(), &n));
        QVERIFY(Base64Url::decode(jwk.value("e").toString().toLatin1(), &e));
        const auto rebuilt = RsaPublicKey::fromModulusExponent(n, e);
        QVERIFY2(rebuilt, qPrintable(rebuilt.problem().message));
        QVERIFY(rebuilt->verify("data", pair.sign("data")));
        QVERIFY(!pair.publicJwk("k", QString()).contains("alg"));
    }

    void distinctKeysAndNull()
    {
        QVERIFY(RsaKeyPair::generate()->modulus() != RsaKeyPair::generate()->modulus());
        const RsaKeyPair none;
        QVERIFY(none.isNull());
        QVERIFY(none.sign("x").isEmpty());
        QVERIFY(none.modulus().isEmpty());
        QVERIFY(none.publicKey().isNull());
        const auto tooSmall = RsaKeyPair::generate(1);
        QVERIFY(!tooSmall);
        QCOMPARE(tooSmall.problem().code, QStringLiteral("rsa_keygen_failed"));
        QVERIFY(!tooSmall.problem().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RsaKeyPair)
#include "tst_RsaKeyPair.moc"
