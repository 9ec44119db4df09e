#include "net/AdminCall.h"

#include <QNetworkReply>
#include <QTimer>

AdminCall::AdminCall(const QString &method, const QString &path, const QByteArray &requestBody,
                     bool idempotent, Auth auth, QObject *parent)
    : QObject(parent), m_method(method), m_path(path), m_requestBody(requestBody), m_idempotent(idempotent),
      m_auth(auth), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

void AdminCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    m_timer->stop();
    if (m_reply) {
        m_reply->abort(); // the transport sees the abort and finishes the call
        return;
    }
    // Waiting for a retry or a session refresh: end now, but never inside the caller's stack.
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            finish(AdminApiError::make(AdminApiError::Kind::Cancelled, QStringLiteral("cancelled"),
                                       tr("Cancelled.")));
    });
}

void AdminCall::finish(const AdminApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_error = error;
    if (!m_error.isNull() && m_error.context.isEmpty())
        m_error.context = m_method + QLatin1Char(' ') + m_path;
    m_requestBody.fill('\0'); // the body may hold a secret value; do not keep it around
    m_requestBody.clear();
    m_bearer.clear();
    emit finished();
    deleteLater();
}
