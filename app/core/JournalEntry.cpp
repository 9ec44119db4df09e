#include "core/JournalEntry.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace {
const QString kRecord = QStringLiteral("record");
const QString kId = QStringLiteral("id");
const QString kTime = QStringLiteral("time");

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

bool validId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return shape.match(id).hasMatch();
}
} // namespace

QString JournalEntry::newId()
{
    // Milliseconds first, so ids sort by time; the random part keeps concurrent runs apart.
    return QStringLiteral("%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")))
        .arg(QRandomGenerator::system()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

QJsonObject JournalEntry::secretState(const QString &name, const QString &secretId, bool valueSet)
{
    QJsonObject o{{QStringLiteral("name"), name}};
    insertIfSet(o, QStringLiteral("_id"), secretId);
    if (valueSet)
        o.insert(QStringLiteral("value_set"), true);
    return o;
}

QJsonObject JournalEntry::beginRecord() const
{
    QJsonObject target;
    if (service == okta()) {
        target.insert(QStringLiteral("okta_domain"), oktaDomain);
        insertIfSet(target, QStringLiteral("server_id"), serverId);
        insertIfSet(target, QStringLiteral("policy_id"), policyId);
    } else {
        target.insert(QStringLiteral("admin_api"), adminApi);
        target.insert(QStringLiteral("project_id"), projectId);
        target.insert(QStringLiteral("app_id"), appId);
        insertIfSet(target, QStringLiteral("client_app_id"), clientAppId);
    }
    QJsonObject object{{QStringLiteral("type"), objectType}};
    insertIfSet(object, QStringLiteral("id"), objectId);
    insertIfSet(object, QStringLiteral("name"), objectName);
    QJsonObject o{{QStringLiteral("v"), kFormatVersion},
                  {kRecord, QStringLiteral("begin")},
                  {kId, id},
                  {kTime, isoTime(time)},
                  {QStringLiteral("service"), service},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("object"), object},
                  {QStringLiteral("before"), before},
                  {QStringLiteral("after"), after}};
    insertIfSet(o, QStringLiteral("undo_of"), undoOf);
    insertIfSet(o, QStringLiteral("draft_id"), draftId);
    return o;
}

void JournalEntry::end(const Problem &error, bool refused)
{
    completedAt = QDateTime::currentDateTimeUtc();
    outcome = error.isNull() ? Outcome::Ok : refused ? Outcome::Failed : Outcome::Unknown;
    this->error = error.isNull() ? QString() : error.code + QStringLiteral(": ") + error.message;
}

QJsonObject JournalEntry::endRecord() const
{
    QJsonObject o{{QStringLiteral("v"), kFormatVersion},
                  {kRecord, QStringLiteral("end")},
                  {kId, id},
                  {kTime, isoTime(completedAt.isValid() ? completedAt : QDateTime::currentDateTimeUtc())},
                  {QStringLiteral("outcome"), outcomeName(outcome)}};
    insertIfSet(o, QStringLiteral("error"), error);
    insertIfSet(o, QStringLiteral("object_id"), objectId);
    return o;
}

Result<JournalEntry> JournalEntry::fromBeginRecord(const QJsonObject &r)
{
    const auto bad = [](const QString &what) {
        return Problem{QStringLiteral("journal_record_invalid"), what, {}};
    };
    JournalEntry e;
    e.id = r.value(kId).toString();
    if (!validId(e.id))
        return bad(tr("missing or malformed \"id\""));
    e.time = QDateTime::fromString(r.value(kTime).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid())
        return bad(tr("missing or malformed \"time\""));
    e.service = r.value(QStringLiteral("service")).toString();
    if (e.service != appServices() && e.service != okta())
        return bad(tr("unknown \"service\""));
    const QJsonObject target = r.value(QStringLiteral("target")).toObject();
    const QJsonObject object = r.value(QStringLiteral("object")).toObject();
    e.adminApi = target.value(QStringLiteral("admin_api")).toString();
    e.projectId = target.value(QStringLiteral("project_id")).toString();
    e.appId = target.value(QStringLiteral("app_id")).toString();
    e.clientAppId = target.value(QStringLiteral("client_app_id")).toString();
    e.oktaDomain = target.value(QStringLiteral("okta_domain")).toString();
    e.serverId = target.value(QStringLiteral("server_id")).toString();
    e.policyId = target.value(QStringLiteral("policy_id")).toString();
    if (e.service == appServices() && (e.adminApi.isEmpty() || e.projectId.isEmpty() || e.appId.isEmpty()))
        return bad(tr("the App Services target is incomplete"));
    if (e.service == okta() && e.oktaDomain.isEmpty())
        return bad(tr("the Okta target is incomplete"));
    e.action = r.value(QStringLiteral("action")).toString();
    e.objectType = object.value(QStringLiteral("type")).toString();
    e.objectId = object.value(QStringLiteral("id")).toString();
    e.objectName = object.value(QStringLiteral("name")).toString();
    if (e.action.isEmpty() || e.objectType.isEmpty())
        return bad(tr("missing \"action\" or \"object\""));
    e.before = r.value(QStringLiteral("before"));
    e.after = r.value(QStringLiteral("after"));
    if (e.before.isUndefined() || e.after.isUndefined())
        return bad(tr("missing \"before\" or \"after\""));
    e.undoOf = r.value(QStringLiteral("undo_of")).toString();
    e.draftId = r.value(QStringLiteral("draft_id")).toString();
    return e;
}

Result<void> JournalEntry::applyEndRecord(const QJsonObject &r)
{
    const QString name = r.value(QStringLiteral("outcome")).toString();
    const QDateTime at = QDateTime::fromString(r.value(kTime).toString(), Qt::ISODateWithMs);
    Outcome o = Outcome::Unknown;
    if (name == outcomeName(Outcome::Ok))
        o = Outcome::Ok;
    else if (name == outcomeName(Outcome::Failed))
        o = Outcome::Failed;
    else if (name != outcomeName(Outcome::Unknown))
        return Problem{QStringLiteral("journal_record_invalid"), tr("unknown \"outcome\""), {}};
    if (!at.isValid())
        return Problem{QStringLiteral("journal_record_invalid"), tr("missing or malformed \"time\""), {}};
    outcome = o;
    completedAt = at;
    this->error = r.value(QStringLiteral("error")).toString();
    const QString created = r.value(QStringLiteral("object_id")).toString();
    if (!created.isEmpty())
        objectId = created;
    return {};
}

QString JournalEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString JournalEntry::targetText() const
{
    if (service == okta())
        return tr("Okta %1 server %2").arg(oktaDomain, serverId.isEmpty() ? tr("(none)") : serverId);
    return tr("App %1 (_id %2) in project %3")
        .arg(clientAppId.isEmpty() ? appId : clientAppId, appId, projectId);
}

QString JournalEntry::actionText() const
{
    QString text = action + QLatin1Char(' ') + objectType;
    if (!objectName.isEmpty())
        text += QLatin1Char(' ') + objectName;
    if (!objectId.isEmpty())
        text += QStringLiteral(" (%1)").arg(objectId);
    return text;
}

bool JournalEntry::matches(const QString &app, const QString &oktaDomainFilter) const
{
    if (!app.isEmpty() && app != appId && app != clientAppId)
        return false;
    if (oktaDomainFilter.isEmpty())
        return true;
    const auto host = [](const QString &domain) {
        const QUrl url = QUrl::fromUserInput(domain);
        return (url.host().isEmpty() ? domain : url.host()).toLower();
    };
    return service == okta() && host(oktaDomain) == host(oktaDomainFilter);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o = beginRecord();
    o.remove(kRecord);
    o.remove(QStringLiteral("v"));
    o.insert(QStringLiteral("outcome"), outcomeName(outcome));
    insertIfSet(o, QStringLiteral("error"), error);
    if (completedAt.isValid())
        o.insert(QStringLiteral("completed"), isoTime(completedAt));
    return o;
}
