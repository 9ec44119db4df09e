#include "core/OAuthCallback.h"

#include <QUrlQuery>

OAuthCallback OAuthCallback::evaluate(const QUrl &url, const QString &expectedPath,
                                      const QString &expectedState)
{
    OAuthCallback out;
    if (!url.isValid() || url.path(QUrl::FullyDecoded) != expectedPath) {
        out.kind = Kind::WrongPath;
        return out;
    }
    const QUrlQuery query(url);
    auto single = [&query](const QString &name, bool *repeated) {
        const QStringList all = query.allQueryItemValues(name, QUrl::FullyDecoded);
        *repeated = *repeated || all.size() > 1;
        return all.value(0);
    };
    bool repeated = false;
    const QString state = single(QStringLiteral("state"), &repeated);
    // Compared as a whole, and a repeated state never counts: only our own redirect carries it once.
    if (expectedState.isEmpty() || state != expectedState || repeated) {
        out.kind = Kind::WrongState;
        return out;
    }
    out.code = single(QStringLiteral("code"), &repeated);
    out.error = single(QStringLiteral("error"), &repeated);
    out.errorDescription = single(QStringLiteral("error_description"), &repeated);
    if (!out.error.isEmpty() && !repeated) {
        out.kind = Kind::Error;
        out.code.clear();
        out.error.truncate(200);
        out.errorDescription.truncate(1000);
        return out;
    }
    const bool usable = !out.code.isEmpty() && out.code.size() <= kMaxCodeChars && !repeated;
    out.kind = usable ? Kind::Code : Kind::Malformed;
    if (!usable)
        out.code.clear();
    return out;
}

QString OAuthCallback::refusal() const
{
    switch (kind) {
    case Kind::WrongPath:
        return tr("This is not the sign-in redirect address.");
    case Kind::WrongState:
        return tr(
            "The redirect's state does not match this sign-in: it was refused and nothing was exchanged.");
    case Kind::Malformed:
        return tr("The redirect carries no usable authorization code.");
    case Kind::Code:
    case Kind::Error:
        break;
    }
    return {};
}
