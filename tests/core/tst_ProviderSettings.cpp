#include "core/ProviderSettings.h"

#include <QTest>

// Which JWK URI providers.json gets, and what a discovery or a token check depends on.
class tst_ProviderSettings : public QObject
{
    Q_OBJECT

private slots:
    void jwkUriPrecedence()
    {
        ProviderSettings s;
        s.oktaDomain = QStringLiteral("dev-1.okta.com");
        QCOMPARE(s.effectiveJwkUri(), QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys"));
        s.discoveredJwkUri = QStringLiteral("https://login.acme.com/oauth2/default/v1/keys");
        QCOMPARE(s.effectiveJwkUri(), s.discoveredJwkUri); // Okta's own word beats the guess
        s.jwkUri = QStringLiteral("https://keys.acme.com/k");
        QCOMPARE(s.effectiveJwkUri(), s.jwkUri); // and the user's override beats both
        s.jwkUri.clear();
        s.forgetDiscovery();
        QVERIFY(s.discoveredJwkUri.isEmpty() && s.issuer.isEmpty());
        QCOMPARE(s.effectiveJwkUri(), s.derivedJwkUri());
    }

    // An empty server never yields "/oauth2//v1/keys"; surrounding spaces are dropped like the scheme.
    void derivedJwkUri()
    {
        ProviderSettings s;
        QVERIFY(s.derivedJwkUri().isEmpty());
        s.oktaDomain = QStringLiteral("  https://dev-1.okta.com/ ");
        s.authServerId = QStringLiteral(" aus1 ");
        QCOMPARE(s.derivedJwkUri(), QStringLiteral("https://dev-1.okta.com/oauth2/aus1/v1/keys"));
        s.authServerId = QStringLiteral("  ");
        QVERIFY(s.derivedJwkUri().isEmpty());
        QVERIFY(s.effectiveJwkUri().isEmpty());
    }

    void discoveryInputsFollowDomainAndServerOnly()
    {
        ProviderSettings a;
        a.oktaDomain = QStringLiteral("dev-1.okta.com");
        ProviderSettings b = a;
        b.oktaDomain = QStringLiteral(" https://dev-1.okta.com/");
        b.audience = {QStringLiteral("api://default")};
        b.issuer = QStringLiteral("https://dev-1.okta.com/oauth2/default");
        QCOMPARE(a.discoveryInputs(), b.discoveryInputs());
        b.authServerId = QStringLiteral("default2");
        QVERIFY(a.discoveryInputs() != b.discoveryInputs());
    }

    void tokenCheckInputsIgnoreMetadataFields()
    {
        ProviderSettings a;
        a.oktaDomain = QStringLiteral("dev-1.okta.com");
        ProviderSettings b = a;
        b.metadataFields = {{QStringLiteral("email"), {}, true}};
        b.disabled = true;
        QCOMPARE(a.tokenCheckInputs(), b.tokenCheckInputs());
        for (const auto &change : QList<std::function<void(ProviderSettings &)>>{
                 [](ProviderSettings &s) { s.audience = {QStringLiteral("x")}; },
                 [](ProviderSettings &s) { s.requireAnyAudience = true; },
                 [](ProviderSettings &s) { s.clientAppId = QStringLiteral("app-abcde"); },
                 [](ProviderSettings &s) { s.jwkUri = QStringLiteral("https://k.example/k"); },
                 [](ProviderSettings &s) {
                     s.authServerId = QStringLiteral("aus1");
                 }}) {
            ProviderSettings c = a;
            change(c);
            QVERIFY(c.tokenCheckInputs() != a.tokenCheckInputs());
        }
    }

    void manualKeysDefaultToWhatOktaSignsWith()
    {
        QCOMPARE(ProviderSettings().signingAlgorithm, QStringLiteral("RS256"));
    }
};

QTEST_GUILESS_MAIN(tst_ProviderSettings)
#include "tst_ProviderSettings.moc"
