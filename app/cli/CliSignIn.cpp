#include "cli/CliSignIn.h"

#include "cli/CliOutput.h"
#include "cli/ExitCode.h"

#include <QProcess>

CliOptions CliSignIn::options()
{
    using O = CliOption;
    const O::Group g = O::Group::Command;
    return {
        O::valued(QStringLiteral("client-id"), QStringLiteral("CID"),
                  QStringLiteral("Client ID of the native Okta app (PKCE, no secret) to sign in with."), g),
        O::flag(QStringLiteral("device"),
                QStringLiteral("Sign in with the Device Authorization grant: a code to enter on any device."),
                g),
        O::valued(
            QStringLiteral("scope"), QStringLiteral("S"),
            QStringLiteral("A scope to request (repeatable; replaces the default openid profile email)."), g)
            .repeated(),
        O::valued(QStringLiteral("redirect-uri"), QStringLiteral("URI"),
                  QStringLiteral("The loopback redirect URI registered on the Okta app (exact match)."), g)
            .withDefault(QStringLiteral("http://localhost:8484/callback")),
        O::flag(QStringLiteral("no-browser"), QStringLiteral("Only print the sign-in URL; open no browser."),
                g)};
}

bool CliSignIn::configure(const CommandArgs &parser, const QString &oktaDomain, const QString &authServerId,
                          int timeoutMs, QString *error)
{
    m_config.oktaDomain = oktaDomain;
    m_config.authServerId = authServerId;
    m_config.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    m_config.requestTimeoutMs = timeoutMs;
    m_device = parser.isSet(QStringLiteral("device"));
    m_openBrowser = !parser.isSet(QStringLiteral("no-browser"));
    if (parser.isSet(QStringLiteral("scope")))
        m_config.scopes = parser.values(QStringLiteral("scope"));
    m_config.redirectUri = QUrl(parser.value(QStringLiteral("redirect-uri")), QUrl::StrictMode);
    if (oktaDomain.isEmpty() || m_config.clientId.isEmpty()) {
        *error = QStringLiteral("signing in needs --okta-domain and --client-id");
        return false;
    }
    for (const QString &scope : std::as_const(m_config.scopes)) {
        if (scope.isEmpty() || scope.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("--scope takes one scope each, without spaces");
            return false;
        }
    }
    const QUrl &r = m_config.redirectUri;
    if (!r.isValid() || r.scheme() != QLatin1String("http") || r.port() <= 0 || r.path().isEmpty() ||
        r.hasQuery() || r.hasFragment()) {
        *error =
            QStringLiteral("--redirect-uri must be http://localhost:PORT/PATH or http://127.0.0.1:PORT/PATH");
        return false;
    }
    return true;
}

void CliSignIn::start(QNetworkAccessManager *nam)
{
    m_signIn = new OktaSignIn(nam, this);
    connect(m_signIn, &OktaSignIn::signedIn, this, &CliSignIn::signedIn);
    connect(m_signIn, &OktaSignIn::failed, this, &CliSignIn::failed);
    connect(m_signIn, &OktaSignIn::callbackRefused, this, [](const QString &why) {
        CliOutput::note(QStringLiteral("okta-jwt: warning: redirect_refused: %1").arg(why));
    });
    connect(m_signIn, &OktaSignIn::countdown, this, [this](int left) {
        const bool shown = std::exchange(m_lastCountdown, left) == left;
        if (!shown && (left % 60 == 0 || left == 30 || left == 10))
            CliOutput::note(QStringLiteral("Waiting for the sign-in: %1 s left").arg(left));
    });
    connect(m_signIn, &OktaSignIn::authorizeUrlReady, this, [this](const QUrl &url) {
        CliOutput::note(QStringLiteral("Open this URL to sign in: %1").arg(url.toString(QUrl::FullyEncoded)));
        // The URL carries state and challenge, never a token, so it may appear in the process list.
        if (m_openBrowser &&
            !QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
            CliOutput::note(
                QStringLiteral("okta-jwt: warning: no_browser: xdg-open failed; open the URL yourself"));
    });
    connect(m_signIn, &OktaSignIn::deviceCodeReady, this, [](const OktaSignIn::DeviceCode &code) {
        CliOutput::note(QStringLiteral("Code: %1").arg(code.userCode));
        CliOutput::note(QStringLiteral("Verification URL: %1")
                            .arg(code.verificationUriComplete.isEmpty() ? code.verificationUri
                                                                        : code.verificationUriComplete));
        CliOutput::note(QStringLiteral("The code expires in %1 s.").arg(code.expiresIn));
    });
    if (m_device)
        m_signIn->startDevice(m_config);
    else
        m_signIn->startBrowser(m_config);
}

int CliSignIn::exitCodeFor(const Problem &error)
{
    if (error.code == QLatin1String("okta_unreachable") || error.code == QLatin1String("redirect_listener"))
        return ExitRemote;
    if (error.code == QLatin1String("sign_in_input"))
        return ExitUsage;
    return ExitCheckFailed; // Okta refused, the time ran out, or the sign-in was cancelled
}
