#include "sandbox/AdminSandboxDrafts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using Reply = AdminSandboxRouter::Reply;

namespace {
QJsonObject draftJson(const AdminSandboxStore::Draft &d, const QJsonObject &app)
{
    return {
        {QStringLiteral("_id"), d.id}, {QStringLiteral("user_id"), d.userId}, {QStringLiteral("app"), app}};
}

Reply notFound(const QString &what, const QString &code)
{
    return AdminSandboxRouter::error(404, what + QStringLiteral(" not found"), code);
}
} // namespace

Reply AdminSandboxDrafts::drafts(AdminSandboxStore::App &app, const QString &method, const QStringList &rest,
                                 const QByteArray &body)
{
    if (rest.isEmpty() && method == QLatin1String("GET")) {
        if (m_store->draftsAsArray) {
            QJsonArray out;
            if (app.draft)
                out.append(draftJson(*app.draft, app.info));
            return AdminSandboxRouter::json(200, out);
        }
        return app.draft ? AdminSandboxRouter::json(200, draftJson(*app.draft, app.info))
                         : AdminSandboxRouter::json(200, QJsonValue(QJsonValue::Null));
    }
    if (rest.isEmpty() && method == QLatin1String("POST")) {
        if (app.draft)
            return AdminSandboxRouter::error(409, QStringLiteral("a draft already exists for this user"),
                                             QStringLiteral("DraftAlreadyExists"));
        app.draft = AdminSandboxStore::Draft{m_store->newId(), m_store->userId, app.live, {}};
        return AdminSandboxRouter::json(201, draftJson(*app.draft, app.info));
    }
    if (rest.isEmpty() || !app.draft || app.draft->id != rest.first())
        return notFound(QStringLiteral("draft"), QStringLiteral("DraftNotFound"));
    if (rest.size() == 1 && method == QLatin1String("DELETE")) {
        app.draft.reset();
        return {204, {}};
    }
    if (rest.size() == 2 && rest.at(1) == QLatin1String("diff") && method == QLatin1String("GET"))
        return AdminSandboxRouter::json(
            200, QJsonObject{{QStringLiteral("diffs"), QJsonArray::fromStringList(app.draft->diffs)},
                             {QStringLiteral("hosting_files_diff"),
                              QJsonObject{{QStringLiteral("added"), QJsonArray()},
                                          {QStringLiteral("deleted"), QJsonArray()},
                                          {QStringLiteral("modified"), QJsonArray()}}}});
    if (rest.size() == 2 && rest.at(1) == QLatin1String("deployment") && method == QLatin1String("POST")) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject() || !doc.object().value(QStringLiteral("name")).isString())
            return AdminSandboxRouter::error(
                400, QStringLiteral("name is required (use \"\" for an unnamed deployment)"),
                QStringLiteral("InvalidParameter"));
        AdminSandboxStore::Deployment d;
        const QString id = m_store->newId();
        const QString name = doc.object().value(QStringLiteral("name")).toString();
        d.json = {{QStringLiteral("_id"), id},
                  {QStringLiteral("name"), name.isEmpty() ? id : name},
                  {QStringLiteral("app_id"), app.info.value(QStringLiteral("_id"))},
                  {QStringLiteral("draft_id"), app.draft->id},
                  {QStringLiteral("user_id"), m_store->userId},
                  {QStringLiteral("deployed_at"), QDateTime::currentSecsSinceEpoch()},
                  {QStringLiteral("origin"), QStringLiteral("API")},
                  {QStringLiteral("status"), QStringLiteral("created")}};
        d.pollsLeft = m_store->deploymentPolls;
        d.failure = std::exchange(m_store->nextDeploymentFailure, QString());
        d.appId = app.info.value(QStringLiteral("_id")).toString();
        d.result = app.draft->staged;
        app.draft.reset();
        m_store->deployments.insert(id, d);
        return AdminSandboxRouter::json(201, d.json);
    }
    return AdminSandboxRouter::error(405, QStringLiteral("method not allowed"),
                                     QStringLiteral("MethodNotAllowed"));
}

Reply AdminSandboxDrafts::deployment(AdminSandboxStore::App &app, const QString &method,
                                     const QStringList &rest)
{
    const QString appId = app.info.value(QStringLiteral("_id")).toString();
    if (method != QLatin1String("GET"))
        return AdminSandboxRouter::error(405, QStringLiteral("method not allowed"),
                                         QStringLiteral("MethodNotAllowed"));
    if (rest.isEmpty()) {
        QJsonArray out;
        for (const AdminSandboxStore::Deployment &d : std::as_const(m_store->deployments)) {
            if (d.appId == appId)
                out.append(d.json);
        }
        return AdminSandboxRouter::json(200, out);
    }
    auto it = m_store->deployments.find(rest.first());
    if (rest.size() != 1 || it == m_store->deployments.end() || it->appId != appId)
        return AdminSandboxRouter::error(404, QStringLiteral("deployment not found"),
                                         QStringLiteral("DeploymentNotFound"));
    const QString status = it->json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("created") || status == QLatin1String("pending")) {
        if (it->pollsLeft-- > 0) {
            it->json.insert(QStringLiteral("status"), QStringLiteral("pending"));
        } else if (!it->failure.isEmpty()) {
            it->json.insert(QStringLiteral("status"), QStringLiteral("failed"));
            it->json.insert(QStringLiteral("status_error_message"), it->failure);
        } else {
            it->json.insert(QStringLiteral("status"), QStringLiteral("successful"));
            app.live = it->result;
        }
    }
    return AdminSandboxRouter::json(200, it->json);
}
