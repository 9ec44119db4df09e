#include "core/AdminRequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_AdminRequests : public QObject
{
    Q_OBJECT

private slots:
    void paths()
    {
        QCOMPARE(AdminRequests::providerPath("g", "a", "p"),
                 QStringLiteral("/groups/g/apps/a/auth_providers/p"));
        QCOMPARE(AdminRequests::providerTogglePath("g", "a", "p", true),
                 QStringLiteral("/groups/g/apps/a/auth_providers/p/enable"));
        QCOMPARE(AdminRequests::providerTogglePath("g", "a", "p", false),
                 QStringLiteral("/groups/g/apps/a/auth_providers/p/disable"));
        QCOMPARE(AdminRequests::draftDeploymentPath("g", "a", "d"),
                 QStringLiteral("/groups/g/apps/a/drafts/d/deployment"));
        QCOMPARE(AdminRequests::deploymentPath("g", "a", "x"),
                 QStringLiteral("/groups/g/apps/a/deployments/x"));
        QCOMPARE(AdminRequests::secretPath("g", "a", "s"), QStringLiteral("/groups/g/apps/a/secrets/s"));
    }
    void shapes()
    {
        QCOMPARE(AdminRequests::pathShape("/groups/5f/apps?product=x"),
                 QStringLiteral("/groups/{g}/apps?product=x"));
        QCOMPARE(AdminRequests::pathShape("/groups/5f/apps/63/auth_providers"),
                 QStringLiteral("/groups/{g}/apps/{a}/auth_providers"));
        QCOMPARE(AdminRequests::pathShape("/groups/5f/apps/63/auth_providers/p1/enable"),
                 QStringLiteral("/groups/{g}/apps/{a}/auth_providers/{id}/enable"));
        QCOMPARE(AdminRequests::pathShape("/auth/session"), QStringLiteral("/auth/session"));
    }
    void bodies()
    {
        const QJsonObject login = QJsonDocument::fromJson(AdminRequests::loginBody("pub", "priv")).object();
        QCOMPARE(login.value("username").toString(), QStringLiteral("pub"));
        QCOMPARE(login.value("apiKey").toString(), QStringLiteral("priv"));
        const QJsonObject provider{{"name", "custom-token"}, {"type", "custom-token"}, {"_id", "stale"}};
        QVERIFY(
            !QJsonDocument::fromJson(AdminRequests::createProviderBody(provider)).object().contains("_id"));
        const QJsonObject patch =
            QJsonDocument::fromJson(AdminRequests::updateProviderBody(provider, "p9")).object();
        QCOMPARE(patch.value("_id").toString(), QStringLiteral("p9"));
        QCOMPARE(patch.value("type").toString(), QStringLiteral("custom-token"));
        QCOMPARE(AdminRequests::deployDraftBody(), QByteArray(R"({"name":""})"));
        const QJsonObject secret =
            QJsonDocument::fromJson(AdminRequests::updateSecretBody("s1", "k", "v")).object();
        QCOMPARE(secret, QJsonObject({{"_id", "s1"}, {"name", "k"}, {"value", "v"}}));
    }
    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << AdminRequests::defaultBaseUrl() << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/api/admin/v3.0" << true;
        QTest::newRow("localhost http") << "http://localhost:1/api" << true;
        QTest::newRow("remote http") << "http://realm.mongodb.com/api/admin/v3.0" << false;
        QTest::newRow("userinfo") << "https://u:p@services.cloud.mongodb.com/api" << false;
        QTest::newRow("query") << "https://services.cloud.mongodb.com/api?x=1" << false;
        QTest::newRow("ftp") << "ftp://services.cloud.mongodb.com/api" << false;
        QTest::newRow("relative") << "/api/admin" << false;
        QTest::newRow("empty") << "" << false;
    }
    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const Findings f = AdminRequests::checkBaseUrl(url);
        QCOMPARE(f.isEmpty(), ok);
        if (!ok)
            QCOMPARE(f.first().code, QStringLiteral("admin_api_url_invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_AdminRequests)
#include "tst_AdminRequests.moc"
