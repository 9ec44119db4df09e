// libFuzzer target: JwkSet::parse / Jwk::fromJson, the RSA keys they build and the key-set warnings.
#include "core/JwkSet.h"
#include "core/TokenChecker.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const JwkSet set = JwkSet::parse(input).valueOr(JwkSet());
    for (const Jwk &key : set.keys()) {
        (void)key.isUsableForRs256();
        (void)set.keysWithKid(key.kid());
        if (!key.publicKey().isNull()) {
            (void)key.publicKey().bits();
            (void)key.publicKey().toPem();
            // A made-up signature must never verify (a verifier that accepts it is a finding).
            if (key.publicKey().verify(QByteArrayLiteral("header.payload"), input.left(512)))
                abort();
        }
    }
    (void)TokenChecker::jwksWarnings(set);
    return 0;
}
