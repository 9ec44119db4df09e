#include "core/AdminReply.h"

#include <QStringList>
#include <QTest>

class tst_AdminReply : public QObject
{
    Q_OBJECT

private slots:
    void loginReply()
    {
        QString error;
        const auto s = AdminReply::login(
            R"({"access_token":"a","refresh_token":"r","user_id":"u","device_id":"d"})", &error);
        QVERIFY(s);
        QCOMPARE(s->accessToken, QStringLiteral("a"));
        QCOMPARE(s->refreshToken, QStringLiteral("r"));
        QCOMPARE(s->userId, QStringLiteral("u"));
    }
    void loginReplyMissingToken()
    {
        QString error;
        QVERIFY(!AdminReply::login(R"({"access_token":"a"})", &error));
        QVERIFY2(error.contains(QLatin1String("refresh_token")), qPrintable(error));
        QVERIFY(!AdminReply::login("{\"access_token\":", &error));
        QVERIFY2(error.contains(QLatin1String("not JSON")), qPrintable(error));
        QVERIFY(!AdminReply::login("[]", &error));
        QVERIFY(!AdminReply::refresh("{}", &error));
        QCOMPARE(*AdminReply::refresh(R"({"access_token":"new"})", &error), QStringLiteral("new"));
    }
    void appsResolveClientAppId()
    {
        QString error;
        const auto apps = AdminReply::apps(R"([
            {"_id":"63ea9328dddad2523e60fb59","client_app_id":"myapp-abcde","group_id":"g","name":"myapp","product":"standard"},
            {"_id":"63ea9328dddad2523e60fb60","client_app_id":"triggers-xyzzy","name":"triggers","product":"atlas"}])",
                                           &error);
        QVERIFY2(apps, qPrintable(error));
        QCOMPARE(apps->size(), 2);
        QCOMPARE(AdminReply::findApp(*apps, QStringLiteral("triggers-xyzzy"))->id,
                 QStringLiteral("63ea9328dddad2523e60fb60"));
        QCOMPARE(AdminReply::findApp(*apps, QStringLiteral("myapp-abcde"))->product,
                 QStringLiteral("standard"));
        QVERIFY(!AdminReply::findApp(*apps, QStringLiteral("myapp")));
    }
    void appsBadShape()
    {
        QString error;
        QVERIFY(!AdminReply::apps(R"({"_id":"x"})", &error));
        QVERIFY(!AdminReply::apps(R"([{"_id":"x"}])", &error));
        QVERIFY2(error.contains(QLatin1String("[0]")) && error.contains(QLatin1String("client_app_id")),
                 qPrintable(error));
        QVERIFY(!AdminReply::apps(R"([42])", &error));
        // Ids go into request paths, so one that would change the path is refused.
        for (const char *id : {"../../evil", "a/b", "a?b", "a%2Fb", "a b"}) {
            const QByteArray body =
                QByteArray("[{\"_id\":\"") + id + QByteArray("\",\"client_app_id\":\"myapp-abcde\"}]");
            QVERIFY2(!AdminReply::apps(body, &error), id);
            QVERIFY2(error.contains(QLatin1String("_id")), qPrintable(error));
        }
    }
    void providerListAndSummary()
    {
        QString error;
        const auto list = AdminReply::providers(
            R"([{"_id":"p1","name":"anon-user","type":"anon-user","disabled":false},
                {"_id":"p2","name":"custom-token","type":"custom-token","disabled":true}])",
            &error);
        QVERIFY2(list, qPrintable(error));
        const auto ct = AdminReply::customToken(*list);
        QVERIFY(ct);
        QCOMPARE(ct->id, QStringLiteral("p2"));
        QVERIFY(ct->disabled);
        QVERIFY(!AdminReply::customToken(list->mid(0, 1)));
        QVERIFY(!AdminReply::providers(R"([{"name":"custom-token","type":"custom-token"}])", &error));
        QVERIFY(error.contains(QLatin1String("_id")));
    }
    void providerGet()
    {
        QString error;
        const auto p = AdminReply::provider(
            R"({"_id":"p2","name":"custom-token","type":"custom-token","config":{"audience":"x"}})", &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->value(QStringLiteral("config")).toObject().value(QStringLiteral("audience")).toString(),
                 QStringLiteral("x"));
        QVERIFY(!AdminReply::provider(R"({"name":"custom-token","type":"custom-token"})", &error));
    }
    void draftsBothShapes()
    {
        QString error;
        QCOMPARE(AdminReply::drafts(R"({"_id":"d1","user_id":"u"})", &error)->value(0).id,
                 QStringLiteral("d1"));
        QCOMPARE(AdminReply::drafts(R"([{"_id":"d2"}])", &error)->value(0).id, QStringLiteral("d2"));
        QVERIFY(AdminReply::drafts("[]", &error)->isEmpty());
        QVERIFY(AdminReply::drafts("null", &error)->isEmpty());
        QVERIFY(AdminReply::drafts("", &error)->isEmpty());
        QVERIFY(AdminReply::drafts("{}", &error)->isEmpty());
        QVERIFY(!AdminReply::drafts("\"x\"", &error));
        QVERIFY(!AdminReply::drafts(R"([{"user_id":"u"}])", &error));
        QCOMPARE(AdminReply::draft(R"({"_id":"d3"})", &error)->id, QStringLiteral("d3"));
        QCOMPARE(*AdminReply::draftDiff(R"({"diffs":["a","b"]})", &error), QStringList({"a", "b"}));
    }
    void deploymentStatus()
    {
        QString error;
        auto d = AdminReply::deployment(R"({"_id":"x","status":"pending"})", &error);
        QVERIFY(d && !d->isFinished());
        d = AdminReply::deployment(R"({"_id":"x","status":"failed","status_error_message":"boom"})", &error);
        QVERIFY(d && d->isFinished() && !d->isSuccessful());
        QCOMPARE(d->statusErrorMessage, QStringLiteral("boom"));
        QVERIFY(AdminReply::deployment(R"({"_id":"x","status":"successful"})", &error)->isSuccessful());
        QVERIFY(!AdminReply::deployment(R"({"_id":"x"})", &error));
    }
    void secretsReply()
    {
        QString error;
        QCOMPARE(AdminReply::secrets(R"([{"_id":"s1","name":"k1"}])", &error)->value(0).name,
                 QStringLiteral("k1"));
        QCOMPARE(AdminReply::secret(R"({"_id":"s1","name":"k1"})", &error)->id, QStringLiteral("s1"));
        QVERIFY(!AdminReply::secret(R"({"name":"k1"})", &error));
    }
};

QTEST_GUILESS_MAIN(tst_AdminReply)
#include "tst_AdminReply.moc"
