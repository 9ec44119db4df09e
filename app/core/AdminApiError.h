#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// An Admin API or transport failure: the server's `error` / `error_code`, a stable code, a plain cause and
/// fix.
struct AdminApiError
{
    Q_DECLARE_TR_FUNCTIONS(AdminApiError)

public:
    enum class Kind
    {
        None,
        Http,
        Network,
        Timeout,
        Redirect,
        BadReply,
        Cancelled,
        Usage
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;      // stable snake_case, e.g. "invalid_session", "rate_limited", "timeout"
    QString error;     // the server's `error` (or the transport's message)
    QString errorCode; // the server's `error_code`, may be empty
    QString link;      // the server's optional `link`
    QString context;   // which call failed, e.g. "POST /groups/{g}/apps/{a}/auth_providers"

    bool isNull() const { return kind == Kind::None; }
    bool isInvalidSession() const;
    bool isDraftAlreadyExists() const { return errorCode == QLatin1String("DraftAlreadyExists"); }

    /// Reads a non-2xx reply the way realm-cli does: the `{error, error_code, link?}` envelope, else the raw
    /// body (shortened), else the HTTP status.
    static AdminApiError fromReply(int httpStatus, const QByteArray &body);
    static AdminApiError make(Kind kind, const QString &code, const QString &message);

    /// What most likely went wrong, in plain words.
    QString cause() const;
    /// What the user can do about it.
    QString fix() const;
    /// "<code>: <error> (error_code X, HTTP n). <cause> Fix: <fix>" on one line.
    QString toLine() const;
    QJsonObject toJson() const;
};
