#include "core/AdminReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
std::optional<QJsonDocument> document(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = AdminReply::tr("the reply is not JSON (%1 at offset %2)")
                         .arg(pe.errorString())
                         .arg(pe.offset);
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> object(const QByteArray &body, QString *error)
{
    const auto doc = document(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = AdminReply::tr("the reply is not a JSON object");
        return std::nullopt;
    }
    return doc->object();
}

std::optional<QJsonArray> array(const QByteArray &body, QString *error)
{
    const auto doc = document(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error = AdminReply::tr("the reply is not a JSON array");
        return std::nullopt;
    }
    return doc->array();
}

// A required string member; sets *error naming it when missing or empty.
bool requireString(const QJsonObject &o, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        if (error)
            *error = AdminReply::tr("the reply has no \"%1\" string").arg(key);
        return false;
    }
    *out = v.toString();
    // Ids go into request paths: one that could change the path ("../", "?", "%2F") is a broken reply.
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (key == QLatin1String("_id") && !idShape.match(*out).hasMatch()) {
        if (error)
            *error = AdminReply::tr("the reply's \"_id\" is not an id");
        return false;
    }
    return true;
}

// Each element must be an object; `read` fills one item or fails.
template <typename T, typename Read>
std::optional<QList<T>> list(const QJsonArray &a, const QString &what, QString *error, Read read)
{
    QList<T> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        T item;
        QString itemError;
        if (!a.at(i).isObject() || !read(a.at(i).toObject(), &item, &itemError)) {
            if (error)
                *error = AdminReply::tr("%1 [%2]: %3")
                             .arg(what)
                             .arg(i)
                             .arg(itemError.isEmpty() ? AdminReply::tr("not an object") : itemError);
            return std::nullopt;
        }
        out.append(item);
    }
    return out;
}

bool readDraft(const QJsonObject &o, AdminReply::Draft *d, QString *error)
{
    d->userId = o.value(QStringLiteral("user_id")).toString();
    return requireString(o, QStringLiteral("_id"), &d->id, error);
}
} // namespace

bool AdminReply::Deployment::isFinished() const
{
    return status == QLatin1String("successful") || status == QLatin1String("failed");
}

std::optional<AdminReply::Session> AdminReply::login(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    Session s;
    if (!o || !requireString(*o, QStringLiteral("access_token"), &s.accessToken, error) ||
        !requireString(*o, QStringLiteral("refresh_token"), &s.refreshToken, error))
        return std::nullopt;
    s.userId = o->value(QStringLiteral("user_id")).toString();
    return s;
}

std::optional<QString> AdminReply::refresh(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    QString token;
    if (!o || !requireString(*o, QStringLiteral("access_token"), &token, error))
        return std::nullopt;
    return token;
}

std::optional<QList<AdminReply::App>> AdminReply::apps(const QByteArray &body, QString *error)
{
    const auto a = array(body, error);
    if (!a)
        return std::nullopt;
    return list<App>(*a, tr("apps"), error, [](const QJsonObject &o, App *app, QString *e) {
        app->name = o.value(QStringLiteral("name")).toString();
        app->groupId = o.value(QStringLiteral("group_id")).toString();
        app->product = o.value(QStringLiteral("product")).toString();
        return requireString(o, QStringLiteral("_id"), &app->id, e) &&
               requireString(o, QStringLiteral("client_app_id"), &app->clientAppId, e);
    });
}

std::optional<QList<AdminReply::Provider>> AdminReply::providers(const QByteArray &body, QString *error)
{
    const auto a = array(body, error);
    if (!a)
        return std::nullopt;
    return list<Provider>(*a, tr("auth_providers"), error, [](const QJsonObject &o, Provider *p, QString *e) {
        p->disabled = o.value(QStringLiteral("disabled")).toBool();
        return requireString(o, QStringLiteral("_id"), &p->id, e) &&
               requireString(o, QStringLiteral("name"), &p->name, e) &&
               requireString(o, QStringLiteral("type"), &p->type, e);
    });
}

std::optional<QJsonObject> AdminReply::provider(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    QString ignored;
    if (!o || !requireString(*o, QStringLiteral("_id"), &ignored, error) ||
        !requireString(*o, QStringLiteral("name"), &ignored, error) ||
        !requireString(*o, QStringLiteral("type"), &ignored, error))
        return std::nullopt;
    return o;
}

std::optional<QList<AdminReply::Secret>> AdminReply::secrets(const QByteArray &body, QString *error)
{
    const auto a = array(body, error);
    if (!a)
        return std::nullopt;
    return list<Secret>(*a, tr("secrets"), error, [](const QJsonObject &o, Secret *s, QString *e) {
        return requireString(o, QStringLiteral("_id"), &s->id, e) &&
               requireString(o, QStringLiteral("name"), &s->name, e);
    });
}

std::optional<AdminReply::Secret> AdminReply::secret(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    Secret s;
    if (!o || !requireString(*o, QStringLiteral("_id"), &s.id, error) ||
        !requireString(*o, QStringLiteral("name"), &s.name, error))
        return std::nullopt;
    return s;
}

std::optional<QList<AdminReply::Draft>> AdminReply::drafts(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty() || body.trimmed() == "null")
        return QList<Draft>();
    const auto doc = document(body, error);
    if (!doc)
        return std::nullopt;
    if (doc->isNull() || (doc->isObject() && doc->object().isEmpty()))
        return QList<Draft>();
    if (doc->isObject()) {
        Draft d;
        if (!readDraft(doc->object(), &d, error))
            return std::nullopt;
        return QList<Draft>{d};
    }
    if (doc->isArray())
        return list<Draft>(doc->array(), tr("drafts"), error, readDraft);
    if (error)
        *error = tr("the reply is neither a draft object nor an array of drafts");
    return std::nullopt;
}

std::optional<AdminReply::Draft> AdminReply::draft(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    Draft d;
    if (!o || !readDraft(*o, &d, error))
        return std::nullopt;
    return d;
}

std::optional<AdminReply::Deployment> AdminReply::deployment(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    Deployment d;
    if (!o || !requireString(*o, QStringLiteral("_id"), &d.id, error) ||
        !requireString(*o, QStringLiteral("status"), &d.status, error))
        return std::nullopt;
    d.statusErrorMessage = o->value(QStringLiteral("status_error_message")).toString();
    d.draftId = o->value(QStringLiteral("draft_id")).toString();
    return d;
}

std::optional<QStringList> AdminReply::draftDiff(const QByteArray &body, QString *error)
{
    const auto o = object(body, error);
    if (!o)
        return std::nullopt;
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
