#include "sandbox/OktaSandboxReplies.h"

#include "core/RandomToken.h"
#include "sandbox/OktaSandbox.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>

QHttpServerResponse OktaSandboxReplies::oauthError(Status status, const QString &error,
                                                   const QString &description)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
}

QHttpServerResponse OktaSandboxReplies::page(const QString &title, const QString &body, Status status)
{
    const QString html = QStringLiteral("<!doctype html><html><head><title>%1</title></head><body><h1>%1</h1>"
                                        "<p>Okta sandbox: no real account is involved.</p>%2</body></html>")
                             .arg(title.toHtmlEscaped(), body);
    return QHttpServerResponse("text/html; charset=utf-8", html.toUtf8(), status);
}

QHttpServerResponse OktaSandboxReplies::tokens(const OktaSandbox &okta, const QString &clientId,
                                               const QString &scope, const QString &nonce)
{
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonObject idClaims{{QStringLiteral("aud"), clientId}};
    if (!nonce.isEmpty())
        idClaims.insert(QStringLiteral("nonce"), nonce);
    QJsonObject reply{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), 3600},
        {QStringLiteral("access_token"),
         QString::fromLatin1(okta.mintToken({{QStringLiteral("scp"), QJsonArray::fromStringList(scopes)}}))},
        {QStringLiteral("scope"), scope}};
    if (scopes.contains(QStringLiteral("openid")))
        reply.insert(QStringLiteral("id_token"), QString::fromLatin1(okta.mintToken(idClaims)));
    return QHttpServerResponse(reply);
}

QUrlQuery OktaSandboxReplies::form(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString OktaSandboxReplies::value(const QUrlQuery &q, const char *name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QString OktaSandboxReplies::randomToken(int bytes)
{
    return QString::fromLatin1(RandomToken::base64Url(bytes));
}
