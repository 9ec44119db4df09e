#pragma once

#include "core/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// An Admin API or transport failure: a Problem (stable code, the server's `error` or the transport's message
/// as its message, a fix) with the Admin API's details: the kind, HTTP status, `error_code`, link and call.
struct AdminApiError : Problem
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
    /// "<code>: <error> (error_code X, HTTP n). <cause> Fix: <fix>" on one line.
    QString toLine() const;
    QJsonObject toJson() const;

private:
    /// What the user can do about it (the Problem's fix, set when the error is made).
    QString fixText() const;
};
