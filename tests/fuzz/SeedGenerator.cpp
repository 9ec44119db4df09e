// Writes seed inputs for fuzz_token_check (token, newline, JWKS) and fuzz_jwks into DIR/token_check and
// DIR/jwks. Keys are fresh each run, so the committed seeds were written once: owz_fuzz_seeds
// tests/fuzz/corpus
#include "core/JwtSigner.h"
#include "core/RsaKeyPair.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "owz_fuzz_seeds: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: owz_fuzz_seeds DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral("token_check")) || !dir.mkpath(QStringLiteral("jwks")))
        return 1;
    // A 1024-bit key too: a short key and a wrong-key signature are paths the checker must handle.
    const RsaKeyPair key = RsaKeyPair::generate(2048).value();
    const RsaKeyPair small = RsaKeyPair::generate(1024).value();
    if (key.isNull() || small.isNull())
        return 1;
    const QJsonObject jwk = key.publicJwk(QStringLiteral("key-1"));
    const QByteArray jwks = compact({{QStringLiteral("keys"), QJsonArray{jwk}}});
    const QByteArray jwks3 =
        compact({{QStringLiteral("keys"),
                  QJsonArray{small.publicJwk(QStringLiteral("old"), QString()), jwk,
                             QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                         {QStringLiteral("kid"), QStringLiteral("ec")}},
                             key.publicJwk(QStringLiteral("key-1"), QStringLiteral("RS512"))}}});

    const QString issuer = QStringLiteral("https://dev-1.okta.com/oauth2/default");
    const qint64 now = 1700000000;
    const QJsonObject claims{{QStringLiteral("ver"), 1},
                             {QStringLiteral("iss"), issuer},
                             {QStringLiteral("aud"), QStringLiteral("myapp-abcde")},
                             {QStringLiteral("iat"), now - 60},
                             {QStringLiteral("exp"), now + 3600},
                             {QStringLiteral("uid"), QStringLiteral("00u47ijy7sRLaeSdC0g7")},
                             {QStringLiteral("groups"), QJsonArray{QStringLiteral("Everyone")}},
                             {QStringLiteral("address"), QJsonObject{{QStringLiteral("country"), "NZ"}}},
                             {QStringLiteral("a.b"), QJsonObject{{QStringLiteral("c"), 1}}},
                             {QStringLiteral("sub"), QStringLiteral("user@example.com")}};
    QJsonObject expired = claims;
    expired[QStringLiteral("exp")] = now - 10;
    QJsonObject audList = claims;
    audList[QStringLiteral("aud")] = QJsonArray{QStringLiteral("api://default"), 5};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("key-1")}};
    QJsonObject rs512 = header;
    rs512[QStringLiteral("alg")] = QStringLiteral("RS512");
    const QJsonObject none{{QStringLiteral("alg"), QStringLiteral("none")}};

    const QList<QPair<QString, QByteArray>> tokens{
        {QStringLiteral("valid"), JwtSigner::sign(header, claims, key) + '\n' + jwks},
        {QStringLiteral("valid-three-keys"), JwtSigner::sign(header, claims, key) + '\n' + jwks3},
        {QStringLiteral("expired"), JwtSigner::sign(header, expired, key) + '\n' + jwks},
        {QStringLiteral("aud-list"), JwtSigner::sign(header, audList, key) + '\n' + jwks},
        {QStringLiteral("rs512"), JwtSigner::sign(rs512, claims, key) + '\n' + jwks3},
        {QStringLiteral("wrong-key"), JwtSigner::sign(header, claims, small) + '\n' + jwks},
        {QStringLiteral("unsigned"), JwtSigner::signingInput(compact(none), compact(claims)) + ".\n" + jwks},
        {QStringLiteral("duplicate-alg"),
         JwtSigner::signRaw(R"({"alg":"RS256","alg":"none","kid":"key-1"})", compact(claims), key) + '\n' +
             jwks},
        {QStringLiteral("no-jwks"), JwtSigner::sign(header, claims, key)},
    };
    for (const auto &t : tokens)
        if (!write(dir.filePath(QStringLiteral("token_check/") + t.first), t.second))
            return 1;
    if (!write(dir.filePath(QStringLiteral("jwks/one-key.json")), jwks) ||
        !write(dir.filePath(QStringLiteral("jwks/mixed-keys.json")), jwks3))
        return 1;
    return 0;
}
