#pragma once

#include "core/Problem.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class AdminApiClient;
class QNetworkAccessManager;
class QNetworkReply;

/// Logs in to App Services with a custom-token (Okta) JWT exactly as an SDK does: location, login on the
/// hostname it names, profile, session logout, optionally self-delete. On a refusal it finds the AUTH log
/// entry by the `co_id` of App Services' `link` through the Admin API (never the link's host). Replies are
/// bounded in size and time, redirects are never followed.
class AppServicesLogin : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString clientApiUrl = QStringLiteral("https://services.cloud.mongodb.com");
        QString clientAppId;
        bool deleteUser = false;
        int timeoutMs = 30000;           // per request
        int retryDelayMs = 1000;         // between login attempts after a 5xx/429 (at most 3 attempts)
        int logWindowMs = 10000;         // how long to look for the log entry (logs lag)
        int logRetryDelayMs = 2000;      // between log queries
        AdminApiClient *admin = nullptr; // logged in: the log lookup uses it; null: no lookup
        QString groupId;                 // used when the link names none
        QString appObjectId;             // the App's `_id`, used when the link names none
    };
    struct Result
    {
        bool ok = false;
        QString stage; // "location", "login", "profile", "done"
        Problem error; // code: login_refused, client_api_unavailable, client_api_error, ...
        QString userId;
        QJsonArray identities;
        QJsonObject data;
        QString appServicesError; // App Services' `error`
        QString errorCode;        // its `error_code`
        QString coId;
        QString link;
        QJsonObject logEntry;
        bool userDeleted = false;
        QStringList requests; // "METHOD path → status ms"
    };

    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;
    static constexpr int kMaxLoginAttempts = 3;

    explicit AppServicesLogin(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Starts the test login with `token`; ends with finished().
    void start(const QByteArray &token, const Config &config);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// The step now running ("location", "login", "profile", "session", "delete", "log").
    void progress(const QString &step);
    void finished(const AppServicesLogin::Result &result);

private:
    using Then = std::function<void(int status, const QByteArray &body)>;
    void call(const QString &step, const QString &method, const QString &origin, const QString &path,
              const QByteArray &bearer, const QByteArray &body, Then then);
    void location();
    void login(int attempt);
    void profile();
    void logout();
    void deleteUser();
    void refused(int status, const QByteArray &body);
    void lookUpLog(const QString &groupId, const QString &appId, qint64 deadlineMs);
    void fail(const QString &code, const QString &message, const QString &hint = {});
    void done();

    QNetworkAccessManager *m_nam;
    Config m_config;
    Result m_result;
    bool m_running = false;
    QByteArray m_token;
    QString m_hostname;
    QByteArray m_access;
    QByteArray m_refresh;
    QPointer<QNetworkReply> m_reply;
    QTimer m_wait;
    QElapsedTimer m_clock;
};
