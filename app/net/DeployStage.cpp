#include "net/DeployStage.h"

#include <QTimer>

DeployStage::DeployStage(AdminApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void DeployStage::cancel()
{
    if (!m_running || m_cancelRequested || m_stopping)
        return;
    m_cancelRequested = true;
    if (m_current) {
        m_current->abort(); // its finished() leads to stop()
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (m_running && !m_current) {
            closeStep(false, tr("Cancelled."));
            stop(DeployResult::Outcome::Cancelled);
        }
    });
}

void DeployStage::startRun(const DeployResult &start)
{
    m_result = start;
    m_running = true;
    m_cancelRequested = false;
    m_stopping = false;
}

void DeployStage::begin(DeployStep::Id step, const QString &description)
{
    m_step = step;
    m_stepOpen = true;
    emit stepStarted(step, description);
}

void DeployStage::closeStep(bool ok, const QString &detail)
{
    if (!std::exchange(m_stepOpen, false))
        return;
    emit stepFinished(m_step, ok, detail);
}

void DeployStage::expect(AdminCall *call, const QString &writeDescription, Handler onOk, ErrorHandler onError)
{
    m_current = call;
    connect(call, &AdminCall::finished, this, [this, call, writeDescription, onOk, onError] {
        m_current = nullptr;
        if (call->ok() && !writeDescription.isEmpty())
            m_result.writesDone << writeDescription;
        if (m_cancelRequested) {
            closeStep(false, tr("Cancelled."));
            stop(DeployResult::Outcome::Cancelled);
        } else if (!call->ok()) {
            if (!onError || !onError(call->error()))
                fail(call->error());
        } else {
            onOk(call);
        }
    });
}

void DeployStage::login(const QString &publicKey, QString *privateKey, const std::function<void()> &next)
{
    begin(DeployStep::Login, tr("Log in to the Admin API with API key %1").arg(publicKey));
    AdminCall *call = m_client->login(publicKey, *privateKey);
    privateKey->clear(); // the client sent it; nothing here keeps it
    expect(call, {}, [this, next](AdminCall *) {
        end(tr("Logged in."));
        next();
    });
}

void DeployStage::fail(const AdminApiError &error)
{
    m_result.error = error;
    closeStep(false, error.toLine());
    stop(DeployResult::Outcome::Failed);
}

void DeployStage::failReply(const QString &what, const QString &parseError)
{
    fail(AdminApiError::make(AdminApiError::Kind::BadReply, QStringLiteral("bad_reply"),
                             tr("%1: %2").arg(what, parseError)));
}

void DeployStage::finish(DeployResult::Outcome outcome)
{
    if (outcome == DeployResult::Outcome::Cancelled && m_result.error.isNull())
        m_result.error = AdminApiError::make(AdminApiError::Kind::Cancelled, QStringLiteral("cancelled"),
                                             tr("Cancelled."));
    m_result.outcome = outcome;
    m_running = false;
    m_stopping = false;
    m_current = nullptr;
    emit finished(m_result);
}
