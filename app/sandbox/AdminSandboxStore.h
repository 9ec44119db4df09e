#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

/// The Admin API sandbox's in-memory data: one project with a few Apps, the API keys it accepts, sessions,
/// and per App its providers, secrets, draft and deployments. Seeded so tests and --sandbox need no setup.
struct AdminSandboxStore
{
    struct Secret
    {
        QString id;
        QString name;
        QString value;
    };
    struct Config
    {
        QList<QJsonObject> providers; // full objects with `_id`
        QList<Secret> secrets;
    };
    struct Draft
    {
        QString id;
        QString userId;
        Config staged;     // writes made while the draft is open land here
        QStringList diffs; // what GET /drafts/{id}/diff lists
    };
    struct Deployment
    {
        QJsonObject json;
        int pollsLeft = 0; // GETs answering "pending" before the final status
        QString failure;   // non-empty: ends "failed" with this message, nothing applied
        QString appId;
        Config result;
    };
    struct App
    {
        QJsonObject info; // the AppInstance
        Config live;
        std::optional<Draft> draft;
    };

    AdminSandboxStore();

    QString projectId;
    QString userId;
    QList<App> apps;
    QMap<QString, QString> apiKeys; // public → private
    QSet<QString> accessTokens;
    QSet<QString> expiredAccessTokens;
    QSet<QString> refreshTokens;
    QMap<QString, Deployment> deployments;
    int deploymentPolls = 1;
    QString nextDeploymentFailure;
    bool draftsAsArray = true; // GET /drafts: array (as realm-cli reads it) or the spec's single object

    /// A fresh 24-hex ObjectId-like id.
    QString newId();
    App *app(const QString &id);
    /// Where reads and writes go: the open draft's staged config, else the live one.
    Config &config(App &app) { return app.draft ? app.draft->staged : app.live; }
    QJsonObject appInstance(const QString &id, const QString &clientAppId, const QString &name,
                            const QString &product);

private:
    quint64 m_counter = 0;
};
