#include "core/OAuthReply.h"

#include <QTest>

// Okta's token endpoint replies as the sign-in reads them; the device flow's replies are covered end to end
// by tst_OktaSignIn.
class tst_OAuthReply : public QObject
{
    Q_OBJECT

private slots:
    void tokenReply()
    {
        const OAuthReply r = OAuthReply::parseToken(
            R"({"token_type":"Bearer","expires_in":3600,"access_token":"a.b.c","scope":"openid"})");
        QVERIFY(r.ok);
        QCOMPARE(r.accessToken, QByteArray("a.b.c"));
        QCOMPARE(r.expiresIn, qint64(3600));
    }

    // Found by fuzz_oauth: an expires_in past what a qint64 holds was converted anyway (undefined behaviour).
    void lifetimeOutOfRangeIsUnknown_data()
    {
        QTest::addColumn<QByteArray>("expiresIn");
        QTest::newRow("huge") << QByteArray("35991111111111111111111111111111");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("text") << QByteArray("\"soon\"");
    }
    void lifetimeOutOfRangeIsUnknown()
    {
        QFETCH(QByteArray, expiresIn);
        const OAuthReply r = OAuthReply::parseToken(R"({"token_type":"Bearer","expires_in":)" + expiresIn +
                                                    R"(,"access_token":"a.b.c"})");
        QVERIFY(r.ok);
        QCOMPARE(r.expiresIn, qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_OAuthReply)
#include "tst_OAuthReply.moc"
