#include "core/OktaReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
Problem badShape(const QString &message)
{
    return {QStringLiteral("okta_bad_reply"), message, {}, {}};
}

// Reads typed members and remembers the first wrong one; absent members read as empty.
class Reader
{
public:
    bool failed() const { return !m_problem.isNull(); }
    void fail(const QString &message)
    {
        if (!failed())
            m_problem = badShape(message);
    }
    const Problem &problem() const { return m_problem; }
    QString string(const QJsonObject &o, const char *key, const QString &what)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(OktaReply::tr("%1: \"%2\" is not a string.").arg(what, QLatin1String(key)));
        return v.toString();
    }
    int integer(const QJsonObject &o, const char *key, const QString &what)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble())
            fail(OktaReply::tr("%1: \"%2\" is not a number.").arg(what, QLatin1String(key)));
        return v.toInt();
    }
    bool boolean(const QJsonObject &o, const char *key, const QString &what)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(OktaReply::tr("%1: \"%2\" is not true or false.").arg(what, QLatin1String(key)));
        return v.toBool();
    }
    QJsonObject object(const QJsonObject &o, const char *key, const QString &what)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(OktaReply::tr("%1: \"%2\" is not an object.").arg(what, QLatin1String(key)));
        return v.toObject();
    }
    // `path` is a chain of objects ending in an array of strings, e.g. {"conditions","clients","include"}.
    QStringList strings(const QJsonObject &o, std::initializer_list<const char *> path, const QString &what)
    {
        QJsonObject at = o;
        const char *last = nullptr;
        for (const char *key : path) {
            if (last)
                at = object(at, last, what);
            last = key;
        }
        const QJsonValue v = at.value(QLatin1String(last));
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(OktaReply::tr("%1: \"%2\" is not a list.").arg(what, QLatin1String(last)));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(OktaReply::tr("%1: \"%2\" holds something other than text.")
                         .arg(what, QLatin1String(last)));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

private:
    Problem m_problem;
};

Result<QJsonValue> parse(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return badShape(
            OktaReply::tr("The reply is not JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

template <typename T, typename F> Result<QList<T>> list(const QByteArray &body, const QString &what, F one)
{
    const Result<QJsonValue> v = parse(body);
    if (!v)
        return v.problem();
    if (!v->isArray())
        return badShape(OktaReply::tr("The list of %1 is not a JSON array.").arg(what));
    QList<T> out;
    Reader r;
    for (const QJsonValue &item : v->toArray()) {
        if (!item.isObject())
            return badShape(OktaReply::tr("The list of %1 holds something other than objects.").arg(what));
        out << one(item.toObject(), r);
        if (r.failed())
            return r.problem();
    }
    return out;
}

OktaState::Server readServer(const QJsonObject &o, Reader &r)
{
    const QString what = OktaReply::tr("authorization server");
    OktaState::Server s;
    s.id = r.string(o, "id", what);
    s.name = r.string(o, "name", what);
    s.description = r.string(o, "description", what);
    s.audiences = r.strings(o, {"audiences"}, what);
    s.issuer = r.string(o, "issuer", what);
    s.status = r.string(o, "status", what);
    s.raw = o;
    if (s.id.isEmpty())
        r.fail(OktaReply::tr("An authorization server has no id."));
    return s;
}

OktaState::Policy readPolicy(const QJsonObject &o, Reader &r)
{
    const QString what = OktaReply::tr("access policy");
    OktaState::Policy p;
    p.id = r.string(o, "id", what);
    p.name = r.string(o, "name", what);
    p.status = r.string(o, "status", what);
    p.priority = r.integer(o, "priority", what);
    p.clients = r.strings(o, {"conditions", "clients", "include"}, what);
    if (p.id.isEmpty())
        r.fail(OktaReply::tr("An access policy has no id."));
    return p;
}

OktaState::Rule readRule(const QJsonObject &o, Reader &r)
{
    const QString what = OktaReply::tr("policy rule");
    OktaState::Rule rule;
    rule.id = r.string(o, "id", what);
    rule.name = r.string(o, "name", what);
    rule.status = r.string(o, "status", what);
    rule.priority = r.integer(o, "priority", what);
    rule.grantTypes = r.strings(o, {"conditions", "grantTypes", "include"}, what);
    rule.groups = r.strings(o, {"conditions", "people", "groups", "include"}, what);
    rule.users = r.strings(o, {"conditions", "people", "users", "include"}, what);
    rule.scopes = r.strings(o, {"conditions", "scopes", "include"}, what);
    if (rule.id.isEmpty())
        r.fail(OktaReply::tr("A policy rule has no id."));
    return rule;
}

OktaState::Claim readClaim(const QJsonObject &o, Reader &r)
{
    const QString what = OktaReply::tr("claim");
    OktaState::Claim c;
    c.id = r.string(o, "id", what);
    c.name = r.string(o, "name", what);
    c.status = r.string(o, "status", what);
    c.claimType = r.string(o, "claimType", what);
    c.valueType = r.string(o, "valueType", what);
    c.value = r.string(o, "value", what);
    c.system = r.boolean(o, "system", what);
    if (c.name.isEmpty())
        r.fail(OktaReply::tr("A claim has no name."));
    return c;
}

template <typename T, typename F> Result<T> single(const QByteArray &body, const QString &what, F one)
{
    const Result<QJsonValue> v = parse(body);
    if (!v)
        return v.problem();
    if (!v->isObject())
        return badShape(OktaReply::tr("The %1 is not a JSON object.").arg(what));
    Reader r;
    T out = one(v->toObject(), r);
    if (r.failed())
        return r.problem();
    return out;
}
} // namespace

Result<OktaState::Server> OktaReply::server(const QByteArray &body)
{
    return single<OktaState::Server>(body, tr("authorization server"), readServer);
}

Result<QList<OktaState::Server>> OktaReply::servers(const QByteArray &body)
{
    return list<OktaState::Server>(body, tr("authorization servers"), readServer);
}

Result<QList<OktaState::Policy>> OktaReply::policies(const QByteArray &body)
{
    return list<OktaState::Policy>(body, tr("access policies"), readPolicy);
}

Result<QList<OktaState::Rule>> OktaReply::rules(const QByteArray &body)
{
    return list<OktaState::Rule>(body, tr("policy rules"), readRule);
}

Result<QList<OktaState::Claim>> OktaReply::claims(const QByteArray &body)
{
    return list<OktaState::Claim>(body, tr("claims"), readClaim);
}

Result<OktaState::App> OktaReply::app(const QByteArray &body)
{
    return single<OktaState::App>(body, tr("app"), [](const QJsonObject &o, Reader &r) {
        const QString what = tr("app");
        OktaState::App a;
        a.id = r.string(o, "id", what);
        a.label = r.string(o, "label", what);
        const QJsonObject credentials = r.object(r.object(o, "credentials", what), "oauthClient", what);
        const QJsonObject settings = r.object(r.object(o, "settings", what), "oauthClient", what);
        a.clientId = r.string(credentials, "client_id", what);
        a.tokenEndpointAuthMethod = r.string(credentials, "token_endpoint_auth_method", what);
        a.pkceRequired = r.boolean(credentials, "pkce_required", what);
        a.applicationType = r.string(settings, "application_type", what);
        a.grantTypes = r.strings(settings, {"grant_types"}, what);
        a.redirectUris = r.strings(settings, {"redirect_uris"}, what);
        if (a.clientId.isEmpty())
            a.clientId = a.id; // Okta's default: the client id is the app's id
        return a;
    });
}

Result<QString> OktaReply::createdId(const QByteArray &body)
{
    return single<QString>(body, tr("created object"), [](const QJsonObject &o, Reader &r) {
        const QString id = r.string(o, "id", tr("created object"));
        if (id.isEmpty())
            r.fail(tr("The created object has no id."));
        return id;
    });
}

std::optional<OktaReply::Error> OktaReply::error(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue code = o.value(QStringLiteral("errorCode"));
    if (!code.isString() || code.toString().isEmpty())
        return std::nullopt;
    Error e{code.toString(), o.value(QStringLiteral("errorSummary")).toString(), {}};
    for (const QJsonValue &cause : o.value(QStringLiteral("errorCauses")).toArray()) {
        const QString text = cause.toObject().value(QStringLiteral("errorSummary")).toString();
        if (!text.isEmpty() && e.causes.size() < 20)
            e.causes << text;
    }
    return e;
}

QString OktaReply::nextLink(const QByteArray &linkHeader)
{
    // Okta sends one Link header per relation; Qt joins repeated headers with ", ".
    static const QRegularExpression re(QStringLiteral(R"(<([^>]*)>\s*;\s*rel\s*=\s*"?next"?)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(linkHeader));
    return m.hasMatch() ? m.captured(1) : QString();
}
