#include "core/AdminReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
Problem badReply(const QString &message)
{
    return {QStringLiteral("bad_reply"), message, {}};
}

Result<QJsonDocument> document(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return badReply(
            AdminReply::tr("the reply is not JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    return doc;
}

Result<QJsonObject> object(const QByteArray &body)
{
    const auto doc = document(body);
    if (!doc)
        return doc.problem();
    if (!doc->isObject())
        return badReply(AdminReply::tr("the reply is not a JSON object"));
    return doc->object();
}

Result<QJsonArray> array(const QByteArray &body)
{
    const auto doc = document(body);
    if (!doc)
        return doc.problem();
    if (!doc->isArray())
        return badReply(AdminReply::tr("the reply is not a JSON array"));
    return doc->array();
}

// A required string member, named in the Problem when missing or empty.
Result<void> requireString(const QJsonObject &o, const QString &key, QString *out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return badReply(AdminReply::tr("the reply has no \"%1\" string").arg(key));
    *out = v.toString();
    // Ids go into request paths: one that could change the path ("../", "?", "%2F") is a broken reply.
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (key == QLatin1String("_id") && !idShape.match(*out).hasMatch())
        return badReply(AdminReply::tr("the reply's \"_id\" is not an id"));
    return {};
}

// The first of `checks` that failed, or ok.
Result<void> all(std::initializer_list<Result<void>> checks)
{
    for (const Result<void> &r : checks) {
        if (!r)
            return r;
    }
    return {};
}

// Each element must be an object; `read` fills one item or fails.
template <typename T, typename Read>
Result<QList<T>> list(const QJsonArray &a, const QString &what, Read read)
{
    QList<T> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        T item;
        const Result<void> r = a.at(i).isObject() ? read(a.at(i).toObject(), &item)
                                                  : Result<void>(badReply(AdminReply::tr("not an object")));
        if (!r)
            return badReply(AdminReply::tr("%1 [%2]: %3").arg(what).arg(i).arg(r.problem().message));
        out.append(item);
    }
    return out;
}

Result<void> readDraft(const QJsonObject &o, AdminReply::Draft *d)
{
    d->userId = o.value(QStringLiteral("user_id")).toString();
    return requireString(o, QStringLiteral("_id"), &d->id);
}
} // namespace

bool AdminReply::Deployment::isFinished() const
{
    return status == QLatin1String("successful") || status == QLatin1String("failed");
}

Result<AdminReply::Session> AdminReply::login(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    Session s;
    // Checked one after the other: a later check must not run on a member an earlier one rejected.
    if (const auto r = requireString(*o, QStringLiteral("access_token"), &s.accessToken); !r)
        return r.problem();
    if (const auto r = requireString(*o, QStringLiteral("refresh_token"), &s.refreshToken); !r)
        return r.problem();
    s.userId = o->value(QStringLiteral("user_id")).toString();
    return s;
}

Result<QString> AdminReply::refresh(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    QString token;
    if (const auto r = requireString(*o, QStringLiteral("access_token"), &token); !r)
        return r.problem();
    return token;
}

Result<QList<AdminReply::App>> AdminReply::apps(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.problem();
    return list<App>(*a, tr("apps"), [](const QJsonObject &o, App *app) {
        app->name = o.value(QStringLiteral("name")).toString();
        app->groupId = o.value(QStringLiteral("group_id")).toString();
        app->product = o.value(QStringLiteral("product")).toString();
        return all({requireString(o, QStringLiteral("_id"), &app->id),
                    requireString(o, QStringLiteral("client_app_id"), &app->clientAppId)});
    });
}

Result<QList<AdminReply::Provider>> AdminReply::providers(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.problem();
    return list<Provider>(*a, tr("auth_providers"), [](const QJsonObject &o, Provider *p) {
        p->disabled = o.value(QStringLiteral("disabled")).toBool();
        return all({requireString(o, QStringLiteral("_id"), &p->id),
                    requireString(o, QStringLiteral("name"), &p->name),
                    requireString(o, QStringLiteral("type"), &p->type)});
    });
}

Result<QJsonObject> AdminReply::provider(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    QString ignored;
    if (const auto r = all({requireString(*o, QStringLiteral("_id"), &ignored),
                            requireString(*o, QStringLiteral("name"), &ignored),
                            requireString(*o, QStringLiteral("type"), &ignored)});
        !r)
        return r.problem();
    return o;
}

Result<QList<AdminReply::Secret>> AdminReply::secrets(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.problem();
    return list<Secret>(*a, tr("secrets"), [](const QJsonObject &o, Secret *s) {
        return all({requireString(o, QStringLiteral("_id"), &s->id),
                    requireString(o, QStringLiteral("name"), &s->name)});
    });
}

Result<AdminReply::Secret> AdminReply::secret(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    Secret s;
    if (const auto r = all({requireString(*o, QStringLiteral("_id"), &s.id),
                            requireString(*o, QStringLiteral("name"), &s.name)});
        !r)
        return r.problem();
    return s;
}

Result<QList<AdminReply::Draft>> AdminReply::drafts(const QByteArray &body)
{
    if (body.trimmed().isEmpty() || body.trimmed() == "null")
        return QList<Draft>();
    const auto doc = document(body);
    if (!doc)
        return doc.problem();
    if (doc->isNull() || (doc->isObject() && doc->object().isEmpty()))
        return QList<Draft>();
    if (doc->isObject()) {
        Draft d;
        if (const auto r = readDraft(doc->object(), &d); !r)
            return r.problem();
        return QList<Draft>{d};
    }
    if (doc->isArray())
        return list<Draft>(doc->array(), tr("drafts"), readDraft);
    return badReply(tr("the reply is neither a draft object nor an array of drafts"));
}

Result<AdminReply::Draft> AdminReply::draft(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    Draft d;
    if (const auto r = readDraft(*o, &d); !r)
        return r.problem();
    return d;
}

Result<AdminReply::Deployment> AdminReply::deployment(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    Deployment d;
    if (const auto r = all({requireString(*o, QStringLiteral("_id"), &d.id),
                            requireString(*o, QStringLiteral("status"), &d.status)});
        !r)
        return r.problem();
    d.statusErrorMessage = o->value(QStringLiteral("status_error_message")).toString();
    d.draftId = o->value(QStringLiteral("draft_id")).toString();
    return d;
}

Result<QStringList> AdminReply::draftDiff(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.problem();
    QStringList lines;
    for (const QJsonValue &v : o->value(QStringLiteral("diffs")).toArray())
        lines << v.toString();
    return lines;
}

std::optional<AdminReply::App> AdminReply::findApp(const QList<App> &apps, const QString &clientAppId)
{
    for (const App &app : apps) {
        if (app.clientAppId == clientAppId)
            return app;
    }
    return std::nullopt;
}

std::optional<AdminReply::Provider> AdminReply::customToken(const QList<Provider> &providers)
{
    for (const Provider &p : providers) {
        if (p.type == QLatin1String("custom-token"))
            return p;
    }
    return std::nullopt;
}
