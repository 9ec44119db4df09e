#pragma once

#include <QByteArray>
#include <QUrl>

class QNetworkAccessManager;

/// The browser and the user of a sign-in test against the Okta sandbox: plain GETs that never follow a
/// redirect, and the click on the sign-in page's "Sign in as …" link.
namespace SandboxBrowser {
struct Page
{
    int status = 0; // 0: no answer in time
    QByteArray body;
    QUrl location;
};
Page get(QNetworkAccessManager *nam, const QUrl &url);
/// Opens the authorize URL's sign-in page, follows its link; returns where Okta redirects the browser
/// (empty when the page has no link).
QUrl clickSignIn(QNetworkAccessManager *nam, const QString &oktaDomain, const QUrl &authorizeUrl);
/// clickSignIn(), then the redirect itself, into the app's listener; returns the listener's page.
Page signIn(QNetworkAccessManager *nam, const QString &oktaDomain, const QUrl &authorizeUrl);
} // namespace SandboxBrowser
