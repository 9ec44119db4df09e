#include "RemoteProvider.h"
#include "core/ProviderDiff.h"
#include "core/ProvidersWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTest>

using namespace RemoteProvider;

class tst_ProviderDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalIgnoresId()
    {
        QVERIFY(ProviderDiff::compare(remoteOf(okta()), ProvidersWriter::providerObject(okta())).isEmpty());
    }
    void audienceLine()
    {
        ProviderSettings local = okta();
        local.audience = QStringList{QStringLiteral("myapp-abcde")};
        const auto d = ProviderDiff::compare(remoteOf(okta()), ProvidersWriter::providerObject(local));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().toLine(), QStringLiteral("config.audience: [] → [\"myapp-abcde\"]"));
    }
    void remoteAbsentKeysCountAsDefaults()
    {
        // A remote that leaves out defaults (and uses the old string audience) equals a full local object.
        const QJsonObject remote{
            {"_id", "p1"},
            {"name", "custom-token"},
            {"type", "custom-token"},
            {"config", QJsonObject{{"audience", ""},
                                   {"jwkURI", okta().derivedJwkUri()},
                                   {"useJWKURI", true},
                                   {"signingAlgorithm", "RS256"},
                                   {"requireAnyAudience", "false"}}},
            {"metadata_fields", QJsonArray{QJsonObject{{"name", "user.city"}, {"field_name", "city"}}}}};
        ProviderSettings local = okta();
        local.metadataFields.append({QStringLiteral("user.city"), QString(), false});
        const auto d = ProviderDiff::compare(remote, ProvidersWriter::providerObject(local));
        QVERIFY2(d.isEmpty(), qPrintable(ProviderDiff::lines(d).join('\n')));
    }
    void absentSideShown()
    {
        const QJsonObject remote{{"name", "custom-token"}, {"type", "custom-token"}, {"extra", 1}};
        const QJsonObject local{{"name", "custom-token"}, {"type", "custom-token"}};
        const auto d = ProviderDiff::compare(remote, local);
        QCOMPARE(ProviderDiff::lines(d), QStringList{QStringLiteral("extra: 1 → (absent)")});
        QCOMPARE(d.first().toJson(), QJsonObject({{"path", "extra"}, {"remote", 1}}));
    }
    void metadataFieldsItemByItem()
    {
        ProviderSettings remote = okta();
        remote.metadataFields.append({QStringLiteral("email"), QString(), false});
        ProviderSettings local = remote;
        local.metadataFields[0].required = true;
        local.metadataFields.append({QStringLiteral("groups"), QStringLiteral("roles"), false});
        const auto d = ProviderDiff::compare(remoteOf(remote), ProvidersWriter::providerObject(local));
        QCOMPARE(ProviderDiff::lines(d),
                 QStringList(
                     {QStringLiteral("metadata_fields[0].required: false → true"),
                      QStringLiteral("metadata_fields[1]: (absent) → "
                                     "{\"field_name\":\"roles\",\"name\":\"groups\",\"required\":false}")}));
    }
    void switchToManualKeys()
    {
        ProviderSettings local = okta();
        local.verification = ProviderSettings::Verification::ManualKeys;
        local.signingKeyNames = QStringList{QStringLiteral("okta_key")};
        local.disabled = true;
        const QStringList lines = ProviderDiff::lines(
            ProviderDiff::compare(remoteOf(okta()), ProvidersWriter::providerObject(local)));
        QVERIFY(lines.contains(QStringLiteral("config.useJWKURI: true → false")));
        QVERIFY(lines.contains(QStringLiteral("config.signingAlgorithm: (absent) → \"RS256\"")));
        QVERIFY(lines.contains(QStringLiteral("secret_config.signingKeys: [] → [\"okta_key\"]")));
        QVERIFY(lines.contains(QStringLiteral("disabled: false → true")));
        QVERIFY(lines.contains(
            QStringLiteral("config.jwkURI: \"https://dev-1.okta.com/oauth2/default/v1/keys\" → \"\"")));
        QCOMPARE(lines.size(), 5);
    }
    void stringsEscaped()
    {
        QCOMPARE(ProviderDiff::valueText(QJsonValue(QStringLiteral("a\"b"))), QStringLiteral("\"a\\\"b\""));
        QCOMPARE(ProviderDiff::valueText(QJsonValue(QJsonValue::Undefined)), QStringLiteral("(absent)"));
    }
};

QTEST_GUILESS_MAIN(tst_ProviderDiff)
#include "tst_ProviderDiff.moc"
