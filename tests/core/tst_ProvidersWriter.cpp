#include "core/ProvidersWriter.h"

#include "OktaTemplate.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QChar>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTest>

class tst_ProvidersWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oktaTemplate();
    void manualKeysAndMetadata();
    void requireAnyAudienceOnlyWhenMeaningful();
    void rawUtf8AndEscapes();
    void classicOrderAndIndentUnit();
    void legacyIdFirst();
    void providerObjectForAdminApi();
    void explicitJwkUriWins();
    void numbers();
};

// MongoDB's Okta template (custom-jwt-okta-config-template.json), 4-space indent, for the same inputs.
void tst_ProvidersWriter::oktaTemplate()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    QCOMPARE(ProvidersWriter::providersFile(s), oktaTemplateFile());
}

void tst_ProvidersWriter::manualKeysAndMetadata()
{
    ProviderSettings s;
    s.verification = ProviderSettings::Verification::ManualKeys;
    s.signingAlgorithm = QStringLiteral("RS256");
    s.signingKeyNames = {QStringLiteral("keyA"), QStringLiteral("keyB")};
    s.disabled = true;
    s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("externalId"), true},
                        {QStringLiteral("location.primary.city"), QString(), false}};
    const QString text = ProvidersWriter::providerText(s, JsonStyle(), 1);
    QCOMPARE(text, QStringLiteral("{\n"
                                  "        \"name\": \"custom-token\",\n"
                                  "        \"type\": \"custom-token\",\n"
                                  "        \"disabled\": true,\n"
                                  "        \"config\": {\n"
                                  "            \"audience\": [],\n"
                                  "            \"signingAlgorithm\": \"RS256\",\n"
                                  "            \"useJWKURI\": false\n"
                                  "        },\n"
                                  "        \"secret_config\": {\n"
                                  "            \"signingKeys\": [\n"
                                  "                \"keyA\",\n"
                                  "                \"keyB\"\n"
                                  "            ]\n"
                                  "        },\n"
                                  "        \"metadata_fields\": [\n"
                                  "            {\n"
                                  "                \"required\": true,\n"
                                  "                \"name\": \"sub\",\n"
                                  "                \"field_name\": \"externalId\"\n"
                                  "            },\n"
                                  "            {\n"
                                  "                \"required\": false,\n"
                                  "                \"name\": \"location.primary.city\"\n"
                                  "            }\n"
                                  "        ]\n"
                                  "    }"));
}

void tst_ProvidersWriter::requireAnyAudienceOnlyWhenMeaningful()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("a.okta.com");
    s.audience = {QStringLiteral("one")};
    QVERIFY(!ProvidersWriter::providersFile(s).contains("requireAnyAudience"));
    s.audience << QStringLiteral("two");
    QVERIFY(ProvidersWriter::providersFile(s).contains("\"requireAnyAudience\": false,"));
    s.requireAnyAudience = true;
    QVERIFY(ProvidersWriter::providersFile(s).contains("\"requireAnyAudience\": true,"));
}

void tst_ProvidersWriter::rawUtf8AndEscapes()
{
    QCOMPARE(ProvidersWriter::quoted(QStringLiteral("Zürich \"q\" \\ /")),
             QStringLiteral("\"Zürich \\\"q\\\" \\\\ /\""));
    QCOMPARE(ProvidersWriter::quoted(QStringLiteral("a\nb\tc") + QChar(0x01)),
             QStringLiteral("\"a\\nb\\tc\\u0001\""));
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("a.okta.com");
    s.metadataFields = {{QStringLiteral("http://example\\.com/名前"), QStringLiteral("name"), false}};
    const QByteArray file = ProvidersWriter::providersFile(s);
    QVERIFY(file.contains(QStringLiteral("\"http://example\\\\.com/名前\"").toUtf8()));
    QVERIFY(!file.contains("\\u"));
    QJsonParseError e;
    QJsonDocument::fromJson(file, &e);
    QCOMPARE(e.error, QJsonParseError::NoError);
}

void tst_ProvidersWriter::classicOrderAndIndentUnit()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("a.okta.com");
    JsonStyle style;
    style.indentUnit = QStringLiteral("  ");
    style.keyOrder = JsonStyle::KeyOrder::Classic;
    style.newline = QStringLiteral("\r\n");
    const QString text = ProvidersWriter::providerText(s, style, 0);
    QVERIFY(text.startsWith(QStringLiteral(
        "{\r\n  \"name\": \"custom-token\",\r\n  \"type\": \"custom-token\",\r\n  \"config\"")));
    QVERIFY(text.indexOf(QStringLiteral("\"secret_config\"")) < text.indexOf(QStringLiteral("\"disabled\"")));
    QVERIFY(text.indexOf(QStringLiteral("\"disabled\"")) <
            text.indexOf(QStringLiteral("\"metadata_fields\"")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
}

void tst_ProvidersWriter::legacyIdFirst()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("a.okta.com");
    const QString text =
        ProvidersWriter::providerText(s, JsonStyle(), 0, QStringLiteral("5d2da7403269972949d5b462"));
    QVERIFY(text.startsWith(QStringLiteral("{\n    \"id\": \"5d2da7403269972949d5b462\",\n    \"name\"")));
}

void tst_ProvidersWriter::providerObjectForAdminApi()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-1.okta.com");
    s.metadataFields = {{QStringLiteral("sub"), QString(), true}};
    const QJsonObject o = ProvidersWriter::providerObject(s);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("custom-token"));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("custom-token"));
    QCOMPARE(o.value(QStringLiteral("disabled")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("jwkURI")).toString(),
             QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys"));
    QCOMPARE(o.value(QStringLiteral("secret_config"))
                 .toObject()
                 .value(QStringLiteral("signingKeys"))
                 .toArray()
                 .size(),
             0);
    const QJsonObject field = o.value(QStringLiteral("metadata_fields")).toArray().at(0).toObject();
    QVERIFY(!field.contains(QStringLiteral("field_name")));
    QCOMPARE(field.value(QStringLiteral("required")).toBool(), true);
}

void tst_ProvidersWriter::explicitJwkUriWins()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-1.okta.com");
    s.jwkUri = QStringLiteral("https://id.example.com/oauth2/aus1/v1/keys");
    QVERIFY(ProvidersWriter::providersFile(s).contains(
        "\"jwkURI\": \"https://id.example.com/oauth2/aus1/v1/keys\""));
    s.jwkUri.clear();
    s.oktaDomain = QStringLiteral("http://127.0.0.1:8081");
    QCOMPARE(s.effectiveJwkUri(), QStringLiteral("http://127.0.0.1:8081/oauth2/default/v1/keys"));
}

// Integers as integers; the rest (1e300 too: converting it to an integer was undefined behaviour, caught by
// the sanitizer build) in the shortest exact form.
void tst_ProvidersWriter::numbers()
{
    const JsonStyle style;
    QCOMPARE(ProvidersWriter::valueText(3600, style, 0), QStringLiteral("3600"));
    QCOMPARE(ProvidersWriter::valueText(-2.5, style, 0), QStringLiteral("-2.5"));
    QCOMPARE(ProvidersWriter::valueText(1e300, style, 0), QStringLiteral("1.0000000000000001e+300"));
    QCOMPARE(ProvidersWriter::valueText(-1e300, style, 0), QStringLiteral("-1.0000000000000001e+300"));
    QCOMPARE(ProvidersWriter::valueText(9007199254740992.0, style, 0), QStringLiteral("9007199254740992"));
}

QTEST_GUILESS_MAIN(tst_ProvidersWriter)
#include "tst_ProvidersWriter.moc"
