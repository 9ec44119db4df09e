#include "core/Base64Url.h"

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isUrlAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}
} // namespace

bool Base64Url::decode(const QByteArray &in, QByteArray *out)
{
    // Qt's decoder accepts '=' and, in some versions, the standard alphabet; check the bytes ourselves.
    for (const char c : in) {
        if (!isUrlAlphabet(c))
            return false;
    }
    if (in.size() % 4 == 1)
        return false;
    const auto result =
        QByteArray::fromBase64Encoding(in, kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    // Unused low bits of the last character must be zero: re-encoding must give the input back.
    if (result.decoded.toBase64(kOptions) != in)
        return false;
    *out = result.decoded;
    return true;
}

QByteArray Base64Url::encode(const QByteArray &data)
{
    return data.toBase64(kOptions);
}
