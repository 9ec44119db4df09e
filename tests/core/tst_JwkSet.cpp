#include "TokenFactory.h"
#include "core/JwkSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_JwkSet : public QObject
{
    Q_OBJECT

private slots:
    void rfc7517A1()
    {
        const QJsonObject v =
            QJsonDocument::fromJson(TokenFactory::readData("jose/rfc7517-a1.json")).object();
        const auto parsed = JwkSet::parse(QJsonDocument(v.value("jwks").toObject()).toJson());
        QVERIFY2(parsed, qPrintable(parsed.problem().message));
        const JwkSet &set = *parsed;
        QCOMPARE(set.size(), 2);
        // The EC encryption key is kept (for the warning) but never usable for RS256.
        QVERIFY(!set.keys().at(0).isUsableForRs256());
        QVERIFY(set.keys().at(1).isUsableForRs256());
        QCOMPARE(set.keysWithKid("2011-04-29").size(), 1);
        QVERIFY(set.containsKid("1"));
        QVERIFY(!set.containsKid("2011-04-30"));
        QVERIFY(!set.containsKid(""));
    }

    void rfc7520Key()
    {
        const QJsonObject v =
            QJsonDocument::fromJson(TokenFactory::readData("jose/rfc7520-4-1.json")).object();
        const QJsonObject jwks{{"keys", QJsonArray{v.value("jwk_public")}}};
        const JwkSet set = JwkSet::parse(QJsonDocument(jwks).toJson()).value();
        QCOMPARE(set.keysWithKid("bilbo.baggins@hobbiton.example").size(), 1);
        QVERIFY(set.keys().first().isUsableForRs256());
    }

    void sameKidTwice()
    {
        TokenFactory f;
        const JwkSet set =
            TokenFactory::jwksOf({f.key.publicJwk("a"), f.other.publicJwk("a"), f.key.publicJwk("b")});
        QCOMPARE(set.keysWithKid("a").size(), 2);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("<html>") << "JSON";
        QTest::newRow("array root") << QByteArray("[]") << "JSON";
        QTest::newRow("no keys") << QByteArray("{}") << "keys";
        QTest::newRow("keys object") << QByteArray("{\"keys\":{}}") << "keys";
        QTest::newRow("key not object") << QByteArray("{\"keys\":[1]}") << "Entry 0";
        QTest::newRow("duplicate") << QByteArray("{\"keys\":[],\"keys\":[]}") << "twice";
        QTest::newRow("bad utf8") << QByteArray("{\"keys\":[],\"x\":\"\xff\"}") << "UTF-8";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const auto set = JwkSet::parse(json);
        QVERIFY(!set);
        QCOMPARE(set.problem().code, QStringLiteral("jwks_malformed"));
        QVERIFY2(set.problem().message.contains(words), qPrintable(set.problem().message));
    }

    void emptySetIsValid()
    {
        const auto set = JwkSet::parse("{\"keys\":[]}");
        QVERIFY(set);
        QVERIFY(set->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JwkSet)
#include "tst_JwkSet.moc"
