#include "TokenFactory.h"
#include "core/Base64Url.h"
#include "core/Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_Jwt : public QObject
{
    Q_OBJECT

    static QJsonObject vector(const char *file)
    {
        return QJsonDocument::fromJson(TokenFactory::readData(QLatin1String(file))).object();
    }

private slots:
    void rfc7515A2()
    {
        const QJsonObject v = vector("jose/rfc7515-a2.json");
        QVERIFY(!v.isEmpty());
        const QByteArray compact = v.value("compact").toString().toLatin1();
        const auto jwt = Jwt::parse(compact);
        QVERIFY2(jwt.ok(), qPrintable(jwt.problem().message));
        QCOMPARE(jwt->alg(), QStringLiteral("RS256"));
        QVERIFY(!jwt->hasKid());
        QCOMPARE(jwt->kid(), QString());
        QCOMPARE(jwt->claims().value("iss").toString(), QStringLiteral("joe"));
        QCOMPARE(jwt->claims().value("exp").toInteger(), 1300819380);
        QCOMPARE(jwt->claims().value("http://example.com/is_root").toBool(), true);
        QCOMPARE(jwt->signingInput(), compact.left(compact.lastIndexOf('.')));
        QCOMPARE(jwt->signature().size(), 256);
    }

    void rfc7515A5EmptySignature()
    {
        const auto jwt = Jwt::parse(vector("jose/rfc7515-a5.json").value("compact").toString().toLatin1());
        QVERIFY(jwt.ok());
        QCOMPARE(jwt->alg(), QStringLiteral("none"));
        QVERIFY(jwt->signature().isEmpty());
    }

    void rfc7520PayloadIsNotJson()
    {
        const auto jwt = Jwt::parse(vector("jose/rfc7520-4-1.json").value("compact").toString().toLatin1());
        QVERIFY(!jwt.ok());
        QVERIFY2(jwt.problem().message.contains("payload"), qPrintable(jwt.problem().message));
    }

    void errorsNameThePart_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("part");
        const QByteArray h = Base64Url::encode("{\"alg\":\"RS256\",\"kid\":\"k\"}");
        const QByteArray c = Base64Url::encode("{\"sub\":\"x\"}");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("parts") << QByteArray("a.b") << "3";
        QTest::newRow("empty header") << "." + c + ".AA"
                                      << "header";
        QTest::newRow("empty payload") << h + "..AA"
                                       << "payload";
        QTest::newRow("header b64") << "e=." + c + ".AA"
                                    << "header";
        QTest::newRow("duplicate") << Base64Url::encode("{\"kid\":\"a\",\"kid\":\"b\"}") + '.' + c + ".AA"
                                   << "twice";
        QTest::newRow("utf8") << h + '.' + Base64Url::encode("{\"sub\":\"\xff\"}") + ".AA"
                              << "UTF-8";
        QTest::newRow("signature") << h + '.' + c + ".A+"
                                   << "signature";
    }
    void errorsNameThePart()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, part);
        const auto jwt = Jwt::parse(token);
        QVERIFY(!jwt.ok());
        QVERIFY2(jwt.problem().message.contains(part), qPrintable(jwt.problem().message));
    }

    void hostileNesting()
    {
        // Deep nesting must fail cleanly, not exhaust the stack.
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const QByteArray h = Base64Url::encode("{\"alg\":\"RS256\",\"x\":" + deep + "}");
        const auto jwt = Jwt::parse(h + '.' + Base64Url::encode("{}") + ".AA");
        QVERIFY(!jwt.ok());
        QVERIFY2(jwt.problem().message.contains("header"), qPrintable(jwt.problem().message));
    }

    void nonStringKid()
    {
        const auto jwt = Jwt::parse(Base64Url::encode("{\"alg\":\"RS256\",\"kid\":1}") + '.' +
                                    Base64Url::encode("{}") + ".AA");
        QVERIFY(jwt.ok());
        QVERIFY(jwt->hasKid());
        QCOMPARE(jwt->kid(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_Jwt.moc"
