#include "net/OktaSetupRunner.h"

#include "core/JournalFile.h"
#include "core/OktaReply.h"
#include "net/OktaAdminClient.h"
#include "net/OktaAdminError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

namespace {
QByteArray bytes(const QJsonArray &items)
{
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

bool notFound(const Problem &error)
{
    return error.code == QLatin1String("okta_not_found");
}
} // namespace

OktaSetupRunner::OktaSetupRunner(OktaAdminClient *client, QObject *parent) : QObject(parent), m_client(client)
{}

void OktaSetupRunner::read(const QString &authServerId, const QString &clientId,
                           const QString &createAuthServer)
{
    m_state = {};
    m_clientId = clientId;
    m_serverId = authServerId;
    if (!createAuthServer.isEmpty()) {
        const QString q = QString::fromLatin1(QUrl::toPercentEncoding(createAuthServer));
        readList(QStringLiteral("/api/v1/authorizationServers?q=") + q, OktaReply::servers,
                 [this, createAuthServer](const QList<OktaState::Server> &servers) {
                     for (const OktaState::Server &s : servers) {
                         if (s.name == createAuthServer) {
                             m_state.server = s;
                             m_serverId = s.id;
                             return readPolicies();
                         }
                     }
                     readApp(); // not created yet: nothing else to read on it
                 });
        return;
    }
    if (authServerId.isEmpty() || authServerId.compare(QLatin1String("oauth2"), Qt::CaseInsensitive) == 0)
        return readApp(); // the org server: the plan refuses it, so nothing of it is read
    m_client->request(QStringLiteral("GET"), base(), {},
                      [this](const QByteArray &body, const Problem &error) {
                          if (notFound(error))
                              return readApp();
                          if (!error.isNull())
                              return emit failed(error);
                          const auto server = OktaReply::server(body);
                          if (!server)
                              return emit failed(OktaAdminError::badReply(QStringLiteral("GET ") + base(),
                                                                          server.problem().message));
                          m_state.server = *server;
                          readPolicies();
                      });
}

void OktaSetupRunner::readPolicies()
{
    readList(base() + QStringLiteral("/policies"), OktaReply::policies,
             [this](const QList<OktaState::Policy> &policies) {
                 m_state.policies = policies;
                 readRules(0);
             });
}

void OktaSetupRunner::readRules(int index)
{
    if (index >= m_state.policies.size())
        return readClaims();
    const QString path =
        base() + QStringLiteral("/policies/") + m_state.policies.at(index).id + QStringLiteral("/rules");
    readList(path, OktaReply::rules, [this, index](const QList<OktaState::Rule> &rules) {
        m_state.policies[index].rules = rules;
        readRules(index + 1);
    });
}

void OktaSetupRunner::readClaims()
{
    readList(base() + QStringLiteral("/claims"), OktaReply::claims,
             [this](const QList<OktaState::Claim> &claims) {
                 m_state.claims = claims;
                 readApp();
             });
}

template <typename Parse, typename Next>
void OktaSetupRunner::readList(const QString &path, Parse parse, Next next)
{
    m_client->getAll(path, [this, path, parse, next](const QJsonArray &items, const Problem &error) {
        if (!error.isNull())
            return emit failed(error);
        const auto list = parse(bytes(items));
        if (!list)
            return emit failed(
                OktaAdminError::badReply(QStringLiteral("GET ") + path, list.problem().message));
        next(*list);
    });
}

void OktaSetupRunner::readApp()
{
    const QString path =
        QStringLiteral("/api/v1/apps/") + QString::fromLatin1(QUrl::toPercentEncoding(m_clientId));
    m_client->request(QStringLiteral("GET"), path, {},
                      [this, path](const QByteArray &body, const Problem &error) {
                          if (!error.isNull() && !notFound(error))
                              return emit failed(error);
                          if (error.isNull()) {
                              const auto app = OktaReply::app(body);
                              if (!app)
                                  return emit failed(OktaAdminError::badReply(QStringLiteral("GET ") + path,
                                                                              app.problem().message));
                              m_state.app = *app;
                          }
                          emit stateRead(m_state);
                      });
}

void OktaSetupRunner::apply(const QList<OktaSetupStep> &steps)
{
    m_steps = steps;
    m_createdPolicyId.clear();
    m_journaled.clear();
    applyFrom(0);
}

void OktaSetupRunner::applyFrom(int index)
{
    while (index < m_steps.size() && !m_steps.at(index).isOktaWrite())
        ++index;
    if (index >= m_steps.size())
        return emit applied();
    const OktaSetupStep &step = m_steps.at(index);
    QString method = QStringLiteral("POST");
    QString path;
    switch (step.action) {
    case OktaSetupStep::Action::CreateServer:
        path = QStringLiteral("/api/v1/authorizationServers");
        break;
    case OktaSetupStep::Action::ReplaceAudience:
        method = QStringLiteral("PUT");
        path = base();
        break;
    case OktaSetupStep::Action::CreatePolicy:
        path = base() + QStringLiteral("/policies");
        break;
    case OktaSetupStep::Action::CreateRule:
        path = base() + QStringLiteral("/policies/") +
               (step.policyId.isEmpty() ? m_createdPolicyId : step.policyId) + QStringLiteral("/rules");
        break;
    case OktaSetupStep::Action::CreateClaim:
    case OktaSetupStep::Action::AlignAudience:
        path = base() + QStringLiteral("/claims");
        break;
    }
    const Result<std::optional<JournalEntry>> begun = journalBegin(step);
    if (!begun)
        return emit failed(begun.problem());
    const std::optional<JournalEntry> entry = *begun;
    emit stepStarted(index);
    m_client->request(
        method, path, step.body, [this, index, entry](const QByteArray &body, const Problem &error) {
            const OktaSetupStep &step = m_steps.at(index);
            QString id = step.action == OktaSetupStep::Action::ReplaceAudience ? m_serverId : QString();
            if (error.isNull() && id.isEmpty()) {
                const auto created = OktaReply::createdId(body);
                if (!created) {
                    const Problem bad = OktaAdminError::badReply(step.detail, created.problem().message);
                    journalEnd(entry, {}, bad);
                    return emit failed(bad);
                }
                id = *created;
            }
            journalEnd(entry, id, error);
            if (!error.isNull())
                return emit failed(error);
            if (step.action == OktaSetupStep::Action::CreateServer)
                m_serverId = id;
            if (step.action == OktaSetupStep::Action::CreatePolicy)
                m_createdPolicyId = id;
            emit stepDone(index);
            applyFrom(index + 1);
        });
}

Result<std::optional<JournalEntry>> OktaSetupRunner::journalBegin(const OktaSetupStep &step)
{
    if (m_journalPath.isEmpty())
        return std::optional<JournalEntry>();
    JournalEntry e;
    e.id = JournalEntry::newId();
    e.time = QDateTime::currentDateTimeUtc();
    e.service = JournalEntry::okta();
    e.oktaDomain = m_client->baseUrl().toString();
    e.serverId = m_serverId;
    e.clientAppId = m_clientId;
    if (step.action == OktaSetupStep::Action::CreateRule)
        e.policyId = step.policyId.isEmpty() ? m_createdPolicyId : step.policyId;
    const bool replace = step.action == OktaSetupStep::Action::ReplaceAudience;
    e.action = replace ? QStringLiteral("replace") : QStringLiteral("create");
    static const char *const types[] = {
        "", "authorization-server", "authorization-server", "policy", "rule", "claim"};
    e.objectType = QLatin1String(types[int(step.action)]);
    e.objectName = step.body.value(QStringLiteral("name")).toString();
    if (replace && m_state.server)
        e.before = m_state.server->raw;
    e.after = step.body;
    if (const Result<void> journaled = JournalFile(m_journalPath).append(e.beginRecord()); !journaled) {
        Problem problem = journaled.problem();
        problem.where = QStringLiteral("journal");
        return problem;
    }
    m_journaled << e.id;
    return std::optional<JournalEntry>(e);
}

void OktaSetupRunner::journalEnd(std::optional<JournalEntry> entry, const QString &objectId,
                                 const Problem &error)
{
    if (!entry)
        return;
    entry->objectId = objectId;
    entry->end(error, OktaAdminError::refusedWrite(error));
    // The write is done either way; an entry without its end reads as unknown.
    (void)JournalFile(m_journalPath).append(entry->endRecord());
}
