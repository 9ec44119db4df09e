#include "TokenFactory.h"
#include "core/Base64Url.h"
#include "core/RsaKeyPair.h"
#include "core/RsaPublicKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The signature layer against the published RFC vectors (values in tests/data/jose/).
class tst_RsaPublicKey : public QObject
{
    Q_OBJECT

    struct Vector
    {
        RsaPublicKey key;
        QByteArray input, signature;
    };
    static Vector load(const char *file)
    {
        const QJsonObject v = QJsonDocument::fromJson(TokenFactory::readData(QLatin1String(file))).object();
        const QJsonObject jwk = v.value("jwk_public").toObject();
        QByteArray n, e;
        Base64Url::decode(jwk.value("n").toString().toLatin1(), &n);
        Base64Url::decode(jwk.value("e").toString().toLatin1(), &e);
        Vector out{RsaPublicKey::fromModulusExponent(n, e).valueOr(RsaPublicKey()), {}, {}};
        const QByteArray compact = v.value("compact").toString().toLatin1();
        out.input = compact.left(compact.lastIndexOf('.'));
        Base64Url::decode(compact.mid(compact.lastIndexOf('.') + 1), &out.signature);
        return out;
    }

private slots:
    void rfcVectorsVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("RFC 7515 A.2") << "jose/rfc7515-a2.json";
        QTest::newRow("RFC 7520 4.1") << "jose/rfc7520-4-1.json";
    }
    void rfcVectorsVerify()
    {
        QFETCH(QString, file);
        const Vector v = load(file.toLatin1().constData());
        QVERIFY(!v.key.isNull());
        QCOMPARE(v.key.bits(), 2048);
        QVERIFY(v.key.verify(v.input, v.signature));
        QVERIFY(!v.key.verify(v.input, v.signature, RsaPublicKey::Digest::Sha384));
        QByteArray flipped = v.signature;
        flipped[10] = char(flipped.at(10) ^ 0x01);
        QVERIFY(!v.key.verify(v.input, flipped));
        QVERIFY(!v.key.verify(v.input + "x", v.signature));
        QVERIFY(!v.key.verify(v.input, {}));
    }

    void wrongKey()
    {
        const Vector a2 = load("jose/rfc7515-a2.json");
        const Vector cookbook = load("jose/rfc7520-4-1.json");
        QVERIFY(!cookbook.key.verify(a2.input, a2.signature));
    }

    void rejectsBadKeys()
    {
        const auto empty = RsaPublicKey::fromModulusExponent({}, "\x01\x00\x01");
        QVERIFY(!empty);
        QCOMPARE(empty.problem().code, QStringLiteral("rsa_key_invalid"));
        const auto small = RsaPublicKey::fromModulusExponent(QByteArray(64, '\xff'), "\x01\x00\x01");
        QVERIFY(!small);
        QVERIFY2(small.problem().message.contains("512"), qPrintable(small.problem().message)); // refused
        const RsaKeyPair pair = RsaKeyPair::generate().value();
        const auto evenExponent = RsaPublicKey::fromModulusExponent(pair.modulus(), "\x02");
        QVERIFY(!evenExponent);
        QVERIFY(!evenExponent.problem().message.isEmpty());
        QVERIFY(!RsaPublicKey().verify("x", "y"));
    }

    void pem()
    {
        const RsaKeyPair pair = RsaKeyPair::generate().value();
        QVERIFY(pair.publicKey().toPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(RsaPublicKey().toPem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RsaPublicKey)
#include "tst_RsaPublicKey.moc"
