#include "core/Base64Url.h"

#include <QTest>

class tst_Base64Url : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("1 byte") << QByteArray("\xfb") << QByteArray("-w");
        QTest::newRow("2 bytes") << QByteArray("\xfb\xff") << QByteArray("-_8");
        QTest::newRow("3 bytes") << QByteArray("abc") << QByteArray("YWJj");
        QTest::newRow("rfc7515 header")
            << QByteArray("{\"alg\":\"RS256\"}") << QByteArray("eyJhbGciOiJSUzI1NiJ9");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Base64Url::encode(raw), encoded);
        QByteArray out("sentinel");
        QVERIFY(Base64Url::decode(encoded, &out));
        QCOMPARE(out, raw);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("padding") << QByteArray("-w==");
        QTest::newRow("one pad") << QByteArray("-_8=");
        QTest::newRow("plus") << QByteArray("+w");
        QTest::newRow("slash") << QByteArray("/w");
        QTest::newRow("space") << QByteArray("YW Jj");
        QTest::newRow("newline") << QByteArray("YWJj\n");
        QTest::newRow("tab") << QByteArray("\tYWJj");
        QTest::newRow("nul") << QByteArray("YW\0Jj", 5);
        QTest::newRow("length 1 mod 4") << QByteArray("YWJjZ");
        QTest::newRow("non-canonical bits") << QByteArray("-x");
        QTest::newRow("dot") << QByteArray("YW.j");
        QTest::newRow("non-ascii") << QByteArray("YW\xc3\xa9j");
    }
    void rejects()
    {
        QFETCH(QByteArray, input);
        QByteArray out("unchanged");
        QVERIFY(!Base64Url::decode(input, &out));
        QCOMPARE(out, QByteArray("unchanged"));
    }
};

QTEST_GUILESS_MAIN(tst_Base64Url)
#include "tst_Base64Url.moc"
