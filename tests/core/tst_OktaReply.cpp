#include "core/Finding.h"
#include "core/OktaReply.h"

#include <QTest>

// The Okta Management API replies as OktaSetupRunner reads them; every refusal is a Problem that says what
// was wrong, and a check's Finding and a Problem convert both ways without losing the field.
class tst_OktaReply : public QObject
{
    Q_OBJECT

private slots:
    void readsAServerAndItsLists()
    {
        const auto server = OktaReply::server(
            "{\"id\":\"aus1\",\"name\":\"default\",\"audiences\":[\"api://default\"],\"status\":\"ACTIVE\"}");
        QVERIFY2(server, qPrintable(server.problem().message));
        QCOMPARE(server->id, QStringLiteral("aus1"));
        QCOMPARE(server->audiences, QStringList{QStringLiteral("api://default")});
        const auto claims =
            OktaReply::claims("[{\"id\":\"ocl1\",\"name\":\"email\",\"claimType\":\"RESOURCE\"}]");
        QVERIFY(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(OktaReply::createdId("{\"id\":\"0pr1\"}").valueOr({}), QStringLiteral("0pr1"));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("parser");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << 0 << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("list is an object") << 1 << QByteArray("{}") << QStringLiteral("not a JSON array");
        QTest::newRow("server is a list") << 0 << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("id is a number")
            << 0 << QByteArray(R"({"id":5})") << QStringLiteral("\"id\" is not a string");
        QTest::newRow("no id") << 0 << QByteArray(R"({"name":"x"})") << QStringLiteral("has no id");
        QTest::newRow("audiences hold a number")
            << 0 << QByteArray(R"({"id":"a","audiences":[1]})") << QStringLiteral("\"audiences\"");
        QTest::newRow("list holds a number")
            << 1 << QByteArray("[1]") << QStringLiteral("other than objects");
        QTest::newRow("created without id") << 2 << QByteArray("{}") << QStringLiteral("no id");
    }
    void refusals()
    {
        QFETCH(int, parser);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const Problem problem = parser == 0   ? OktaReply::server(body).problem()
                                : parser == 1 ? OktaReply::claims(body).problem()
                                              : OktaReply::createdId(body).problem();
        QCOMPARE(problem.code, QStringLiteral("okta_bad_reply"));
        QVERIFY2(problem.message.contains(says), qPrintable(problem.message));
    }

    void findingAndProblemKeepTheField()
    {
        const Finding check = Finding::error(QStringLiteral("domain_invalid"), QStringLiteral("oktaDomain"),
                                             QStringLiteral("Not a domain."), QStringLiteral("Enter one."));
        const Problem problem = check.toProblem();
        QCOMPARE(problem.where, QStringLiteral("oktaDomain"));
        QCOMPARE(problem.fix, QStringLiteral("Enter one."));
        const Finding back = Finding::fromProblem(problem);
        QCOMPARE(back.field, QStringLiteral("oktaDomain"));
        QCOMPARE(back.hint, QStringLiteral("Enter one."));
        QVERIFY(back.isError());
        QCOMPARE(Finding::fromProblem(problem, QStringLiteral("other")).field, QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(tst_OktaReply)
#include "tst_OktaReply.moc"
