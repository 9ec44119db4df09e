#pragma once

#include "cli/CliOption.h"
#include "cli/CommandArgs.h"
#include "net/OktaSignIn.h"

#include <QObject>

class QNetworkAccessManager;

/// The Okta sign-in of `login` and `test-login --sign-in`: its options, the lines it prints on stderr
/// (the sign-in URL, or the device code and its URL, and the time left) and the browser it opens.
class CliSignIn : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// --client-id, --device, --scope, --redirect-uri, --no-browser.
    static CliOptions options();
    /// Reads them (with the Okta domain and server of the provider options); false with *error on bad input.
    bool configure(const CommandArgs &parser, const QString &oktaDomain, const QString &authServerId,
                   int timeoutMs, QString *error);
    void start(QNetworkAccessManager *nam);
    /// The exit code a failed sign-in ends with: 1 when Okta refused, 3 for network trouble, 2 for input.
    static int exitCodeFor(const Problem &error);

signals:
    void signedIn(const OktaSignIn::Tokens &tokens);
    void failed(const Problem &error);

private:
    OktaSignIn::Config m_config;
    bool m_device = false;
    bool m_openBrowser = true;
    OktaSignIn *m_signIn = nullptr;
    int m_lastCountdown = -1;
};
