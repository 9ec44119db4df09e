#pragma once

#include "core/RsaKeyPair.h"

#include <QJsonObject>

/// Mints compact RS256/RS384/RS512 JWS tokens with an RsaKeyPair: for the sandbox, the demo mode and
/// tests. Not used to verify anything.
class JwtSigner
{
public:
    /// Signs with the digest named by header `alg` (RS256 when absent or unknown; `alg` is not added).
    static QByteArray sign(const QJsonObject &header, const QJsonObject &claims, const RsaKeyPair &key);
    /// Signs raw JSON texts as given (for hostile headers such as duplicate members).
    static QByteArray signRaw(const QByteArray &headerJson, const QByteArray &claimsJson,
                              const RsaKeyPair &key,
                              RsaPublicKey::Digest digest = RsaPublicKey::Digest::Sha256);
    /// "b64u(header).b64u(claims)" with no signature.
    static QByteArray signingInput(const QByteArray &headerJson, const QByteArray &claimsJson);
};
