#include "TokenFactory.h"
#include "core/Base64Url.h"
#include "core/JwtSigner.h"
#include "core/TokenChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

// The signature layer and ordering: every failure code is asserted by its code.
class tst_TokenChecker : public QObject
{
    Q_OBJECT

    TokenFactory f;

    TokenCheckResult check(const QByteArray &token) const
    {
        return TokenChecker::check(token, f.jwks(), f.options());
    }
    QStringList codes(const QByteArray &token) const { return check(token).failureCodes(); }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void validToken()
    {
        const TokenCheckResult r = check(f.token(f.claims()));
        QVERIFY2(r.isValid(), qPrintable(r.failureCodes().join(',')));
        QCOMPARE(r.kid, TokenFactory::kKid);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.claims.value("sub").toString(), QStringLiteral("user@example.com"));
        QCOMPARE(r.header.value("alg").toString(), QStringLiteral("RS256"));
        QVERIFY(!r.needsJwksRefetch);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray good = f.token(f.claims());
        const QList<QByteArray> p = good.split('.');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("word") << QByteArray("foo");
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("dots") << QByteArray("..");
        QTest::newRow("two parts") << p[0] + '.' + p[1];
        QTest::newRow("four parts") << good + ".x";
        QTest::newRow("padding") << p[0] + "=." + p[1] + '.' + p[2];
        QTest::newRow("plus") << p[0] + '.' + p[1] + ".+" + p[2].mid(1);
        QTest::newRow("slash") << p[0] + '.' + p[1] + "./" + p[2].mid(1);
        QTest::newRow("space") << p[0] + ". " + p[1] + '.' + p[2];
        QTest::newRow("newline") << p[0] + '.' + p[1] + ".\n" + p[2];
        QTest::newRow("trailing newline") << good + '\n';
        QTest::newRow("header not json") << Base64Url::encode("alg RS256") + '.' + p[1] + '.' + p[2];
        QTest::newRow("payload not json") << p[0] + '.' + Base64Url::encode("{\"sub\":") + '.' + p[2];
        QTest::newRow("payload array") << p[0] + '.' + Base64Url::encode("[1]") + '.' + p[2];
        QTest::newRow("invalid utf8")
            << JwtSigner::signRaw(json(f.header()), "{\"sub\":\"\xC3\x28\"}", f.key);
        QTest::newRow("duplicate alg") << JwtSigner::signRaw(
            "{\"alg\":\"RS256\",\"alg\":\"none\",\"kid\":\"key-1\"}", json(f.claims()), f.key);
        QTest::newRow("duplicate claim")
            << JwtSigner::signRaw(json(f.header()), "{\"sub\":\"a\",\"sub\":\"b\"}", f.key);
        QTest::newRow("bom") << JwtSigner::signRaw("\xEF\xBB\xBF" + json(f.header()), json(f.claims()),
                                                   f.key);
        // Non-canonical base64url: the last character's unused bits are not zero.
        QByteArray h = p[0];
        h[h.size() - 1] = h.at(h.size() - 1) == '9' ? '8' : '9';
        QTest::newRow("non-canonical") << h + '.' + p[1] + '.' + p[2];
    }
    void malformed()
    {
        QFETCH(QByteArray, token);
        const TokenCheckResult r = check(token);
        QCOMPARE(r.failureCodes(), QStringList{QStringLiteral("malformed")});
        QVERIFY(!r.failures.first().message.isEmpty());
    }

    void algNotAllowed_data()
    {
        QTest::addColumn<QByteArray>("token");
        QJsonObject none = f.header();
        none["alg"] = "none";
        QTest::newRow("none with kid") << JwtSigner::signingInput(json(none), json(f.claims())) + '.';
        // Key confusion: HS256 keyed with the RSA public key a naive verifier would load.
        QJsonObject hs = f.header();
        hs["alg"] = "HS256";
        QTest::newRow("HS256 with public key")
            << TokenFactory::hs256(json(hs), json(f.claims()), f.key.publicKey().toPem());
        QJsonObject rs384 = f.header();
        rs384["alg"] = "RS384";
        QTest::newRow("RS384 right key") << f.token(rs384, f.claims());
        QJsonObject noAlg = f.header();
        noAlg.remove("alg");
        QTest::newRow("alg missing") << f.token(noAlg, f.claims());
        QJsonObject lower = f.header();
        lower["alg"] = "rs256";
        QTest::newRow("lower case") << f.token(lower, f.claims());
    }
    void algNotAllowed()
    {
        QFETCH(QByteArray, token);
        const TokenCheckResult r = check(token);
        QCOMPARE(r.failureCodes(), QStringList{QStringLiteral("alg_not_allowed")});
        QVERIFY(r.kid.isEmpty());
    }

    void rfc7515A5AlgNone()
    {
        const QByteArray token = QJsonDocument::fromJson(TokenFactory::readData("jose/rfc7515-a5.json"))
                                     .object()
                                     .value("compact")
                                     .toString()
                                     .toLatin1();
        QVERIFY(token.endsWith('.'));
        // The RFC's claims (iss "joe", exp in 2011) fail too, but the signature layer stops at the algorithm.
        const QStringList c = codes(token);
        QCOMPARE(c.value(0), QStringLiteral("alg_not_allowed"));
        QVERIFY(!c.contains("kid_missing") && !c.contains("signature_invalid"));
    }

    void kidMissing()
    {
        QJsonObject h = f.header();
        h.remove("kid");
        QCOMPARE(codes(f.token(h, f.claims())), QStringList{QStringLiteral("kid_missing")});
        h["kid"] = 7;
        QCOMPARE(codes(f.token(h, f.claims())), QStringList{QStringLiteral("kid_missing")});
        h["kid"] = "";
        QCOMPARE(codes(f.token(h, f.claims())), QStringList{QStringLiteral("kid_missing")});
    }

    void kidUnknownThenRefetched()
    {
        QJsonObject h = f.header();
        h["kid"] = "rotated";
        const QByteArray token = JwtSigner::sign(h, f.claims(), f.other);
        const TokenCheckResult first = check(token);
        QCOMPARE(first.failureCodes(), QStringList{QStringLiteral("kid_unknown")});
        QVERIFY(first.needsJwksRefetch);
        // The caller refetches; the new set has the rotated key.
        const JwkSet refreshed =
            TokenFactory::jwksOf({f.key.publicJwk(TokenFactory::kKid), f.other.publicJwk("rotated")});
        const TokenCheckResult second = TokenChecker::check(token, refreshed, f.options());
        QVERIFY(second.isValid());
        QCOMPARE(second.kid, QStringLiteral("rotated"));
        QVERIFY(!second.needsJwksRefetch);
    }

    void kidOnlyOnUnusableKey()
    {
        // A kid that names an RS384-only key is no usable key: kid_unknown, never a verification attempt.
        const JwkSet set = TokenFactory::jwksOf({f.key.publicJwk(TokenFactory::kKid, "RS384")});
        const TokenCheckResult r = TokenChecker::check(f.token(f.claims()), set, f.options());
        QVERIFY(r.hasFailure("kid_unknown"));
        QVERIFY(r.hasWarning("jwks_non_rs256_key"));
    }

    void signatureInvalid()
    {
        // Another key with the same kid.
        QCOMPARE(codes(JwtSigner::sign(f.header(), f.claims(), f.other)), QStringList{"signature_invalid"});
        // Payload swapped after signing.
        const QList<QByteArray> p = f.token(f.claims()).split('.');
        QJsonObject c = f.claims();
        c["sub"] = "admin@example.com";
        QCOMPARE(codes(p[0] + '.' + Base64Url::encode(json(c)) + '.' + p[2]),
                 QStringList{"signature_invalid"});
        // Empty signature with RS256.
        QCOMPARE(codes(p[0] + '.' + p[1] + '.'), QStringList{"signature_invalid"});
    }

    void sameKidTwiceTriesBoth()
    {
        const JwkSet set = TokenFactory::jwksOf(
            {f.other.publicJwk(TokenFactory::kKid), f.key.publicJwk(TokenFactory::kKid)});
        QVERIFY(TokenChecker::check(f.token(f.claims()), set, f.options()).isValid());
    }

    void jkuIgnored()
    {
        QJsonObject h = f.header();
        h["jku"] = "https://attacker.example/keys";
        QCOMPARE(codes(JwtSigner::sign(h, f.claims(), f.other)), QStringList{"signature_invalid"});
        QVERIFY(check(f.token(h, f.claims())).isValid());
    }

    void failuresInDesignOrder()
    {
        QJsonObject c;
        c["iss"] = "https://evil.example";
        c["aud"] = "other";
        c["exp"] = TokenFactory::kNow - 1;
        c["nbf"] = TokenFactory::kNow + 100;
        c["iat"] = TokenFactory::kNow + 100;
        c["big"] = QString(4097, 'x');
        c["pad"] = QString(TokenChecker::kMaxTokenChars, 'p');
        TokenCheckOptions o = f.options();
        o.metadataFields = {{"missing", {}, true}, {"big", {}, false}};
        const TokenCheckResult r = TokenChecker::check(JwtSigner::sign(f.header(), c, f.other), f.jwks(), o);
        QCOMPARE(r.failureCodes(),
                 QStringList({"signature_invalid", "issuer_mismatch", "audience_mismatch", "expired",
                              "not_yet_valid", "issued_in_future", "sub_missing", "required_claim_missing",
                              "claim_too_long", "token_too_large"}));
    }

    // Offline, everything but the key lookup and the signature runs, in the same order; a token signed by
    // another key passes it, and never claims to be verified.
    void withoutKeysRunsEveryOtherCheck()
    {
        QJsonObject c = f.claims();
        c["aud"] = "other";
        c["exp"] = TokenFactory::kNow - 1;
        const QByteArray forged = JwtSigner::sign(f.header(), c, f.other);
        const TokenCheckResult r = TokenChecker::checkWithoutKeys(forged, f.options());
        QVERIFY(!r.signatureChecked);
        QCOMPARE(r.failureCodes(), QStringList({"audience_mismatch", "expired"}));
        QVERIFY(r.kid.isEmpty());
        QVERIFY(!r.needsJwksRefetch);
        QVERIFY(check(forged).signatureChecked);

        const TokenCheckResult good = TokenChecker::checkWithoutKeys(f.token(f.claims()), f.options());
        QVERIFY(good.failures.isEmpty());
        QVERIFY(!good.signatureChecked);
        QCOMPARE(TokenChecker::checkWithoutKeys("abc.def", f.options()).failureCodes(),
                 QStringList{"malformed"});
        QJsonObject none = f.header();
        none["alg"] = "none";
        QCOMPARE(TokenChecker::checkWithoutKeys(f.token(none, f.claims()), f.options()).failureCodes(),
                 QStringList{"alg_not_allowed"});
    }

    // Metadata edits after a check re-map it: user data and the metadata failures follow the fields, the
    // other failures keep their place (before them), token_too_large stays last.
    void withMetadataFieldsRemapsOnlyTheMetadataPart()
    {
        QJsonObject c = f.claims();
        c["profile"] = QJsonObject{{"dept", "eng"}};
        c["exp"] = TokenFactory::kNow - 1;
        TokenCheckOptions o = f.options();
        o.metadataFields = {{"missing", {}, true}};
        const TokenCheckResult r = TokenChecker::check(f.token(c), f.jwks(), o);
        QCOMPARE(r.failureCodes(), QStringList({"expired", "required_claim_missing"}));

        const QList<MetadataField> fields{{"profile.dept", "department", true}, {"groups", {}, true}};
        const TokenCheckResult mapped = TokenChecker::withMetadataFields(r, fields);
        QCOMPARE(mapped.userData, (QJsonObject{{"department", "eng"}}));
        QCOMPARE(mapped.failureCodes(), QStringList({"expired", "required_claim_missing"}));
        QVERIFY(mapped.failures.last().message.contains("groups"));
        const TokenCheckResult fewer = TokenChecker::withMetadataFields(r, {fields.first()});
        QCOMPARE(fewer.failureCodes(), QStringList{"expired"});
        QCOMPARE(fewer.kid, r.kid);

        const TokenCheckResult malformed = TokenChecker::check("abc", f.jwks(), o);
        QCOMPARE(TokenChecker::withMetadataFields(malformed, fields).failureCodes(),
                 QStringList{"malformed"});
    }

    void tokenTooLarge()
    {
        QJsonObject c = f.claims();
        c["pad"] = QString(TokenChecker::kMaxTokenChars, 'p');
        QCOMPARE(codes(f.token(c)), QStringList{"token_too_large"});
        QCOMPARE(codes(QByteArray(9 * TokenChecker::kMaxTokenChars, 'a')), QStringList{"token_too_large"});
        QCOMPARE(codes(QByteArray(TokenChecker::kMaxTokenChars + 1, 'a')),
                 QStringList({"malformed", "token_too_large"}));
    }
};

QTEST_GUILESS_MAIN(tst_TokenChecker)
#include "tst_TokenChecker.moc"
