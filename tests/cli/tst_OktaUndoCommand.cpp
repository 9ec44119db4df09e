#include "CliRunner.h"
#include "sandbox/OktaManagementSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt undo` of the entries `okta-jwt okta-setup` journals, against the in-process Okta sandbox.
class tst_OktaUndoCommand : public QObject
{
    Q_OBJECT

    OktaSandbox m_okta;
    OktaManagementSandbox *m_api = nullptr;
    QTemporaryDir m_home;

    QProcessEnvironment env(bool token = true) const
    {
        QProcessEnvironment e = isolatedEnvironment(m_home.path());
        e.remove(QStringLiteral("OKTA_API_TOKEN"));
        e.remove(QStringLiteral("OKTA_CLIENT_TOKEN"));
        if (token)
            e.insert(QStringLiteral("OKTA_API_TOKEN"), OktaManagementSandbox::demoApiToken());
        return e;
    }
    CliRun run(const QStringList &a, bool token = true) { return runCli(a, {}, env(token), 90000); }
    QString journalPath() const
    {
        return m_home.filePath(QStringLiteral("home/.local/state/okta-jwt/journal.jsonl"));
    }
    // A dedicated server: okta-setup creates it, its policy, its rule and the two claims.
    void setUp(const QStringList &extra = {})
    {
        const CliRun r = run(QStringList{"okta-setup", "--okta-domain", m_okta.domain(), "--client-app-id",
                                         "myapp-abcde", "--client-id", OktaSandbox::demoClientId(), "--claim",
                                         "email", "--claim", "groups", "--timeout", "10"} +
                             extra);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QJsonObject entry(const QString &action, const QString &type)
    {
        const CliRun r = run({"history", "--json"});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("action").toString() == action &&
                e.value("object").toObject().value("type").toString() == type)
                return e;
        }
        return {};
    }
    static QString objectId(const QJsonObject &e)
    {
        return e.value("object").toObject().value("id").toString();
    }
    static QString serverId(const QJsonObject &e)
    {
        return e.value("target").toObject().value("server_id").toString();
    }
    int status(const QStringList &parts)
    {
        return m_api->store().get(QStringList{"authorizationServers"} + parts, {}).status;
    }
    QJsonArray audiences(const QString &server)
    {
        return m_api->store()
            .get({"authorizationServers", server}, {})
            .body.toObject()
            .value("audiences")
            .toArray();
    }
    CliRun undo(const QJsonObject &e, const QStringList &extra = {}, bool token = true)
    {
        return run(QStringList{"undo", e.value("id").toString(), "--timeout", "10"} + extra, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_okta.start());
        m_api = OktaManagementSandbox::of(m_okta);
    }
    void init()
    {
        m_api->reset();
        m_okta.resetBehaviour();
        m_okta.setAudience(QStringLiteral("api://default"));
        QFile::remove(journalPath());
    }

    void createdClaimIsDeletedThenAlreadyGone()
    {
        setUp({"--audience", "api://default"});
        const QJsonObject claim = entry("create", "claim");
        QVERIFY(!objectId(claim).isEmpty());
        QCOMPARE(status({"default", "claims", objectId(claim)}), 200);
        CliRun r = undo(claim);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains("undone: DELETE /api/v1/authorizationServers/default/claims/" +
                                      objectId(claim)),
                 r.out.constData());
        QCOMPARE(status({"default", "claims", objectId(claim)}), 404);
        QCOMPARE(m_api->store().claims("default").size(), 2); // sub and the other created claim
        // The undo is journaled as an undo of the entry.
        const QJsonObject undone = entry("delete", "claim");
        QCOMPARE(undone.value("undo_of").toString(), claim.value("id").toString());
        QCOMPARE(undone.value("outcome").toString(), QStringLiteral("ok"));
        // A second undo finds nothing to delete and sends no write.
        const int writes = m_api->writeCount();
        r = undo(claim);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: already_gone:"), r.err.constData());
        QCOMPARE(m_api->writeCount(), writes);
    }
    void createdRuleAndPolicyAreDeleted()
    {
        setUp({"--create-auth-server", "App Services myapp"});
        const QJsonObject rule = entry("create", "rule");
        const QJsonObject policy = entry("create", "policy");
        const QString server = serverId(rule);
        QVERIFY(!server.isEmpty());
        QCOMPARE(rule.value("target").toObject().value("policy_id").toString(), objectId(policy));
        QCOMPARE(status({server, "policies", objectId(policy), "rules", objectId(rule)}), 200);
        CliRun r = undo(rule, {"--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value("outcome").toString(), QStringLiteral("done"));
        QCOMPARE(doc.value("undo").toObject().value("action").toString(), QStringLiteral("delete"));
        QCOMPARE(doc.value("journal_ids").toArray().size(), 1);
        QCOMPARE(status({server, "policies", objectId(policy), "rules", objectId(rule)}), 404);
        QCOMPARE(status({server, "policies", objectId(policy)}), 200);
        r = undo(policy);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(status({server, "policies", objectId(policy)}), 404);
    }
    void dryRunSendsNothing()
    {
        setUp({"--audience", "api://default"});
        const QJsonObject claim = entry("create", "claim");
        const int writes = m_api->writeCount();
        const CliRun r = undo(claim, {"--dry-run"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains("undo would: DELETE"), r.out.constData());
        QCOMPARE(m_api->writeCount(), writes);
        QCOMPARE(status({"default", "claims", objectId(claim)}), 200);
    }
    void ruleWithoutPolicyIdIsRefused()
    {
        setUp({"--create-auth-server", "App Services myapp"});
        // An entry as written before rules recorded their policy.
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray rewritten;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonObject record = QJsonDocument::fromJson(line).object();
            QJsonObject target = record.value("target").toObject();
            target.remove("policy_id");
            record.insert("target", target);
            rewritten += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        }
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(rewritten);
        file.close();
        const QJsonObject rule = entry("create", "rule");
        QVERIFY(!rule.isEmpty());
        const int requests = m_api->requestCount();
        const CliRun r = undo(rule, {}, false); // decided from the entry: no token asked for
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: policy_unknown:"), r.err.constData());
        QVERIFY(r.errText().contains("policy id"));
        QCOMPARE(m_api->requestCount(), requests);
    }
    void undoOfAnUndoIsRefusedNamingTheSupportedKinds()
    {
        setUp({"--audience", "api://default"});
        QCOMPARE(undo(entry("create", "claim")).exitCode, 0);
        const QJsonObject undone = entry("delete", "claim");
        QVERIFY(!undone.isEmpty());
        const int requests = m_api->requestCount();
        const CliRun r = undo(undone, {}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: undo_unsupported:"), r.err.constData());
        QVERIFY(r.errText().contains("only created authorization servers, policies, rules and claims and a "
                                     "replaced audience"));
        QCOMPARE(m_api->requestCount(), requests);
    }
    void replacedAudienceIsPutBack()
    {
        setUp({"--replace-audience"});
        QCOMPARE(audiences("default"), QJsonArray{"myapp-abcde"});
        const QJsonObject replace = entry("replace", "authorization-server");
        QVERIFY(!replace.isEmpty());
        CliRun r = undo(replace);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains("undone: PUT /api/v1/authorizationServers/default back"),
                 r.out.constData());
        QVERIFY(r.outText().contains("audiences: [\"myapp-abcde\"] → [\"api://default\"]"));
        QCOMPARE(audiences("default"), QJsonArray{"api://default"});
        QVERIFY(m_api->requestLog().contains("PUT /api/v1/authorizationServers/default 200"));
        // Undone twice: the server no longer holds what the entry wrote.
        const int writes = m_api->writeCount();
        r = undo(replace);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: remote_changed:"), r.err.constData());
        QCOMPARE(m_api->writeCount(), writes);
    }
    void driftedAudienceIsRefusedUnlessForced()
    {
        setUp({"--replace-audience"});
        const QJsonObject replace = entry("replace", "authorization-server");
        QJsonObject server = m_api->store().get({"authorizationServers", "default"}, {}).body.toObject();
        server.insert("audiences", QJsonArray{"someone-else"});
        QCOMPARE(m_api->store().put({"authorizationServers", "default"}, server).status, 200);
        const int writes = m_api->writeCount();
        CliRun r = undo(replace);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: remote_changed:"), r.err.constData());
        QVERIFY(r.errText().contains("Use --force"));
        QVERIFY2(r.outText().contains("audiences: [\"myapp-abcde\"] → [\"someone-else\"]"),
                 r.out.constData());
        QCOMPARE(m_api->writeCount(), writes);
        QCOMPARE(audiences("default"), QJsonArray{"someone-else"});
        r = undo(replace, {"--force"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(audiences("default"), QJsonArray{"api://default"});
    }
    void createdServerIsDeactivatedThenDeleted()
    {
        setUp({"--create-auth-server", "App Services myapp"});
        const QJsonObject created = entry("create", "authorization-server");
        const QString id = objectId(created);
        QVERIFY(!id.isEmpty());
        QCOMPARE(status({id}), 200);
        CliRun r = undo(created);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_api->requestLog().contains("POST /api/v1/authorizationServers/" + id +
                                             "/lifecycle/deactivate 204"));
        QVERIFY(m_api->requestLog().contains("DELETE /api/v1/authorizationServers/" + id + " 204"));
        QCOMPARE(status({id}), 404);
        r = undo(created);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("okta-jwt: already_gone:"), r.err.constData());
    }
    void serverErrorNamesTheStepAndLosesNothing()
    {
        setUp({"--audience", "api://default"});
        const QJsonObject claim = entry("create", "claim");
        m_api->setFault(OktaManagementSandbox::Fault::ServerError, -1, "DELETE");
        CliRun r = undo(claim);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains("okta-jwt: okta_server_error: undo step DELETE "
                                      "/api/v1/authorizationServers/default/claims/" +
                                      objectId(claim)),
                 r.err.constData());
        QCOMPARE(status({"default", "claims", objectId(claim)}), 200);
        // The attempt is journaled with an unknown outcome; the entry stays undoable.
        QCOMPARE(entry("delete", "claim").value("outcome").toString(), QStringLiteral("unknown"));
        m_api->setFault(OktaManagementSandbox::Fault::None, 0);
        r = undo(claim);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(status({"default", "claims", objectId(claim)}), 404);
    }
    void deleteAnswering404IsReportedAsAlreadyGone()
    {
        setUp({"--audience", "api://default"});
        const QJsonObject claim = entry("create", "claim");
        // Someone removes the claim between undo's read and its DELETE.
        const QMetaObject::Connection c =
            connect(m_api, &OktaManagementSandbox::requestServed, this, [this, claim](const QString &method) {
                if (method == QLatin1String("GET"))
                    m_api->store().remove({"authorizationServers", "default", "claims", objectId(claim)});
            });
        const CliRun r = undo(claim);
        disconnect(c);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains("already gone: DELETE /api/v1/authorizationServers/default/claims/"),
                 r.out.constData());
        QVERIFY(m_api->requestLog().contains("DELETE /api/v1/authorizationServers/default/claims/" +
                                             objectId(claim) + " 404"));
        QCOMPARE(entry("delete", "claim").value("outcome").toString(), QStringLiteral("ok"));
    }
    void tokenFromAFile()
    {
        setUp({"--audience", "api://default"});
        const QJsonObject claim = entry("create", "claim");
        QTemporaryDir dir;
        QFile file(dir.filePath("token"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(OktaManagementSandbox::demoApiToken().toLatin1() + "\n");
        file.close();
        const CliRun r = undo(claim, {"--okta-api-token-file", file.fileName()}, false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(status({"default", "claims", objectId(claim)}), 404);
    }
    void noTokenIsAUsageError()
    {
        setUp({"--audience", "api://default"});
        const int requests = m_api->requestCount();
        const CliRun r = undo(entry("create", "claim"), {}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("OKTA_API_TOKEN"), r.err.constData());
        QCOMPARE(m_api->requestCount(), requests);
    }
};

QTEST_MAIN(tst_OktaUndoCommand)
#include "tst_OktaUndoCommand.moc"
