#include "FindingCodes.h"
#include "core/JwkSet.h"
#include "core/RsaKeyPair.h"
#include "core/TokenChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

// TokenChecker::jwksWarnings, which the discover command and the wizard's key list show.
class tst_TokenCheckerJwksWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_key = RsaKeyPair::generate(2048).value();
        QVERIFY(!m_key.isNull());
    }
    void warnings_data();
    void warnings();

private:
    RsaKeyPair m_key;
};

void tst_TokenCheckerJwksWarnings::warnings_data()
{
    QTest::addColumn<int>("rs256Keys");
    QTest::addColumn<bool>("withoutKid");
    QTest::addColumn<bool>("rs384Key");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("two keys") << 2 << false << false << QStringList();
    QTest::newRow("three keys") << 3 << false << false << QStringList();
    QTest::newRow("four keys") << 4 << false << false << QStringList{"warning:jwks_too_many_keys"};
    QTest::newRow("no kid") << 1 << true << false << QStringList{"warning:jwks_key_without_kid"};
    QTest::newRow("rs384") << 1 << false << true << QStringList{"warning:jwks_non_rs256_key"};
}

void tst_TokenCheckerJwksWarnings::warnings()
{
    QFETCH(int, rs256Keys);
    QFETCH(bool, withoutKid);
    QFETCH(bool, rs384Key);
    QFETCH(QStringList, codes);
    QJsonArray keys;
    for (int i = 0; i < rs256Keys; ++i)
        keys.append(m_key.publicJwk(QStringLiteral("k%1").arg(i)));
    if (withoutKid) {
        QJsonObject k = m_key.publicJwk(QStringLiteral("x"));
        k.remove(QStringLiteral("kid"));
        keys.append(k);
    }
    if (rs384Key)
        keys.append(m_key.publicJwk(QStringLiteral("r"), QStringLiteral("RS384")));
    const auto set = JwkSet::parse(QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson());
    QVERIFY2(set, qPrintable(set.problem().message));
    QCOMPARE(findingCodes(TokenChecker::jwksWarnings(*set)), codes);
}

QTEST_GUILESS_MAIN(tst_TokenCheckerJwksWarnings)
#include "tst_TokenCheckerJwksWarnings.moc"
