#include "core/ProviderSettings.h"
#include "core/TokenCheckOptions.h"

#include <QTest>

class tst_TokenCheckOptions : public QObject
{
    Q_OBJECT

private slots:
    void fromSettings()
    {
        ProviderSettings s;
        s.oktaDomain = "dev-1.okta.com";
        s.authServerId = "default";
        s.issuer = "https://dev-1.okta.com/oauth2/default";
        s.clientAppId = "myapp-abcde";
        s.audience = {"api://default"};
        s.requireAnyAudience = true;
        s.metadataFields = {{"email", "mail", true}};
        const TokenCheckOptions o = TokenCheckOptions::fromSettings(s);
        QCOMPARE(o.expectedIssuer, s.issuer);
        QCOMPARE(o.clientAppId, s.clientAppId);
        QCOMPARE(o.audience, s.audience);
        QVERIFY(o.requireAnyAudience);
        QCOMPARE(o.metadataFields, s.metadataFields);
        QCOMPARE(o.jwksUri, QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys"));
        QCOMPARE(o.now, -1); // the system clock unless a test or --now sets it
        QCOMPARE(o.leeway, 0);
        s.jwkUri = "https://id.example.com/oauth2/default/v1/keys";
        QCOMPARE(TokenCheckOptions::fromSettings(s).jwksUri, s.jwkUri);
    }
};

QTEST_GUILESS_MAIN(tst_TokenCheckOptions)
#include "tst_TokenCheckOptions.moc"
