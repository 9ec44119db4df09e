#include "FindingCodes.h"
#include "TestFiles.h"
#include "core/ProvidersReader.h"
#include "core/ProvidersWriter.h"

#include <QLatin1Char>
#include <QStringList>
#include <QTest>

class tst_ProvidersReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oktaJwkProvider();
    void roundTrip();
    void stringAudience_data();
    void stringAudience();
    void reportsUnknownMembers();
    void reportsWrongTypes();
    void legacyFile();
    void readAnyTellsFormsApart();
    void formByShape_data();
    void formByShape();
    void strayTopLevelMembers();
    void noCustomToken();
    void malformed();
    void malformedInEveryForm_data();
    void malformedInEveryForm();
    void splitOktaJwkUri_data();
    void splitOktaJwkUri();
};

void tst_ProvidersReader::oktaJwkProvider()
{
    const auto r = ProvidersReader::readProvidersFile(
        TestFiles::read(TestFiles::dataPath(QStringLiteral("providers/07-existing-okta-jwk.json"))));
    QVERIFY(r.ok() && r.found);
    QCOMPARE(r.settings.oktaDomain, QStringLiteral("dev-123456.okta.com"));
    QCOMPARE(r.settings.authServerId, QStringLiteral("default"));
    QVERIFY(r.settings.jwkUri.isEmpty());
    QCOMPARE(int(r.settings.verification), int(ProviderSettings::Verification::JwkUri));
    QCOMPARE(r.settings.metadataFields.size(), 2);
    QCOMPARE(r.settings.metadataFields.at(0),
             (MetadataField{QStringLiteral("sub"), QStringLiteral("oktaId"), true}));
    QCOMPARE(r.settings.metadataFields.at(1), (MetadataField{QStringLiteral("uid"), QString(), false}));
    QVERIFY(r.findings.isEmpty());
}

void tst_ProvidersReader::roundTrip()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("http://127.0.0.1:9000");
    s.authServerId = QStringLiteral("aus5rb5mt2H3d1TJd0h7");
    s.audience = {QStringLiteral("a"), QStringLiteral("b")};
    s.requireAnyAudience = true;
    s.disabled = true;
    s.metadataFields = {{QStringLiteral("a\\.b.c"), QStringLiteral("c"), true}};
    const auto r = ProvidersReader::readProvidersFile(ProvidersWriter::providersFile(s));
    QVERIFY(r.findings.isEmpty());
    QVERIFY(r.settings.sameProviderAs(s));
    QCOMPARE(r.settings.oktaDomain, s.oktaDomain);
    QCOMPARE(r.settings.authServerId, s.authServerId);

    ProviderSettings m;
    m.verification = ProviderSettings::Verification::ManualKeys;
    m.signingAlgorithm = QStringLiteral("RS256");
    m.signingKeyNames = {QStringLiteral("k1")};
    QVERIFY(ProvidersReader::readProvidersFile(ProvidersWriter::providersFile(m)).settings.sameProviderAs(m));
}

void tst_ProvidersReader::stringAudience_data()
{
    QTest::addColumn<QByteArray>("audience");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty string") << QByteArray("\"\"") << QStringList();
    QTest::newRow("string") << QByteArray("\"myapp-abcde\"") << QStringList{"myapp-abcde"};
    QTest::newRow("array") << QByteArray("[\"a\", \"b\"]") << QStringList{"a", "b"};
    QTest::newRow("empty array") << QByteArray("[]") << QStringList();
}

void tst_ProvidersReader::stringAudience()
{
    QFETCH(QByteArray, audience);
    QFETCH(QStringList, expected);
    const QByteArray text = "{\"custom-token\": {\"name\": \"custom-token\", \"type\": \"custom-token\", "
                            "\"config\": {\"audience\": " +
                            audience +
                            ", \"signingAlgorithm\": \"HS256\", "
                            "\"useJWKURI\": false}, \"secret_config\": {\"signingKeys\": [\"k\"]}}}";
    const auto r = ProvidersReader::readProvidersFile(text);
    QVERIFY(r.findings.isEmpty());
    QCOMPARE(r.settings.audience, expected);
}

void tst_ProvidersReader::reportsUnknownMembers()
{
    const auto r = ProvidersReader::readProvidersFile(TestFiles::read(
        TestFiles::dataPath(QStringLiteral("providers/11-string-audience-unknown-member.json"))));
    QVERIFY(r.found);
    QCOMPARE(findingCodes(r.findings), (QStringList{"warning:unknown_member", "warning:unknown_member"}));
    QCOMPARE(r.findings.at(0).field, QStringLiteral("custom-token.config.tokenLifetimeHint"));
    QCOMPARE(r.findings.at(1).field, QStringLiteral("custom-token.redirect_uris"));
    QCOMPARE(r.settings.metadataFields.constFirst().name, QStringLiteral("user_data.name"));
}

void tst_ProvidersReader::reportsWrongTypes()
{
    const QByteArray text =
        "{\"custom-token\": {\"name\": \"custom-tokens\", \"type\": \"custom-token\", \"disabled\": \"no\", "
        "\"config\": {\"audience\": 5, \"useJWKURI\": true, \"jwkURI\": 7}, "
        "\"metadata_fields\": [{\"name\": 1}, \"x\"]}}";
    const auto r = ProvidersReader::readProvidersFile(text);
    QVERIFY(r.ok());
    QStringList fields;
    for (const Finding &f : r.findings)
        fields << f.code + QLatin1Char(' ') + f.field;
    QVERIFY2(fields.contains(QStringLiteral("provider_name_mismatch custom-token.name")),
             qPrintable(fields.join(", ")));
    QVERIFY(fields.contains(QStringLiteral("value_type custom-token.disabled")));
    QVERIFY(fields.contains(QStringLiteral("value_type custom-token.config.audience")));
    QVERIFY(fields.contains(QStringLiteral("value_type custom-token.config.jwkURI")));
    QVERIFY(fields.contains(QStringLiteral("value_type custom-token.metadata_fields[0].name")));
    QVERIFY(fields.contains(QStringLiteral("value_type custom-token.metadata_fields[1]")));
    QVERIFY(fields.contains(QStringLiteral("jwk_uri_empty custom-token.config.jwkURI")));
}

void tst_ProvidersReader::legacyFile()
{
    const auto r = ProvidersReader::readLegacyFile(TestFiles::read(
        TestFiles::dataPath(QStringLiteral("apps/legacy-stitch/auth_providers/custom-token.json"))));
    QVERIFY(r.ok() && r.found);
    QCOMPARE(r.legacyId, QStringLiteral("5d2da7403269972949d5b462"));
    QCOMPARE(int(r.settings.verification), int(ProviderSettings::Verification::ManualKeys));
    QCOMPARE(r.settings.signingKeyNames, QStringList{QStringLiteral("OrdersLogin")});
    QVERIFY(r.settings.disabled);
    QVERIFY(r.findings.isEmpty());
}

void tst_ProvidersReader::readAnyTellsFormsApart()
{
    const auto legacy = ProvidersReader::readAny(TestFiles::read(
        TestFiles::dataPath(QStringLiteral("apps/legacy-stitch/auth_providers/custom-token.json"))));
    QCOMPARE(legacy.legacyId, QStringLiteral("5d2da7403269972949d5b462"));
    const auto current = ProvidersReader::readAny(
        TestFiles::read(TestFiles::dataPath(QStringLiteral("providers/07-existing-okta-jwk.json"))));
    QVERIFY(current.found && current.legacyId.isEmpty());
}

void tst_ProvidersReader::formByShape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("oneProvider");
    QTest::newRow("legacy custom-token.json")
        << TestFiles::read(
               TestFiles::dataPath(QStringLiteral("apps/legacy-stitch/auth_providers/custom-token.json")))
        << true;
    QTest::newRow("providers file") << TestFiles::read(TestFiles::dataPath(
                                           QStringLiteral("providers/07-existing-okta-jwk.json")))
                                    << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("lone provider with name only") << QByteArray(R"({"name": "custom-token"})") << true;
    // A hand edit that left a provider's members at the top: the providers beside them decide.
    QTest::newRow("stray members beside a provider")
        << TestFiles::read(TestFiles::dataPath(QStringLiteral("broken/stray-members-no-custom-token.json")))
        << false;
    QTest::newRow("stray members beside custom-token")
        << TestFiles::read(TestFiles::dataPath(QStringLiteral("broken/stray-members-with-custom-token.json")))
        << false;
}

void tst_ProvidersReader::formByShape()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, oneProvider);
    const auto r = ProvidersReader::readAny(text);
    QVERIFY(r.ok());
    QCOMPARE(r.form == ProvidersReader::Form::OneProvider, oneProvider);
}

void tst_ProvidersReader::strayTopLevelMembers()
{
    for (const char *name :
         {"broken/stray-members-with-custom-token.json", "broken/stray-members-no-custom-token.json"}) {
        const QByteArray text = TestFiles::read(TestFiles::dataPath(QLatin1String(name)));
        for (const auto &r : {ProvidersReader::readAny(text), ProvidersReader::readProvidersFile(text)}) {
            QCOMPARE(r.strayMembers, (QStringList{"name", "type", "disabled"}));
            QStringList fields;
            for (const Finding &f : r.findings) {
                if (f.code == QLatin1String("value_type"))
                    fields << f.field;
            }
            QCOMPARE(fields, (QStringList{"name", "type", "disabled"}));
        }
    }
    // A custom-token of the wrong type is the entry's own problem, not a stray member.
    const auto wrong = ProvidersReader::readProvidersFile(R"({"custom-token": 1})");
    QVERIFY(wrong.strayMembers.isEmpty());
    QCOMPARE(wrong.findings.size(), 1);
}

void tst_ProvidersReader::noCustomToken()
{
    const auto r = ProvidersReader::readProvidersFile(
        TestFiles::read(TestFiles::dataPath(QStringLiteral("providers/06-many-providers-classic.json"))));
    QVERIFY(r.ok());
    QVERIFY(!r.found);
}

void tst_ProvidersReader::malformed()
{
    const auto r = ProvidersReader::readProvidersFile(
        TestFiles::read(TestFiles::dataPath(QStringLiteral("malformed/missing-comma.json"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.problem.code, QStringLiteral("json_malformed"));
    QCOMPARE(r.line, 5);
    QCOMPARE(r.column, 10); // Qt reports the offset just past the unexpected token's first character
}

void tst_ProvidersReader::malformedInEveryForm_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << TestFiles::read(
                                          TestFiles::dataPath(QStringLiteral("malformed/missing-comma.json")))
                                   << 5 << 10;
    QTest::newRow("array root") << QByteArray("\n[]") << 2 << 1;
}

// Whichever form is asked for, text that does not parse fails alike: nothing found, nothing read.
void tst_ProvidersReader::malformedInEveryForm()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    for (const auto &r : {ProvidersReader::readProvidersFile(text), ProvidersReader::readLegacyFile(text),
                          ProvidersReader::readAny(text)}) {
        QVERIFY(!r.ok());
        QCOMPARE(r.problem.code, QStringLiteral("json_malformed"));
        QVERIFY(!r.problem.message.isEmpty());
        QCOMPARE(r.line, line);
        QCOMPARE(r.column, column);
        QVERIFY(!r.found);
        QVERIFY(r.findings.isEmpty());
    }
}

void tst_ProvidersReader::splitOktaJwkUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("okta");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("server");
    QTest::newRow("default") << "https://dev-1.okta.com/oauth2/default/v1/keys" << true << "dev-1.okta.com"
                             << "default";
    QTest::newRow("loopback") << "http://127.0.0.1:81/oauth2/aus1/v1/keys" << true << "http://127.0.0.1:81"
                              << "aus1";
    QTest::newRow("org server") << "https://dev-1.okta.com/oauth2/v1/keys" << false << ""
                                << "";
    QTest::newRow("google") << "https://www.googleapis.com/service_accounts/v1/jwk/x" << false << ""
                            << "";
    QTest::newRow("query") << "https://dev-1.okta.com/oauth2/default/v1/keys?x" << false << ""
                           << "";
}

void tst_ProvidersReader::splitOktaJwkUri()
{
    QFETCH(QString, uri);
    QFETCH(bool, okta);
    QFETCH(QString, domain);
    QFETCH(QString, server);
    QString d, s;
    QCOMPARE(ProvidersReader::splitOktaJwkUri(uri, &d, &s), okta);
    if (okta) {
        QCOMPARE(d, domain);
        QCOMPARE(s, server);
    }
}

QTEST_GUILESS_MAIN(tst_ProvidersReader)
#include "tst_ProvidersReader.moc"
