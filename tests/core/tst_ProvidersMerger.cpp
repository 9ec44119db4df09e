#include "TestFiles.h"
#include "core/JsonScanner.h"
#include "core/ProvidersMerger.h"
#include "core/ProvidersReader.h"

#include "OktaTemplate.h"
#include <QDir>

#include <QStringList>
#include <QTest>

namespace {
ProviderSettings oktaSettings()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    s.audience = {QStringLiteral("myapp-abcde")};
    s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("oktaId"), true},
                        {QStringLiteral("profile.department"), QString(), false}};
    return s;
}

// The text with the "custom-token" member and one adjoining separator cut out.
QByteArray withoutCustomToken(const QByteArray &text)
{
    const auto members = JsonScanner::members(text, JsonScanner::rootBegin(text));
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i).key != QLatin1String("custom-token"))
            continue;
        if (i + 1 < members.size())
            return text.left(members.at(i).keyBegin) + text.mid(members.at(i + 1).keyBegin);
        if (i > 0)
            return text.left(members.at(i - 1).valueEnd) + text.mid(members.at(i).valueEnd);
        const qsizetype root = JsonScanner::rootBegin(text);
        return text.left(root) + "{}" + text.mid(JsonScanner::valueEnd(text, root));
    }
    return text;
}
} // namespace

class tst_ProvidersMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void mergedGolden_data();
    void mergedGolden();
    void emptyObjectGolden();
    void insertsAlphabeticallyInClassicOrder();
    void existingDifferentNeedsConsent();
    void unchangedWhenSameProvider();
    void unknownMembersCountAsDifference();
    void malformedRefusedWithLineAndColumn_data();
    void malformedRefusedWithLineAndColumn();
    void strayMembersRefused();
    void newFileWhenEmpty();
    void legacyKeepsIdAndSurroundings();
    void legacyNewFileFollowsNeighbours();
    void legacyMalformedRefused();
};

void tst_ProvidersMerger::fixtures_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files =
        QDir(TestFiles::dataPath(QStringLiteral("providers"))).entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 12);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << TestFiles::dataPath(QStringLiteral("providers/") + f);
}

// For every fixture: only the custom-token bytes change, the result reads back as the settings,
// the entry is indented like its neighbours, and a second merge changes nothing.
void tst_ProvidersMerger::fixtures()
{
    QFETCH(QString, file);
    const QByteArray before = TestFiles::read(file);
    const ProviderSettings s = oktaSettings();
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, s, true);
    QVERIFY2(r.action == ProvidersMerger::Action::Added || r.action == ProvidersMerger::Action::Replaced,
             qPrintable(r.problem.message));
    QCOMPARE(withoutCustomToken(r.text), withoutCustomToken(before));

    JsonScanner::ParseError pe;
    QVERIFY2(JsonScanner::parse(r.text, &pe), qPrintable(pe.message));
    const ProvidersReader::Reading read = ProvidersReader::readProvidersFile(r.text);
    QVERIFY(read.found);
    QVERIFY(read.settings.sameProviderAs(s));
    QVERIFY(read.findings.isEmpty());

    const auto members = JsonScanner::members(r.text, JsonScanner::rootBegin(r.text));
    QByteArray neighbourIndent, ownIndent;
    for (const auto &m : members) {
        const QByteArray indent = JsonScanner::lineIndent(r.text, m.keyBegin);
        (m.key == QLatin1String("custom-token") ? ownIndent : neighbourIndent) = indent;
    }
    if (members.size() > 1 && !neighbourIndent.isEmpty())
        QCOMPARE(ownIndent, neighbourIndent);
    if (before.contains("\r\n"))
        QVERIFY(!r.text.contains(QByteArray("\n")) || r.text.count("\n") == r.text.count("\r\n"));

    const ProvidersMerger::Merge again = ProvidersMerger::mergeProvidersFile(r.text, s, false);
    QCOMPARE(int(again.action), int(ProvidersMerger::Action::Unchanged));
    QCOMPARE(again.text, r.text);
}

void tst_ProvidersMerger::mergedGolden_data()
{
    QTest::addColumn<QString>("fixture");
    // Insertion among classic-order providers, replacement of an existing entry, CRLF, tabs without a final
    // newline, a byte order mark with emoji.
    for (const char *name :
         {"02-classic-no-custom-token.json", "07-existing-okta-jwk.json", "09-crlf-windows.json",
          "10-tabs-no-trailing-newline.json", "12-bom-two-space-emoji.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// The merge of a few fixtures, byte for byte, against files written out once and reviewed by hand
// (tests/data/merged). fixtures() cuts custom-token out with the product's own scanner and compares the rest,
// so nothing inside the entry is held to bytes there. Mutation caught: the replaced entry written one level
// deeper (providerText(s, style, level + 1) in mergeProvidersFile), which every fixtures() row passes.
void tst_ProvidersMerger::mergedGolden()
{
    QFETCH(QString, fixture);
    const QByteArray before = TestFiles::read(TestFiles::dataPath(QStringLiteral("providers/") + fixture));
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, oktaSettings(), true);
    QVERIFY2(r.action == ProvidersMerger::Action::Added || r.action == ProvidersMerger::Action::Replaced,
             qPrintable(r.problem.message));
    const QByteArray golden = TestFiles::read(TestFiles::dataPath(QStringLiteral("merged/") + fixture));
    QVERIFY(!golden.isEmpty());
    QCOMPARE(r.text, golden);
}

void tst_ProvidersMerger::emptyObjectGolden()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile("{}\n", s, false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Added));
    QCOMPARE(r.text, oktaTemplateFile());
}

void tst_ProvidersMerger::insertsAlphabeticallyInClassicOrder()
{
    const QByteArray before =
        TestFiles::read(TestFiles::dataPath(QStringLiteral("providers/02-classic-no-custom-token.json")));
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("acme.okta.com");
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, s, false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Added));
    const QByteArray expectedEntry =
        "    \"custom-token\": {\n"
        "        \"name\": \"custom-token\",\n"
        "        \"type\": \"custom-token\",\n"
        "        \"config\": {\n"
        "            \"audience\": [],\n"
        "            \"jwkURI\": \"https://acme.okta.com/oauth2/default/v1/keys\",\n"
        "            \"useJWKURI\": true\n"
        "        },\n"
        "        \"secret_config\": {\n"
        "            \"signingKeys\": []\n"
        "        },\n"
        "        \"disabled\": false,\n"
        "        \"metadata_fields\": []\n"
        "    },\n"
        "    \"local-userpass\"";
    QVERIFY2(r.text.contains(expectedEntry), r.text.constData());
    QVERIFY(r.text.indexOf("\"api-key\"") < r.text.indexOf("\"custom-token\""));
}

void tst_ProvidersMerger::existingDifferentNeedsConsent()
{
    const QByteArray before =
        TestFiles::read(TestFiles::dataPath(QStringLiteral("providers/01-modern-with-custom-token.json")));
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, oktaSettings(), false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::NeedsConsent));
    QVERIFY(r.hadProvider);
    QCOMPARE(r.existing.signingKeyNames, QStringList{QStringLiteral("inventoryJwtKey")});
    QVERIFY(r.text != before); // the proposal, for the diff
    const ProvidersMerger::Merge forced = ProvidersMerger::mergeProvidersFile(before, oktaSettings(), true);
    QCOMPARE(int(forced.action), int(ProvidersMerger::Action::Replaced));
    QCOMPARE(forced.text, r.text);
}

void tst_ProvidersMerger::unchangedWhenSameProvider()
{
    // App Services writes "signingAlgorithm": "" and requireAnyAudience in JWK mode; that is the same
    // provider.
    const QByteArray before = TestFiles::read(
        TestFiles::dataPath(QStringLiteral("providers/08-exporter-jwk-empty-algorithm.json")));
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("acme.oktapreview.com");
    s.authServerId = QStringLiteral("aus5rb5mt2H3d1TJd0h7");
    s.audience = {QStringLiteral("api://default")};
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, s, false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Unchanged));
    QCOMPARE(r.text, before);
}

void tst_ProvidersMerger::unknownMembersCountAsDifference()
{
    const QByteArray before = TestFiles::read(
        TestFiles::dataPath(QStringLiteral("providers/11-string-audience-unknown-member.json")));
    const ProvidersReader::Reading read = ProvidersReader::readProvidersFile(before);
    QVERIFY(read.found);
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, read.settings, false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::NeedsConsent));
    QStringList codes;
    for (const Finding &f : r.findings)
        codes << f.field;
    QVERIFY(codes.contains(QStringLiteral("custom-token.config.tokenLifetimeHint")));
    QVERIFY(codes.contains(QStringLiteral("custom-token.redirect_uris")));
}

void tst_ProvidersMerger::malformedRefusedWithLineAndColumn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("missing comma") << QStringLiteral("missing-comma.json") << 5;
    QTest::newRow("duplicate key") << QStringLiteral("duplicate-key.json") << 3;
    QTest::newRow("array root") << QStringLiteral("array-root.json") << 1;
    QTest::newRow("invalid utf-8") << QStringLiteral("invalid-utf8.json") << 1;
    QTest::newRow("truncated") << QStringLiteral("truncated.json") << 3;
}

void tst_ProvidersMerger::malformedRefusedWithLineAndColumn()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    const QByteArray before = TestFiles::read(TestFiles::dataPath(QStringLiteral("malformed/") + file));
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(before, oktaSettings(), true);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Refused));
    QCOMPARE(r.problem.code, QStringLiteral("json_malformed"));
    QCOMPARE(r.line, line);
    QVERIFY(r.column >= 1);
    QVERIFY(!r.problem.message.isEmpty());
}

// Members that are not provider objects: nothing is merged, even with replace, and each is named.
void tst_ProvidersMerger::strayMembersRefused()
{
    for (const char *name :
         {"broken/stray-members-with-custom-token.json", "broken/stray-members-no-custom-token.json"}) {
        const QByteArray before = TestFiles::read(TestFiles::dataPath(QLatin1String(name)));
        for (const bool replace : {false, true}) {
            const ProvidersMerger::Merge r =
                ProvidersMerger::mergeProvidersFile(before, oktaSettings(), replace);
            QCOMPARE(int(r.action), int(ProvidersMerger::Action::Refused));
            QCOMPARE(r.problem.code, QStringLiteral("value_type"));
            QVERIFY(r.text.isEmpty());
            for (const char *member : {"\"name\"", "\"type\"", "\"disabled\""})
                QVERIFY2(r.problem.message.contains(QLatin1String(member)), qPrintable(r.problem.message));
            QCOMPARE(r.findings.size(), 3);
        }
    }
}

void tst_ProvidersMerger::newFileWhenEmpty()
{
    const ProvidersMerger::Merge r = ProvidersMerger::mergeProvidersFile(QByteArray(), oktaSettings(), false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Added));
    QVERIFY(r.text.startsWith("{\n    \"custom-token\": {"));
    QVERIFY(r.text.endsWith("}\n") && !r.text.endsWith("\n\n"));
}

void tst_ProvidersMerger::legacyKeepsIdAndSurroundings()
{
    const QByteArray before = TestFiles::read(
        TestFiles::dataPath(QStringLiteral("apps/legacy-stitch/auth_providers/custom-token.json")));
    const ProvidersReader::Reading read = ProvidersReader::readLegacyFile(before);
    QCOMPARE(read.legacyId, QStringLiteral("5d2da7403269972949d5b462"));
    QCOMPARE(read.settings.signingKeyNames, QStringList{QStringLiteral("OrdersLogin")});
    QVERIFY(read.settings.audience.isEmpty());
    JsonStyle style;
    style.keyOrder = JsonStyle::KeyOrder::Classic;
    const ProvidersMerger::Merge r = ProvidersMerger::mergeLegacyFile(before, style, oktaSettings(), true);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Replaced));
    QVERIFY(
        r.text.startsWith("{\n    \"id\": \"5d2da7403269972949d5b462\",\n    \"name\": \"custom-token\",\n"));
    QVERIFY(r.text.indexOf("\"secret_config\"") < r.text.indexOf("\"disabled\"")); // classic order kept
    QVERIFY(r.text.endsWith("]\n}\n"));
}

void tst_ProvidersMerger::legacyNewFileFollowsNeighbours()
{
    JsonStyle style;
    style.indentUnit = QStringLiteral("  ");
    style.keyOrder = JsonStyle::KeyOrder::Classic;
    const ProvidersMerger::Merge r =
        ProvidersMerger::mergeLegacyFile(QByteArray(), style, oktaSettings(), false);
    QCOMPARE(int(r.action), int(ProvidersMerger::Action::Added));
    QVERIFY(r.text.startsWith(
        "{\n  \"name\": \"custom-token\",\n  \"type\": \"custom-token\",\n  \"config\": {\n"));
    QVERIFY(r.text.endsWith("}\n"));
}

// A legacy file that does not parse is left alone with where it broke; one that does merges without a
// Problem.
void tst_ProvidersMerger::legacyMalformedRefused()
{
    const QByteArray before =
        TestFiles::read(TestFiles::dataPath(QStringLiteral("malformed/missing-comma.json")));
    for (const bool replace : {false, true}) {
        const ProvidersMerger::Merge r =
            ProvidersMerger::mergeLegacyFile(before, {}, oktaSettings(), replace);
        QCOMPARE(int(r.action), int(ProvidersMerger::Action::Refused));
        QCOMPARE(r.problem.code, QStringLiteral("json_malformed"));
        QVERIFY(!r.problem.message.isEmpty());
        QCOMPARE(r.line, 5);
        QCOMPARE(r.column, 10);
        QVERIFY(r.text.isEmpty());
        QVERIFY(!r.hadProvider);
    }
    const ProvidersMerger::Merge fixed = ProvidersMerger::mergeLegacyFile(
        TestFiles::read(
            TestFiles::dataPath(QStringLiteral("apps/legacy-stitch/auth_providers/custom-token.json"))),
        {}, oktaSettings(), true);
    QCOMPARE(int(fixed.action), int(ProvidersMerger::Action::Replaced));
    QVERIFY(fixed.problem.isNull());
}

QTEST_GUILESS_MAIN(tst_ProvidersMerger)
#include "tst_ProvidersMerger.moc"
