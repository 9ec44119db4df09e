#include "SandboxBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

SandboxBrowser::Page SandboxBrowser::get(QNetworkAccessManager *nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam->get(request);
    Page page;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
        reply->abort();
        reply->deleteLater();
        return page;
    }
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    return page;
}

QUrl SandboxBrowser::clickSignIn(QNetworkAccessManager *nam, const QString &oktaDomain,
                                 const QUrl &authorizeUrl)
{
    const Page page = get(nam, authorizeUrl);
    const auto link = QRegularExpression(QStringLiteral("href=\"([^\"]+)\">Sign in as"))
                          .match(QString::fromUtf8(page.body));
    return link.hasMatch() ? get(nam, QUrl(oktaDomain + link.captured(1))).location : QUrl();
}

SandboxBrowser::Page SandboxBrowser::signIn(QNetworkAccessManager *nam, const QString &oktaDomain,
                                            const QUrl &authorizeUrl)
{
    return get(nam, clickSignIn(nam, oktaDomain, authorizeUrl));
}
