#include "core/Profile.h"

#include <QStringList>
#include <QTest>

class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void holdsNoSecretValues();
    void errors_data();
    void errors();
    void wrongTypesNameTheField();
};

void tst_Profile::roundTrip()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("acme.okta-emea.com");
    s.authServerId = QStringLiteral("aus5rb5mt2H3d1TJd0h7");
    s.jwkUri = QStringLiteral("https://id.acme.com/oauth2/aus5rb5mt2H3d1TJd0h7/v1/keys");
    s.issuer = QStringLiteral("https://id.acme.com/oauth2/aus5rb5mt2H3d1TJd0h7");
    s.disabled = true;
    s.audience = {QStringLiteral("api://acme"), QStringLiteral("orders-abcde")};
    s.requireAnyAudience = true;
    s.verification = ProviderSettings::Verification::ManualKeys;
    s.signingAlgorithm = QStringLiteral("RS256");
    s.signingKeyNames = {QStringLiteral("k1")};
    s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("id"), true},
                        {QStringLiteral("groups"), {}, false}};
    s.projectId = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
    s.clientAppId = QStringLiteral("orders-abcde");
    const auto r = Profile::fromJson(Profile::toJson(s));
    QVERIFY2(r, qPrintable(r.problem().message));
    QVERIFY(*r == s);
}

void tst_Profile::holdsNoSecretValues()
{
    ProviderSettings s;
    s.signingKeyNames = {QStringLiteral("jwtKey")};
    const QByteArray json = Profile::toJson(s);
    QVERIFY(json.contains("\"jwtKey\""));
    QVERIFY(!json.contains("value"));
    QVERIFY(!json.contains("private"));
}

void tst_Profile::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{\"format\": ") << QStringLiteral("profile_malformed");
    QTest::newRow("not ours") << QByteArray("{\"custom-token\": {}}") << QStringLiteral("profile_format");
    QTest::newRow("future version") << QByteArray("{\"format\": \"okta-jwt-wizard-profile\", \"version\": 9}")
                                    << QStringLiteral("profile_version");
    QTest::newRow("wrong type") << QByteArray("{\"format\": \"okta-jwt-wizard-profile\", \"version\": 1, "
                                              "\"okta\": {\"domain\": 5}}")
                                << QStringLiteral("profile_value_type");
}

void tst_Profile::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const auto r = Profile::fromJson(json);
    QVERIFY(!r);
    QCOMPARE(r.problem().code, code);
    QVERIFY(!r.problem().message.isEmpty());
}

void tst_Profile::wrongTypesNameTheField()
{
    const auto r = Profile::fromJson(
        "{\"format\": \"okta-jwt-wizard-profile\", \"version\": 1, \"provider\": {\"audience\": [1], "
        "\"metadataFields\": [{\"name\": \"sub\", \"required\": \"yes\"}]}}");
    QVERIFY(!r);
    QCOMPARE(r.problem().code, QStringLiteral("profile_value_type"));
    // Every member of the wrong type is named, not only the first.
    QCOMPARE(r.problem().message,
             QStringLiteral("provider.audience must be an array of strings. "
                            "provider.metadataFields[0].required must be true or false."));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_Profile.moc"
