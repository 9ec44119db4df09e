#include "TokenFactory.h"
#include "core/JwksCache.h"

#include <QTest>

class tst_JwksCache : public QObject
{
    Q_OBJECT

private slots:
    void maxAge_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("absent") << QByteArray() << qint64(300);
        QTest::newRow("okta") << QByteArray("max-age=2582447, must-revalidate") << qint64(2582447);
        QTest::newRow("spaces, case") << QByteArray("public,  Max-Age=60") << qint64(60);
        QTest::newRow("zero") << QByteArray("max-age=0") << qint64(0);
        QTest::newRow("no-store") << QByteArray("max-age=60, no-store") << qint64(0);
        QTest::newRow("no-cache") << QByteArray("no-cache") << qint64(0);
        QTest::newRow("garbage") << QByteArray("max-age=soon") << qint64(300);
        QTest::newRow("negative") << QByteArray("max-age=-5") << qint64(300);
    }
    void maxAge()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, seconds);
        QCOMPARE(JwksCache::maxAgeSeconds(header), seconds);
    }

    void expiry()
    {
        TokenFactory f;
        JwksCache cache;
        JwkSet out;
        QVERIFY(!cache.lookup("u", 0, &out));
        cache.insert("u", f.jwks(), 1000, 60);
        QVERIFY(cache.lookup("u", 60999, &out));
        QCOMPARE(out.size(), 1);
        QVERIFY(!cache.lookup("u", 61000, &out));
        QVERIFY(!cache.lookup("v", 1000, &out));
        cache.insert("u", f.jwks(), 1000, 0); // no-store drops the entry
        QVERIFY(!cache.lookup("u", 1001, &out));
        cache.insert("u", f.jwks(), 0, 1LL << 40); // capped at a week
        QVERIFY(!cache.lookup("u", 8LL * 24 * 3600 * 1000, &out));
        cache.remove("u");
        QVERIFY(!cache.lookup("u", 1, &out));
    }
};

QTEST_GUILESS_MAIN(tst_JwksCache)
#include "tst_JwksCache.moc"
