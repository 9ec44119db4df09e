#include "core/AdminApiError.h"

#include <QJsonDocument>

namespace {
QString codeForStatus(int status, const QString &errorCode)
{
    if (errorCode == QLatin1String("InvalidSession"))
        return QStringLiteral("invalid_session");
    if (errorCode == QLatin1String("DraftAlreadyExists"))
        return QStringLiteral("draft_exists");
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 409:
        return QStringLiteral("conflict");
    case 429:
        return QStringLiteral("rate_limited");
    default:
        break;
    }
    return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("http_error");
}
} // namespace

bool AdminApiError::isInvalidSession() const
{
    return errorCode == QLatin1String("InvalidSession") ||
           (httpStatus == 401 && message.startsWith(QLatin1String("invalid session")));
}

AdminApiError AdminApiError::fromReply(int httpStatus, const QByteArray &body)
{
    AdminApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        e.message = o.value(QStringLiteral("error")).toString();
        e.errorCode = o.value(QStringLiteral("error_code")).toString();
        e.link = o.value(QStringLiteral("link")).toString();
    }
    if (e.message.isEmpty() && !doc.isObject() && !body.trimmed().isEmpty()) {
        // Not the envelope (an HTML error page from a proxy, say): keep a short, printable excerpt.
        QString raw = QString::fromUtf8(body.left(200)).simplified();
        if (body.size() > 200)
            raw += QStringLiteral("…");
        e.message = raw;
    }
    if (e.message.isEmpty())
        e.message = tr("HTTP status %1").arg(httpStatus);
    e.code = codeForStatus(httpStatus, e.errorCode);
    e.fix = e.fixText();
    return e;
}

AdminApiError AdminApiError::make(Kind kind, const QString &code, const QString &message)
{
    AdminApiError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    e.fix = e.fixText();
    return e;
}

QString AdminApiError::cause() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Timeout:
        return tr("The Admin API did not answer in time.");
    case Kind::Network:
        return tr("The connection to the Admin API failed.");
    case Kind::Redirect:
        return tr(
            "The Admin API answered with a redirect to another address; the request was not followed so "
            "that credentials stay with the configured host.");
    case Kind::BadReply:
        return tr("The Admin API sent a reply this tool does not understand.");
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::Usage:
        return tr("The request could not be made with the values given.");
    case Kind::Http:
        break;
    }
    if (code == QLatin1String("invalid_session"))
        return tr("The Admin API session expired or is not valid.");
    if (code == QLatin1String("draft_exists"))
        return tr("This API key's user already has a deployment draft open on the App.");
    if (httpStatus == 401)
        return tr("The API key pair was not accepted.");
    if (httpStatus == 403)
        return tr("The API key is not allowed to do this on the project or App.");
    if (httpStatus == 404)
        return tr("The project, App or object was not found.");
    if (httpStatus == 429)
        return tr("Too many requests: the Admin API is rate limiting this key.");
    if (httpStatus >= 500)
        return tr("The Admin API had an internal error.");
    return tr("The Admin API rejected the request.");
}

QString AdminApiError::fixText() const
{
    if (code == QLatin1String("tls_error"))
        return tr("Check the host name and the system clock; if a proxy intercepts TLS, trust its CA "
                  "(--ca-file, or the wizard's CA field). Certificate errors are never ignored.");
    switch (kind) {
    case Kind::None:
    case Kind::Cancelled:
        return {};
    case Kind::Timeout:
    case Kind::Network:
        return tr("Check the network and the Admin API URL, then try again (or raise --timeout).");
    case Kind::Redirect:
        return tr("Check the Admin API URL (--admin-api); use the address it redirects to.");
    case Kind::BadReply:
        return tr("Check that the Admin API URL points to App Services, then try again.");
    case Kind::Usage:
        return tr("Correct the value named in the message.");
    case Kind::Http:
        break;
    }
    if (code == QLatin1String("draft_exists"))
        return tr("Deploy or discard the existing draft (App Services UI: Deployment), then try again.");
    if (httpStatus == 401)
        return tr(
            "Check the public and private API key, and that the key is enabled and allowed from this IP.");
    if (httpStatus == 403)
        return tr("Give the API key the Project Owner role on the project.");
    if (httpStatus == 404)
        return tr("Check the project ID and the App's Client App ID.");
    if (httpStatus == 429 || httpStatus >= 500)
        return tr("Wait a moment and try again.");
    return tr("Read the server's message above; correct the provider settings and try again.");
}

QString AdminApiError::toLine() const
{
    QString line = code + QStringLiteral(": ") + message;
    QStringList details;
    if (!errorCode.isEmpty())
        details << QStringLiteral("error_code ") + errorCode;
    if (httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!context.isEmpty())
        details << context;
    if (!details.isEmpty())
        line += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString c = cause();
    if (!c.isEmpty())
        line += QLatin1Char(' ') + c;
    if (!fix.isEmpty())
        line += QLatin1Char(' ') + tr("Fix: %1").arg(fix); // the wizard shows this line too
    return line;
}

QJsonObject AdminApiError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("cause"), cause()},
                  {QStringLiteral("hint"), fix}};
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), errorCode);
    if (httpStatus > 0)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (!link.isEmpty())
        o.insert(QStringLiteral("link"), link);
    if (!context.isEmpty())
        o.insert(QStringLiteral("request"), context);
    return o;
}
