#include "core/AdminReply.h"

#include <QStringList>
#include <QTest>

class tst_AdminReply : public QObject
{
    Q_OBJECT

    // True when `result` failed as a broken reply does; its message goes to *error.
    template <class T> static bool fails(const Result<T> &result, QString *error)
    {
        *error = result.problem().message;
        return !result.ok() && result.problem().code == QLatin1String("bad_reply") && !error->isEmpty();
    }

private slots:
    void loginReply()
    {
        const auto s =
            AdminReply::login(R"({"access_token":"a","refresh_token":"r","user_id":"u","device_id":"d"})");
        QVERIFY(s);
        QCOMPARE(s->accessToken, QStringLiteral("a"));
        QCOMPARE(s->refreshToken, QStringLiteral("r"));
        QCOMPARE(s->userId, QStringLiteral("u"));
    }
    void loginReplyMissingToken()
    {
        QString error;
        QVERIFY(fails(AdminReply::login(R"({"access_token":"a"})"), &error));
        QVERIFY2(error.contains(QLatin1String("refresh_token")), qPrintable(error));
        QVERIFY(fails(AdminReply::login("{\"access_token\":"), &error));
        QVERIFY2(error.contains(QLatin1String("not JSON")), qPrintable(error));
        QVERIFY(fails(AdminReply::login("[]"), &error));
        QVERIFY(fails(AdminReply::refresh("{}"), &error));
        QCOMPARE(*AdminReply::refresh(R"({"access_token":"new"})"), QStringLiteral("new"));
    }
    void appsResolveClientAppId()
    {
        const auto apps = AdminReply::apps(R"([
            {"_id":"63ea9328dddad2523e60fb59","client_app_id":"myapp-abcde","group_id":"g","name":"myapp","product":"standard"},
            {"_id":"63ea9328dddad2523e60fb60","client_app_id":"triggers-xyzzy","name":"triggers","product":"atlas"}])");
        QVERIFY2(apps, qPrintable(apps.problem().message));
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
        QVERIFY(fails(AdminReply::apps(R"({"_id":"x"})"), &error));
        QVERIFY(fails(AdminReply::apps(R"([{"_id":"x"}])"), &error));
        QVERIFY2(error.contains(QLatin1String("[0]")) && error.contains(QLatin1String("client_app_id")),
                 qPrintable(error));
        QVERIFY(fails(AdminReply::apps(R"([42])"), &error));
        // Ids go into request paths, so one that would change the path is refused.
        for (const char *id : {"../../evil", "a/b", "a?b", "a%2Fb", "a b"}) {
            const QByteArray body =
                QByteArray("[{\"_id\":\"") + id + QByteArray("\",\"client_app_id\":\"myapp-abcde\"}]");
            QVERIFY2(fails(AdminReply::apps(body), &error), id);
            QVERIFY2(error.contains(QLatin1String("_id")), qPrintable(error));
        }
    }
    void providerListAndSummary()
    {
        QString error;
        const auto list = AdminReply::providers(
            R"([{"_id":"p1","name":"anon-user","type":"anon-user","disabled":false},
                {"_id":"p2","name":"custom-token","type":"custom-token","disabled":true}])");
        QVERIFY2(list, qPrintable(list.problem().message));
        const auto ct = AdminReply::customToken(*list);
        QVERIFY(ct);
        QCOMPARE(ct->id, QStringLiteral("p2"));
        QVERIFY(ct->disabled);
        QVERIFY(!AdminReply::customToken(list->mid(0, 1)));
        QVERIFY(fails(AdminReply::providers(R"([{"name":"custom-token","type":"custom-token"}])"), &error));
        QVERIFY(error.contains(QLatin1String("_id")));
    }
    void providerGet()
    {
        QString error;
        const auto p = AdminReply::provider(
            R"({"_id":"p2","name":"custom-token","type":"custom-token","config":{"audience":"x"}})");
        QVERIFY2(p, qPrintable(p.problem().message));
        QCOMPARE(p->value(QStringLiteral("config")).toObject().value(QStringLiteral("audience")).toString(),
                 QStringLiteral("x"));
        QVERIFY(fails(AdminReply::provider(R"({"name":"custom-token","type":"custom-token"})"), &error));
    }
    void draftsBothShapes()
    {
        QString error;
        QCOMPARE(AdminReply::drafts(R"({"_id":"d1","user_id":"u"})")->value(0).id, QStringLiteral("d1"));
        QCOMPARE(AdminReply::drafts(R"([{"_id":"d2"}])")->value(0).id, QStringLiteral("d2"));
        QVERIFY(AdminReply::drafts("[]")->isEmpty());
        QVERIFY(AdminReply::drafts("null")->isEmpty());
        QVERIFY(AdminReply::drafts("")->isEmpty());
        QVERIFY(AdminReply::drafts("{}")->isEmpty());
        QVERIFY(fails(AdminReply::drafts("\"x\""), &error));
        QVERIFY(fails(AdminReply::drafts(R"([{"user_id":"u"}])"), &error));
        QCOMPARE(AdminReply::draft(R"({"_id":"d3"})")->id, QStringLiteral("d3"));
        QCOMPARE(*AdminReply::draftDiff(R"({"diffs":["a","b"]})"), QStringList({"a", "b"}));
    }
    void deploymentStatus()
    {
        QString error;
        auto d = AdminReply::deployment(R"({"_id":"x","status":"pending"})");
        QVERIFY(d && !d->isFinished());
        d = AdminReply::deployment(R"({"_id":"x","status":"failed","status_error_message":"boom"})");
        QVERIFY(d && d->isFinished() && !d->isSuccessful());
        QCOMPARE(d->statusErrorMessage, QStringLiteral("boom"));
        QVERIFY(AdminReply::deployment(R"({"_id":"x","status":"successful"})")->isSuccessful());
        QVERIFY(fails(AdminReply::deployment(R"({"_id":"x"})"), &error));
    }
    void secretsReply()
    {
        QString error;
        QCOMPARE(AdminReply::secrets(R"([{"_id":"s1","name":"k1"}])")->value(0).name, QStringLiteral("k1"));
        QCOMPARE(AdminReply::secret(R"({"_id":"s1","name":"k1"})")->id, QStringLiteral("s1"));
        QVERIFY(fails(AdminReply::secret(R"({"name":"k1"})"), &error));
    }
};

QTEST_GUILESS_MAIN(tst_AdminReply)
#include "tst_AdminReply.moc"
