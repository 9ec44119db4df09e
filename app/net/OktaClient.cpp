#include "net/OktaClient.h"

#include "core/FieldKeys.h"
#include "core/OktaValidator.h"
#include "core/ProviderSettings.h"
#include "core/TokenChecker.h"
#include "net/OktaReplyError.h"
#include "net/TlsFailure.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {
bool isOrgId(const QString &id)
{
    const QString trimmed = id.trimmed();
    return trimmed.isEmpty() || trimmed == QLatin1String("oauth2");
}

// OktaValidator's errors for a URI we are about to fetch. The org server's key set is fetched anyway
// (the check then explains it with an org_server warning), but only over https or loopback http.
Problem uriError(const QString &uri, const QString &field)
{
    for (const Finding &f : OktaValidator::validateJwkUri(uri, field)) {
        if (!f.isError())
            continue;
        if (f.code != QLatin1String("jwk_uri_org_server"))
            return f.toProblem();
        const QUrl url(uri);
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("https") &&
            !(scheme == QLatin1String("http") && OktaValidator::isLoopbackHost(url.host())))
            return OktaValidator::validateJwkUri(url.adjusted(QUrl::RemovePath).toString(), field)
                .value(0, f)
                .toProblem();
    }
    return {};
}
} // namespace

OktaClient::OktaClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void OktaClient::failLater(const Problem &error)
{
    // Callers connect after calling, or start their event loop after; never answer synchronously.
    QTimer::singleShot(0, this, [this, error] { emit failed(error); });
}

void OktaClient::get(const QUrl &url, const QString &step, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    OktaReplyError::followSameOriginRedirects(reply);
    ++m_requests;
    m_replies.append(reply);
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
        if (received > kMaxResponseBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    TlsFailure::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, step, tooLarge, done] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        Problem error = OktaReplyError::classify(reply, step, *tooLarge);
        if (reply->property("owzCancelled").toBool())
            error = Problem{QStringLiteral("okta_cancelled"), tr("The request was cancelled."), {}, step};
        done(reply, error);
    });
}

void OktaClient::cancel()
{
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->setProperty("owzCancelled", true);
            reply->abort();
        }
    }
}

void OktaClient::discover(const QString &oktaDomain, const QString &authServerId)
{
    startDiscovery(oktaDomain, authServerId, [this](const DiscoveryDocument &doc, const Findings &warnings) {
        emit discovered(doc, warnings);
    });
}

void OktaClient::discoverAndVerify(const QString &oktaDomain, const QString &authServerId,
                                   const QByteArray &token, const TokenCheckOptions &options)
{
    startDiscovery(oktaDomain, authServerId,
                   [=](const DiscoveryDocument &doc, const Findings &discoveryWarnings) {
                       TokenCheckOptions o = options;
                       if (o.expectedIssuer.isEmpty())
                           o.expectedIssuer = doc.issuer();
                       if (o.jwksUri.isEmpty())
                           o.jwksUri = doc.jwksUri();
                       runCheck(token, o, discoveryWarnings);
                   });
}

void OktaClient::startDiscovery(const QString &oktaDomain, const QString &authServerId, DocDone done)
{
    for (const Finding &f : OktaValidator::validateDomain(oktaDomain)) {
        if (f.isError())
            return failLater(f.toProblem());
    }
    if (!isOrgId(authServerId)) {
        for (const Finding &f : OktaValidator::validateAuthServer(authServerId)) {
            if (f.isError())
                return failLater(f.toProblem());
        }
    }
    ProviderSettings settings;
    settings.oktaDomain = oktaDomain;
    discoverAt(settings.oktaBaseUrl(), authServerId.trimmed(), !isOrgId(authServerId), std::move(done));
}

void OktaClient::discoverAt(const QString &base, const QString &authServerId, bool oauthFallback,
                            DocDone done)
{
    const QString issuer = DiscoveryDocument::expectedIssuer(base, authServerId);
    const bool oauth = !oauthFallback && !isOrgId(authServerId); // second attempt of a custom server
    const QUrl url(DiscoveryDocument::metadataUrl(issuer, oauth));
    get(url, QStringLiteral("discovery"), [=](QNetworkReply *reply, const Problem &error) {
        if (error.code == QLatin1String("okta_not_found") && oauthFallback)
            return discoverAt(base, authServerId, false, done);
        if (error.code == QLatin1String("okta_not_found")) {
            Problem f = error;
            f.code = QStringLiteral("auth_server_not_found");
            f.message =
                isOrgId(authServerId)
                    ? tr("%1 has no OpenID configuration: is this an Okta org?").arg(base)
                    : tr("Okta at %1 has no authorization server \"%2\" (both discovery URLs answered "
                         "404).")
                          .arg(base, authServerId);
            f.fix =
                tr("Use \"default\" or the id (aus...) shown under Security > API > Authorization Servers.");
            return emit failed(f);
        }
        if (!error.isNull())
            return emit failed(error);
        acceptDocument(reply->readAll(), base, authServerId, done);
    });
}

void OktaClient::acceptDocument(const QByteArray &body, const QString &base, const QString &authServerId,
                                const DocDone &done)
{
    const QString step = QStringLiteral("discovery");
    const Result<DiscoveryDocument> parsed = DiscoveryDocument::parse(body);
    if (!parsed)
        return emit failed(Problem{QStringLiteral("okta_not_json"), parsed.problem().message,
                                   tr("Check that the Okta domain is your org's, not a login page."), step});
    const DiscoveryDocument &doc = *parsed;
    const QString expected = DiscoveryDocument::expectedIssuer(base, authServerId);
    Findings warnings;
    if (doc.issuer() != expected) {
        const QUrl got(doc.issuer()), want(expected);
        // A custom URL domain (issuerMode ORG_URL/CUSTOM_URL) changes only the host; tokens carry that
        // issuer.
        if (got.scheme() == want.scheme() && got.path() == want.path() && !got.host().isEmpty())
            warnings << Finding::warning(
                QStringLiteral("issuer_host_differs"), QStringLiteral("issuer"),
                tr("The issuer is %1, on another host than %2 (a custom URL domain).")
                    .arg(doc.issuer(), base),
                tr("Tokens must carry this issuer; keep it as the expected issuer."));
        else
            return emit failed(Problem{
                QStringLiteral("discovery_issuer_mismatch"),
                tr("The discovery document names the issuer %1, expected %2.").arg(doc.issuer(), expected),
                tr("Check the authorization server id; a proxy or another server may be answering."),
                QStringLiteral("issuer")});
    }
    const Problem uriProblem = uriError(doc.jwksUri(), QStringLiteral("jwks_uri"));
    if (!uriProblem.isNull())
        return emit failed(uriProblem);
    if (isOrgId(authServerId) || doc.isOrgServer() || DiscoveryDocument::isOrgJwksUri(doc.jwksUri()))
        warnings << Finding::warning(
            QStringLiteral("org_server"), FieldKeys::AuthServerId,
            tr("This is Okta's org authorization server. Its access tokens are meant for Okta only and "
               "cannot be validated by App Services."),
            tr("Use the \"default\" custom authorization server or another one (requires API Access "
               "Management)."));
    done(doc, warnings);
}

void OktaClient::loadJwks(const QString &jwksUri, bool forceRefresh, JwksDone done)
{
    const Problem uriProblem = uriError(jwksUri, FieldKeys::JwkUri);
    if (!uriProblem.isNull())
        return failLater(uriProblem);
    JwkSet cached;
    if (!forceRefresh && m_cache.lookup(jwksUri, nowMs(), &cached)) {
        QTimer::singleShot(0, this, [done, cached] { done(cached, true); });
        return;
    }
    get(QUrl(jwksUri), QStringLiteral("jwks"), [=](QNetworkReply *reply, const Problem &error) {
        if (!error.isNull())
            return emit failed(error);
        const Result<JwkSet> keys = JwkSet::parse(reply->readAll());
        if (!keys)
            return emit failed(Problem{QStringLiteral("okta_not_json"), keys.problem().message,
                                       tr("Check that the JWK URI is the jwks_uri of the discovery "
                                          "document."),
                                       QStringLiteral("jwks")});
        m_cache.insert(jwksUri, *keys, nowMs(), JwksCache::maxAgeSeconds(reply->rawHeader("Cache-Control")));
        done(*keys, false);
    });
}

void OktaClient::fetchJwks(const QString &jwksUri, bool forceRefresh)
{
    loadJwks(jwksUri, forceRefresh, [this, jwksUri](const JwkSet &keys, bool fromCache) {
        emit jwksReady(jwksUri, keys, fromCache);
    });
}

void OktaClient::verifyToken(const QByteArray &token, const TokenCheckOptions &options)
{
    runCheck(token, options, {});
}

void OktaClient::runCheck(const QByteArray &token, const TokenCheckOptions &options,
                          const Findings &extraWarnings)
{
    const QString uri = options.jwksUri;
    // Discovery's warnings come first, without repeating a code the check reports itself.
    auto finish = [this, extraWarnings](TokenCheckResult result) {
        Findings warnings;
        for (const Finding &w : extraWarnings) {
            if (!result.hasWarning(w.code))
                warnings << w;
        }
        result.warnings = warnings + result.warnings;
        emit tokenChecked(result);
    };
    loadJwks(uri, false, [=](const JwkSet &keys, bool) {
        const TokenCheckResult first = TokenChecker::check(token, keys, options);
        // Okta serves the JWKS through caches, so even a set fetched a moment ago can predate a rotation:
        // the first unknown kid gets one refetch however fresh the set is; the policy limits later ones.
        if (!first.needsJwksRefetch || !m_policy.mayRefetch(uri, nowMs()))
            return finish(first);
        m_policy.recordRefetch(uri, nowMs());
        loadJwks(uri, true, [=](const JwkSet &fresh, bool) {
            TokenCheckResult second = TokenChecker::check(token, fresh, options);
            second.jwksRefetched = true;
            finish(second);
        });
    });
}
