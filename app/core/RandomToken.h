#pragma once

#include <QByteArray>

/// Random base64url strings from the operating system's CSPRNG (QRandomGenerator::system()): OAuth state,
/// nonce and PKCE verifiers.
class RandomToken
{
public:
    /// base64url (no padding) of `bytes` random bytes; 16 bytes give 22 characters (128 bits).
    static QByteArray base64Url(int bytes);
};
