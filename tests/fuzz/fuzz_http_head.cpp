// libFuzzer target: the request heads reaching the sign-in's loopback listener (HttpRequestHead). The first
// byte picks how the rest arrives (low nibble: chunks of 1..16 bytes) and the head's bound (high nibble: 0
// the default, else 32..480 bytes). Invariants: the same bytes give the same answer whole and in chunks, a
// complete head is a GET of an origin-form target over HTTP/1.x, and a refusal maps to one of the statuses
// the listener answers with.
#include "core/HttpRequestHead.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = (data[0] & 0x0f) + 1;
    const qsizetype bound = (data[0] >> 4) ? 32 * (data[0] >> 4) : HttpRequestHead::kMaxHeadBytes;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    HttpRequestHead whole(bound);
    const Result<HttpRequestHead::Progress> a = whole.feed(input);
    HttpRequestHead pieces(bound);
    Result<HttpRequestHead::Progress> b = HttpRequestHead::Progress::NeedMore;
    for (qsizetype at = 0; at < input.size(); at += chunk)
        b = pieces.feed(input.mid(at, chunk));

    if (a.ok() != b.ok() || (a.ok() && *a != *b) || (!a.ok() && !(a.problem() == b.problem())))
        abort();
    if (!a.ok()) {
        const int status = HttpRequestHead::statusFor(a.problem());
        if (a.problem().message.isEmpty() ||
            (status != 400 && status != 405 && status != 414 && status != 431 && status != 505))
            abort();
        return 0;
    }
    if (*a != HttpRequestHead::Progress::Complete)
        return 0;
    const HttpRequestHead::RequestLine &line = whole.requestLine();
    if (line.method != "GET" || !line.version.startsWith("HTTP/1.") || !line.target.isValid() ||
        !line.target.scheme().isEmpty() || !line.target.host().isEmpty() ||
        !line.target.path().startsWith(QLatin1Char('/')) || line.target != pieces.requestLine().target ||
        input.indexOf("\r\n\r\n") < 0 || input.indexOf("\r\n\r\n") + 4 > bound)
        abort();
    return 0;
}
