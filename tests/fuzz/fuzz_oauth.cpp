// libFuzzer target: what reaches the sign-in from outside. The first byte picks the parser: the loopback
// redirect's request target (OAuthCallback::evaluate), or a body of Okta's token or device authorization
// endpoint (OAuthReply). Invariants: only the exact state yields a code, a code is never
// empty or oversized, and a parsed reply that is ok carries what the flow needs.
#include "core/OAuthCallback.h"
#include "core/OAuthReply.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString state = QStringLiteral("s7ateOfThisSignIn0123456");
    switch (data[0] % 3) {
    case 0: {
        const QUrl url = QUrl::fromEncoded(input);
        const OAuthCallback cb = OAuthCallback::evaluate(url, QStringLiteral("/callback"), state);
        if (cb.kind == OAuthCallback::Kind::Code &&
            (cb.code.isEmpty() || cb.code.size() > OAuthCallback::kMaxCodeChars))
            abort();
        // A redirect matches one state at most: never both this one and one a character longer.
        if (cb.kind == OAuthCallback::Kind::Code &&
            OAuthCallback::evaluate(url, QStringLiteral("/callback"), state + QLatin1Char('x')).kind ==
                OAuthCallback::Kind::Code)
            abort();
        if (cb.kind != OAuthCallback::Kind::Code && !cb.code.isEmpty())
            abort();
        (void)cb.refusal();
        break;
    }
    case 1: {
        const OAuthReply r = OAuthReply::parseToken(input);
        if (r.ok && (r.accessToken.isEmpty() || r.accessToken.size() > OAuthReply::kMaxTokenChars))
            abort();
        (void)r.explain(QStringLiteral("token"));
        break;
    }
    default: {
        const OAuthReply r = OAuthReply::parseDeviceAuthorization(input);
        if (r.ok && (r.deviceCode.isEmpty() || r.userCode.isEmpty() || r.interval < 1 || r.expiresIn < 1))
            abort();
        (void)r.explain(QStringLiteral("device"));
    }
    }
    return 0;
}
