#include "FindingCodes.h"
#include "core/FieldKeys.h"
#include "core/ProviderValidator.h"

#include <QStringList>
#include <QTest>

namespace {
ProviderSettings valid()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    return s;
}
} // namespace

class tst_ProviderValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDefaults();
    void metadata_data();
    void metadata();
    void idTokenClaimHintDependsOnRequired();
    void aTokenDisprovesMissingClaims();
    void signingKeys_data();
    void signingKeys();
    void signingKeyValue_data();
    void signingKeyValue();
    void audience_data();
    void audience();
    void target_data();
    void target();
    void wholeModel();
};

void tst_ProviderValidator::validDefaults()
{
    QVERIFY(ProviderValidator::validate(valid()).isEmpty());
}

void tst_ProviderValidator::metadata_data()
{
    QTest::addColumn<QList<MetadataField>>("fields");
    QTest::addColumn<QStringList>("codes");
    using F = MetadataField;
    QTest::newRow("ok") << QList<F>{{"sub", "oktaId", true}, {"profile.department", "", false}}
                        << QStringList();
    QTest::newRow("escaped dot default")
        << QList<F>{{"http://example\\.com/id", "ext", false}} << QStringList();
    QTest::newRow("empty path") << QList<F>{{"", "x", false}} << QStringList{"metadata_path_empty"};
    QTest::newRow("empty segment") << QList<F>{{"a..b", "", false}} << QStringList{"metadata_path_invalid"};
    QTest::newRow("trailing dot") << QList<F>{{"a.", "x", false}} << QStringList{"metadata_path_invalid"};
    QTest::newRow("whitespace") << QList<F>{{" sub", "x", false}} << QStringList{"metadata_path_whitespace"};
    QTest::newRow("field name 63 ok") << QList<F>{{"sub", QString(63, 'a'), false}} << QStringList();
    QTest::newRow("field name 64") << QList<F>{{"sub", QString(64, 'a'), false}}
                                   << QStringList{"field_name_too_long"};
    QTest::newRow("field name chars")
        << QList<F>{{"sub", "user.id", false}} << QStringList{"field_name_invalid"};
    QTest::newRow("duplicate explicit")
        << QList<F>{{"sub", "id", false}, {"uid", "id", false}} << QStringList{"field_name_duplicate"};
    QTest::newRow("duplicate default")
        << QList<F>{{"a.city", "", false}, {"b.city", "", false}} << QStringList{"field_name_duplicate"};
    QTest::newRow("default vs explicit")
        << QList<F>{{"uid", "", false}, {"sub", "uid", false}} << QStringList{"field_name_duplicate"};
    QTest::newRow("unusual default") << QList<F>{{"http://example\\.com/id", "", false}}
                                     << QStringList{"warning:field_name_default_unusual"};
    QTest::newRow("id token claim") << QList<F>{{"email", "", false}}
                                    << QStringList{"warning:claim_not_in_access_token"};
}

void tst_ProviderValidator::metadata()
{
    QFETCH(QList<MetadataField>, fields);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(ProviderValidator::validateMetadataFields(fields)), codes);
}

void tst_ProviderValidator::idTokenClaimHintDependsOnRequired()
{
    const Findings optional =
        ProviderValidator::validateMetadataFields({{QStringLiteral("name"), {}, false}});
    const Findings required = ProviderValidator::validateMetadataFields({{QStringLiteral("name"), {}, true}});
    QCOMPARE(optional.constFirst().field, FieldKeys::metadataField(0, "name"));
    QVERIFY(required.constFirst().hint.contains(QStringLiteral("blocks every login")));
    QVERIFY(!optional.constFirst().hint.contains(QStringLiteral("blocks every login")));
}

// Once a real token is at hand, a claim it carries is no longer reported as missing from access tokens;
// the claims it lacks, and every other finding, stay.
void tst_ProviderValidator::aTokenDisprovesMissingClaims()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-1.okta.com");
    s.clientAppId = QStringLiteral("myapp-abcde");
    s.metadataFields = {{QStringLiteral("email"), {}, false}, {QStringLiteral("name"), {}, false}};
    const Findings before =
        ProviderValidator::validate(s) +
        Findings{Finding::warning(QStringLiteral("other"), QString(), QStringLiteral("x"))};
    QCOMPARE(findingCodes(before).count(QStringLiteral("warning:claim_not_in_access_token")), 2);
    const Findings after = ProviderValidator::withoutDisproved(
        before, s, {{QStringLiteral("email"), QStringLiteral("a@example.com")}, {QStringLiteral("sub"), 1}});
    QCOMPARE(findingCodes(after).count(QStringLiteral("warning:claim_not_in_access_token")), 1);
    QVERIFY(findingCodes(after).contains(QStringLiteral("warning:other")));
    for (const Finding &f : after)
        QVERIFY(f.code != QLatin1String("claim_not_in_access_token") ||
                f.field == FieldKeys::metadataField(1, "name"));
    QCOMPARE(ProviderValidator::withoutDisproved(before, s, {}).size(), before.size());
}

void tst_ProviderValidator::signingKeys_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("ok") << "HS256" << QStringList{"jwtKey"} << QStringList();
    QTest::newRow("three ok") << "RS256" << QStringList{"a", "b", "c"} << QStringList();
    QTest::newRow("none") << "HS256" << QStringList() << QStringList{"signing_keys_missing"};
    QTest::newRow("four") << "HS256" << QStringList{"a", "b", "c", "d"}
                          << QStringList{"signing_keys_too_many"};
    QTest::newRow("algorithm") << "RS384" << QStringList{"a"} << QStringList{"signing_algorithm_invalid"};
    QTest::newRow("name chars") << "HS256" << QStringList{"my key"}
                                << QStringList{"signing_key_name_invalid"};
    QTest::newRow("name first char") << "HS256" << QStringList{"_key"}
                                     << QStringList{"signing_key_name_invalid"};
    QTest::newRow("name 65") << "HS256" << QStringList{QString(65, 'k')}
                             << QStringList{"signing_key_name_too_long"};
    QTest::newRow("name 64 ok") << "HS256" << QStringList{QString(64, 'k')} << QStringList();
    QTest::newRow("duplicate") << "HS256" << QStringList{"k", "k"}
                               << QStringList{"signing_key_name_duplicate"};
}

void tst_ProviderValidator::signingKeys()
{
    QFETCH(QString, algorithm);
    QFETCH(QStringList, names);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(ProviderValidator::validateSigningKeys(algorithm, names)), codes);
}

void tst_ProviderValidator::signingKeyValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("64 hex") << QString(64, 'a') << QStringList();
    QTest::newRow("32") << QString(32, 'Z') << QStringList();
    QTest::newRow("500") << QString(500, '_') << QStringList();
    QTest::newRow("31") << QString(31, 'a') << QStringList{"signing_key_value_length"};
    QTest::newRow("501") << QString(501, 'a') << QStringList{"signing_key_value_length"};
    QTest::newRow("chars") << (QString(40, 'a') + "+/=") << QStringList{"signing_key_value_invalid"};
}

void tst_ProviderValidator::signingKeyValue()
{
    QFETCH(QString, value);
    QFETCH(QStringList, codes);
    const Findings f = ProviderValidator::validateSigningKeyValue(QStringLiteral("k"), value);
    QCOMPARE(findingCodes(f), codes);
    for (const Finding &x : f) // the value itself must never show up in a message
        QVERIFY(!x.message.contains(value) && !x.hint.contains(value));
}

void tst_ProviderValidator::audience_data()
{
    QTest::addColumn<QStringList>("audience");
    QTest::addColumn<bool>("requireAny");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("empty list") << QStringList() << false << QStringList();
    QTest::newRow("two any") << QStringList{"a", "b"} << true << QStringList();
    QTest::newRow("empty entry") << QStringList{""} << false << QStringList{"audience_empty"};
    QTest::newRow("whitespace") << QStringList{" api://default"} << false
                                << QStringList{"audience_whitespace"};
    QTest::newRow("duplicate") << QStringList{"a", "a"} << false << QStringList{"audience_duplicate"};
    QTest::newRow("any with one") << QStringList{"a"} << true
                                  << QStringList{"warning:require_any_audience_unused"};
}

void tst_ProviderValidator::audience()
{
    QFETCH(QStringList, audience);
    QFETCH(bool, requireAny);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(ProviderValidator::validateAudience(audience, requireAny)), codes);
}

void tst_ProviderValidator::target_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("clientAppId");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("none") << ""
                          << "" << QStringList();
    QTest::newRow("ok") << "5f1a2b3c4d5e6f7a8b9c0d1e"
                        << "myapp-abcde" << QStringList();
    QTest::newRow("project") << "5f1a2b3c"
                             << "" << QStringList{"project_id_invalid"};
    QTest::newRow("app chars") << ""
                               << "my app" << QStringList{"client_app_id_invalid"};
    QTest::newRow("app unusual") << ""
                                 << "myapp" << QStringList{"warning:client_app_id_unusual"};
}

void tst_ProviderValidator::target()
{
    QFETCH(QString, projectId);
    QFETCH(QString, clientAppId);
    QFETCH(QStringList, codes);
    QCOMPARE(findingCodes(ProviderValidator::validateTarget(projectId, clientAppId)), codes);
}

void tst_ProviderValidator::wholeModel()
{
    ProviderSettings s = valid();
    s.authServerId.clear();
    QCOMPARE(findingCodes(ProviderValidator::validate(s)), QStringList{"auth_server_org"});

    s = valid();
    s.signingKeyNames = {QStringLiteral("k")};
    QCOMPARE(findingCodes(ProviderValidator::validate(s)), QStringList{"warning:signing_keys_ignored"});

    // An explicit JWK URI does not need a domain; a manual provider needs neither.
    s = ProviderSettings();
    s.jwkUri = QStringLiteral("https://id.example.com/oauth2/aus1/v1/keys");
    QVERIFY(ProviderValidator::validate(s).isEmpty());
    s = ProviderSettings();
    s.verification = ProviderSettings::Verification::ManualKeys;
    s.signingKeyNames = {QStringLiteral("jwtKey")};
    QVERIFY(ProviderValidator::validate(s).isEmpty());
    s = ProviderSettings();
    QCOMPARE(findingCodes(ProviderValidator::validate(s)), QStringList{"domain_empty"});
}

QTEST_GUILESS_MAIN(tst_ProviderValidator)
#include "tst_ProviderValidator.moc"
