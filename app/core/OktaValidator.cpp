#include "core/OktaValidator.h"

#include "core/FieldKeys.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
bool validHostName(const QString &host)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

// Splits "host[:port]" (IPv6 in brackets); returns false when the port is not 1..65535.
bool splitHostPort(const QString &authority, QString *host, QString *port)
{
    QString rest = authority;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (rest.isEmpty())
            return true;
        if (!rest.startsWith(QLatin1Char(':')))
            return false;
        *port = rest.mid(1);
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        *host = colon < 0 ? rest : rest.left(colon);
        if (colon >= 0)
            *port = rest.mid(colon + 1);
    }
    if (port->isNull())
        return true;
    bool ok = false;
    const int n = port->toInt(&ok);
    return ok && n >= 1 && n <= 65535 && !port->startsWith(QLatin1Char('+'));
}
} // namespace

bool OktaValidator::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    // 127.0.0.0/8 in dotted-quad form (QHostAddress lives in QtNetwork, which core does not link).
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.constFirst() != QLatin1String("127"))
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0 || n > 255 || p.isEmpty() || p.size() > 3 || !p.at(0).isDigit())
            return false;
    }
    return true;
}

bool OktaValidator::isPlaceholder(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("\\{[^}]*\\}|__[A-Za-z][A-Za-z0-9_]*__"));
    return re.match(value).hasMatch();
}

Findings OktaValidator::validateDomain(const QString &typed)
{
    const QString hintHost = tr("Enter only the Okta org host, e.g. dev-123456.okta.com.");
    if (typed.trimmed().isEmpty())
        return {Finding::error(QStringLiteral("domain_empty"), FieldKeys::OktaDomain,
                               tr("The Okta domain is empty."), hintHost)};
    Findings out;
    // Surrounding whitespace is dropped like a scheme or a trailing slash (the wizard notes it); inside the
    // host it is a typo.
    const QString domain = typed.trimmed();
    if (domain.contains(QRegularExpression(QStringLiteral("\\s"))))
        return {Finding::error(QStringLiteral("domain_whitespace"), FieldKeys::OktaDomain,
                               tr("The Okta domain contains whitespace."), hintHost)};
    if (isPlaceholder(domain)) {
        return {Finding::warning(QStringLiteral("domain_placeholder"), FieldKeys::OktaDomain,
                                 tr("The Okta domain \"%1\" looks like a placeholder.").arg(domain),
                                 tr("Replace it with your org's domain before you deploy."))};
    }

    QString rest = domain;
    bool plainHttp = false;
    const qsizetype schemeEnd = rest.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const QString scheme = rest.left(schemeEnd).toLower();
        if (scheme == QLatin1String("http")) {
            plainHttp = true;
        } else if (scheme != QLatin1String("https")) {
            return {Finding::error(
                QStringLiteral("domain_scheme"), FieldKeys::OktaDomain,
                tr("The Okta domain uses the scheme \"%1\"; only https is allowed.").arg(scheme), hintHost)};
        }
        rest = rest.mid(schemeEnd + 3);
    }
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1); // a lone trailing slash is harmless
    if (rest.contains(QLatin1Char('@')))
        return {Finding::error(QStringLiteral("domain_userinfo"), FieldKeys::OktaDomain,
                               tr("The Okta domain must not contain a user name or password (\"@\")."),
                               hintHost)};
    if (rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#')))
        return {Finding::error(QStringLiteral("domain_query"), FieldKeys::OktaDomain,
                               tr("The Okta domain must not contain a query or fragment."), hintHost)};
    if (rest.contains(QLatin1Char('/')))
        return {Finding::error(
            QStringLiteral("domain_path"), FieldKeys::OktaDomain,
            tr("The Okta domain must not contain a path (\"%1\").")
                .arg(rest.mid(rest.indexOf(QLatin1Char('/')))),
            tr("Enter only the host, and the authorization server id (e.g. default) in its own field."))};

    QString host, port;
    if (!splitHostPort(rest, &host, &port))
        return {Finding::error(
            QStringLiteral("domain_port"), FieldKeys::OktaDomain,
            tr("The port in the Okta domain \"%1\" is not a number from 1 to 65535.").arg(domain), hintHost)};
    const bool loopback = isLoopbackHost(host);
    // Brackets hold an IPv6 literal; only the loopback one is allowed, never a bracketed host name.
    const bool bracketed = rest.startsWith(QLatin1Char('['));
    if (!loopback && (bracketed || !validHostName(host)))
        return {Finding::error(QStringLiteral("domain_host"), FieldKeys::OktaDomain,
                               tr("The Okta domain \"%1\" is not a valid host name.").arg(host), hintHost)};
    if (plainHttp && !loopback)
        return {Finding::error(QStringLiteral("domain_insecure"), FieldKeys::OktaDomain,
                               tr("The Okta domain uses http; only https is allowed (plain http only for "
                                  "127.0.0.1, ::1 or localhost)."),
                               tr("Use https://%1 or just %1.").arg(rest))};
    const QString firstLabel = host.section(QLatin1Char('.'), 0, 0).toLower();
    if (firstLabel.endsWith(QLatin1String("-admin")))
        return {Finding::error(
            QStringLiteral("domain_admin"), FieldKeys::OktaDomain,
            tr("\"%1\" is the Okta Admin Console host; tokens are never issued there.").arg(host),
            tr("Use %1 (without -admin).").arg(firstLabel.chopped(6) + host.mid(firstLabel.size())))};
    if (host.toLower().contains(QLatin1String(".com.com")))
        out << Finding::warning(QStringLiteral("domain_double_com"), FieldKeys::OktaDomain,
                                tr("The Okta domain \"%1\" ends in .com.com.").arg(host),
                                tr("Check for a doubled suffix."));
    return out;
}

Findings OktaValidator::validateAuthServer(const QString &id)
{
    const QString &field = FieldKeys::AuthServerId;
    const QString orgHint = QStringLiteral(
        "Use \"default\" or the id of a custom authorization server (aus...). Access tokens of the org "
        "authorization server are meant for Okta only and cannot be verified by App Services.");
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("oauth2"))
        return {Finding::error(QStringLiteral("auth_server_org"), field,
                               tr("The authorization server is empty, which means Okta's org "
                                  "authorization server."),
                               orgHint)};
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!re.match(id).hasMatch())
        return {Finding::error(QStringLiteral("auth_server_invalid"), field,
                               tr("The authorization server id \"%1\" may contain only letters and "
                                  "digits.")
                                   .arg(id),
                               tr("Enter only the id, e.g. default or aus9o8wzkhckw9TLa0h7."))};
    return {};
}

Findings OktaValidator::validateJwkUri(const QString &uri, const QString &field)
{
    if (uri.isEmpty())
        return {Finding::error(QStringLiteral("jwk_uri_empty"), field, tr("The JWK URI is empty."),
                               tr("Enter the Okta domain, or the jwks_uri of the discovery document."))};
    if (isPlaceholder(uri))
        return {Finding::warning(QStringLiteral("jwk_uri_placeholder"), field,
                                 tr("The JWK URI \"%1\" contains a placeholder.").arg(uri),
                                 tr("Replace it before you deploy."))};
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || uri.contains(QLatin1Char(' ')))
        return {Finding::error(QStringLiteral("jwk_uri_invalid"), field,
                               tr("The JWK URI \"%1\" is not a valid URL.").arg(uri),
                               tr("Use the jwks_uri of the discovery document, e.g. "
                                  "https://dev-123456.okta.com/oauth2/default/v1/keys."))};
    if (url.path() == QLatin1String("/oauth2/v1/keys"))
        return {Finding::error(
            QStringLiteral("jwk_uri_org_server"), field,
            tr("%1 holds the keys of Okta's org authorization server; its access tokens cannot "
               "be verified by App Services.")
                .arg(uri),
            tr("Use a custom authorization server: https://{domain}/oauth2/default/v1/keys."))};
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return {Finding::error(QStringLiteral("jwk_uri_insecure"), field,
                           tr("The JWK URI must use https (plain http only for loopback hosts)."),
                           tr("Use the https jwks_uri of the discovery document."))};
}
