#include "core/FieldKeys.h"
#include "core/UserDataBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

class tst_UserDataBuilder : public QObject
{
    Q_OBJECT

    const QJsonObject claims{
        {"sub", "u1"},
        {"n", 5},
        {"flag", false},
        {"nothing", QJsonValue::Null},
        {"a.b", "dotted"},
        {"profile", QJsonObject{{"dept", "ops"}, {"geo", QJsonObject{{"city", "Oslo"}}}}},
        {"groups", QJsonArray{"g1"}}};

private slots:
    void defaultNamesNestingAndEscapes()
    {
        Findings failures;
        const QJsonObject data = UserDataBuilder::build(claims,
                                                        {{"sub", {}, true},
                                                         {"profile.geo.city", {}, false},
                                                         {"a\\.b", {}, false},
                                                         {"profile.dept", "department", true},
                                                         {"flag", {}, true},
                                                         {"n", {}, false},
                                                         {"groups", {}, false}},
                                                        &failures);
        QVERIFY(failures.isEmpty());
        QCOMPARE(data, (QJsonObject{{"sub", "u1"},
                                    {"city", "Oslo"},
                                    {"a.b", "dotted"},
                                    {"department", "ops"},
                                    {"flag", false},
                                    {"n", 5},
                                    {"groups", QJsonArray{"g1"}}}));
    }

    void missing()
    {
        Findings failures;
        const QJsonObject data = UserDataBuilder::build(claims,
                                                        {{"a.b", {}, true},
                                                         {"nothing", {}, true},
                                                         {"profile.dept.x", {}, true},
                                                         {"email", {}, false},
                                                         {"", {}, true}},
                                                        &failures);
        QCOMPARE(failures.size(), 4);
        for (const Finding &f : failures)
            QCOMPARE(f.code, QStringLiteral("required_claim_missing"));
        QCOMPARE(failures.first().field, FieldKeys::metadataField(0));
        QVERIFY(data.isEmpty());
    }

    void tooLongComesAfterMissing()
    {
        const QJsonObject c{{"big", QJsonArray{QString(4100, 'x')}}};
        Findings failures;
        UserDataBuilder::build(c, {{"big", {}, false}, {"gone", {}, true}}, &failures);
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.at(0).code, QStringLiteral("required_claim_missing"));
        QCOMPARE(failures.at(1).code, QStringLiteral("claim_too_long"));
    }

    void valueLength()
    {
        QCOMPARE(UserDataBuilder::valueLength(QJsonValue("héllo")), 5);
        QCOMPARE(UserDataBuilder::valueLength(QJsonValue(12345)), 5);
        QCOMPARE(UserDataBuilder::valueLength(QJsonValue(true)), 4);
        QCOMPARE(UserDataBuilder::valueLength(QJsonArray{"a", 1}), 7);
        QCOMPARE(UserDataBuilder::valueLength(QJsonObject{{"k", "v"}}), 9);
    }
};

QTEST_GUILESS_MAIN(tst_UserDataBuilder)
#include "tst_UserDataBuilder.moc"
