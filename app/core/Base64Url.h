#pragma once

#include <QByteArray>

/// Strict base64url (RFC 4648 §5, no padding) as JWS compact serialization requires.
class Base64Url
{
public:
    /// Decodes `in`; false on padding, '+', '/', whitespace, any other stray byte or non-canonical
    /// trailing bits (so every token has exactly one spelling).
    static bool decode(const QByteArray &in, QByteArray *out);
    static QByteArray encode(const QByteArray &data);
};
