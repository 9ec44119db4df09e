#include "core/Jwt.h"
#include "core/JwtSigner.h"

#include <QTest>

class tst_JwtSigner : public QObject
{
    Q_OBJECT

    const RsaKeyPair key = RsaKeyPair::generate().value();

private slots:
    void signsWithHeaderAlg_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("digest");
        QTest::newRow("RS256") << "RS256" << int(RsaPublicKey::Digest::Sha256);
        QTest::newRow("RS384") << "RS384" << int(RsaPublicKey::Digest::Sha384);
        QTest::newRow("RS512") << "RS512" << int(RsaPublicKey::Digest::Sha512);
        QTest::newRow("unknown") << "XX1" << int(RsaPublicKey::Digest::Sha256);
    }
    void signsWithHeaderAlg()
    {
        QFETCH(QString, alg);
        QFETCH(int, digest);
        const QByteArray token = JwtSigner::sign({{"alg", alg}, {"kid", "k"}}, {{"sub", "u"}}, key);
        const auto parsed = Jwt::parse(token);
        QVERIFY2(parsed, qPrintable(parsed.problem().message));
        const Jwt &jwt = *parsed;
        QCOMPARE(jwt.alg(), alg);
        QCOMPARE(jwt.claims().value("sub").toString(), QStringLiteral("u"));
        QVERIFY(key.publicKey().verify(jwt.signingInput(), jwt.signature(), RsaPublicKey::Digest(digest)));
    }

    void rawKeepsBytes()
    {
        const QByteArray header = "{\"alg\":\"RS256\", \"kid\":\"k\"}";
        const QByteArray token = JwtSigner::signRaw(header, "{}", key);
        QCOMPARE(token.left(token.indexOf('.')), QByteArray("eyJhbGciOiJSUzI1NiIsICJraWQiOiJrIn0"));
        QCOMPARE(JwtSigner::signingInput("{}", "{}"), QByteArray("e30.e30"));
    }
};

QTEST_GUILESS_MAIN(tst_JwtSigner)
#include "tst_JwtSigner.moc"
