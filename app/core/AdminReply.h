#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Parses the Admin API replies this tool uses (reference admin-api.md §2–§5); a wrong shape gives a message.
class AdminReply
{
    Q_DECLARE_TR_FUNCTIONS(AdminReply)

public:
    struct Session
    {
        QString accessToken;
        QString refreshToken;
        QString userId;
    };
    struct App
    {
        QString id; // `_id`, used in every path
        QString clientAppId;
        QString name;
        QString groupId;
        QString product;
    };
    struct Provider
    {
        QString id;
        QString name;
        QString type;
        bool disabled = false;
    };
    struct Secret
    {
        QString id;
        QString name;
    };
    struct Draft
    {
        QString id;
        QString userId;
    };
    struct Deployment
    {
        QString id;
        QString status; // created, pending, successful, failed
        QString statusErrorMessage;
        QString draftId;
        bool isFinished() const;
        bool isSuccessful() const { return status == QLatin1String("successful"); }
    };

    /// Every parser fails with a `bad_reply` Problem naming what was wrong when the body has the wrong
    /// shape.
    static Result<Session> login(const QByteArray &body);
    /// POST /auth/session: the new access token.
    static Result<QString> refresh(const QByteArray &body);
    static Result<QList<App>> apps(const QByteArray &body);
    static Result<QList<Provider>> providers(const QByteArray &body);
    /// GET one provider (or the POST 201 reply): the object as sent, checked to have `_id`, `name`, `type`.
    static Result<QJsonObject> provider(const QByteArray &body);
    static Result<QList<Secret>> secrets(const QByteArray &body);
    static Result<Secret> secret(const QByteArray &body);
    /// GET /drafts: the spec says one object, realm-cli reads an array; both (and `null`/`{}`/`[]`) are
    /// accepted.
    static Result<QList<Draft>> drafts(const QByteArray &body);
    static Result<Draft> draft(const QByteArray &body);
    static Result<Deployment> deployment(const QByteArray &body);
    /// GET /drafts/{id}/diff: the `diffs` lines.
    static Result<QStringList> draftDiff(const QByteArray &body);

    /// The App whose `client_app_id` matches, or nullopt.
    static std::optional<App> findApp(const QList<App> &apps, const QString &clientAppId);
    /// The `custom-token` entry of a provider list, or nullopt.
    static std::optional<Provider> customToken(const QList<Provider> &providers);
};
