#include "core/JwksRefetchPolicy.h"

#include <QTest>

class tst_JwksRefetchPolicy : public QObject
{
    Q_OBJECT

private slots:
    void oneRefetchPerCooldown()
    {
        JwksRefetchPolicy policy(30000);
        const QString uri = QStringLiteral("https://a/oauth2/default/v1/keys");
        QVERIFY(policy.mayRefetch(uri, 1000));
        policy.recordRefetch(uri, 1000);
        QVERIFY(!policy.mayRefetch(uri, 1000));
        QVERIFY(!policy.mayRefetch(uri, 30999));
        QVERIFY(policy.mayRefetch(uri, 31000));
        QVERIFY(!policy.mayRefetch(uri, 999));                              // the clock went backwards
        QVERIFY(policy.mayRefetch(QStringLiteral("https://b/keys"), 1000)); // per jwks_uri
        policy.reset();
        QVERIFY(policy.mayRefetch(uri, 1000));
    }

    void zeroCooldown()
    {
        JwksRefetchPolicy policy(0);
        policy.recordRefetch("u", 5);
        QVERIFY(policy.mayRefetch("u", 5));
        QCOMPARE(JwksRefetchPolicy().cooldownMs(), JwksRefetchPolicy::kDefaultCooldownMs);
    }
};

QTEST_GUILESS_MAIN(tst_JwksRefetchPolicy)
#include "tst_JwksRefetchPolicy.moc"
