#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// What arrived at the loopback redirect listener, judged before anything is exchanged: only a request on
/// the exact path with the expected `state` and either a `code` or an OAuth `error` counts.
struct OAuthCallback
{
    Q_DECLARE_TR_FUNCTIONS(OAuthCallback)

public:
    enum class Kind
    {
        Code,       // the genuine redirect with an authorization code
        Error,      // the genuine redirect carrying error / error_description
        WrongPath,  // not the redirect path (a favicon, a probe): ignored
        WrongState, // state missing or different: refused, never exchanged
        Malformed   // right path and state, but no usable code (empty, repeated, oversized)
    };
    Kind kind = Kind::Malformed;
    QString code;
    QString error;
    QString errorDescription;

    static constexpr int kMaxCodeChars = 2048;

    /// `url` is the request target as the listener received it (path and query).
    static OAuthCallback evaluate(const QUrl &url, const QString &expectedPath, const QString &expectedState);
    /// One line for the browser page and the log: what was wrong with a refused redirect.
    QString refusal() const;
};
