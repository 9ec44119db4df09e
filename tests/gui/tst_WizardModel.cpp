#include "GuiTest.h"
#include "core/AppDirectory.h"
#include "core/FieldKeys.h"
#include "wizard/WizardModel.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The model owns every derived result: each is dropped (or, for the token check, marked stale) when the
// inputs it came from change, and an answer for old inputs is ignored.
class tst_WizardModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static WizardModel::Discovery found(const QString &issuer, const QString &jwksUri)
    {
        WizardModel::Discovery d;
        d.status = WizardModel::Discovery::Status::Found;
        d.issuer = issuer;
        d.jwksUri = jwksUri;
        return d;
    }
    static void seed(WizardModel &m)
    {
        ProviderSettings s = GuiTest::validSettings();
        s.oktaDomain = QStringLiteral("dev-1.okta.com");
        s.metadataFields = {{QStringLiteral("email"), {}, false}};
        m.setSettings(s);
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void discoveryFillsTheSettingsUntilDomainOrServerChange()
    {
        WizardModel m;
        seed(m);
        const QString inputs = m.beginDiscovery();
        m.finishDiscovery(inputs, found(QStringLiteral("https://dev-1.okta.com/oauth2/default"),
                                        QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys?x=1")));
        QCOMPARE(m.settings().discoveredJwkUri,
                 QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys?x=1"));
        QCOMPARE(m.settings().effectiveJwkUri(), m.settings().discoveredJwkUri);
        QCOMPARE(m.discovery().status, WizardModel::Discovery::Status::Found);

        m.update([](ProviderSettings &s) { s.audience = {QStringLiteral("api://x")}; }); // unrelated
        QCOMPARE(m.discovery().status, WizardModel::Discovery::Status::Found);
        m.update([](ProviderSettings &s) { s.authServerId = QStringLiteral("default2"); });
        QCOMPARE(m.discovery().status, WizardModel::Discovery::Status::None);
        QVERIFY(m.settings().issuer.isEmpty());
        QCOMPARE(m.settings().effectiveJwkUri(),
                 QStringLiteral("https://dev-1.okta.com/oauth2/default2/v1/keys"));
    }

    void aLateDiscoveryAnswerIsIgnored()
    {
        WizardModel m;
        seed(m);
        const QString old = m.beginDiscovery();
        m.update([](ProviderSettings &s) { s.oktaDomain = QStringLiteral("dev-2.okta.com"); });
        QCOMPARE(m.discovery().status, WizardModel::Discovery::Status::None);
        m.finishDiscovery(old, found(QStringLiteral("https://dev-1.okta.com/oauth2/default"),
                                     QStringLiteral("https://dev-1.okta.com/oauth2/default/v1/keys")));
        QCOMPARE(m.discovery().status, WizardModel::Discovery::Status::None);
        QVERIFY(m.settings().issuer.isEmpty());
        QVERIFY(m.settings().discoveredJwkUri.isEmpty());
        // Even for the same inputs, an answer to a discovery that is no longer running is not taken.
        m.update([](ProviderSettings &s) { s.oktaDomain = QStringLiteral("dev-1.okta.com"); });
        m.finishDiscovery(old, found(QStringLiteral("i"), QStringLiteral("https://k.example/k")));
        QVERIFY(m.settings().discoveredJwkUri.isEmpty());
    }

    void aTokenCheckGoesStaleAndProvesClaims()
    {
        WizardModel m;
        seed(m);
        const auto codes = [&m] {
            QStringList out;
            for (const Finding &f : m.findings())
                out << f.code;
            return out;
        };
        QVERIFY(codes().contains(QStringLiteral("claim_not_in_access_token")));
        TokenCheckResult r;
        r.kid = QStringLiteral("k1");
        r.claims = {{QStringLiteral("sub"), QStringLiteral("00u1")},
                    {QStringLiteral("email"), QStringLiteral("a@b.c")}};
        m.setTokenCheck(r, m.settings());
        QVERIFY(!m.tokenCheck().stale);
        QVERIFY(!codes().contains(QStringLiteral("claim_not_in_access_token"))); // the token carries it
        QCOMPARE(m.tokenCheck().result.userData,
                 (QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.c")}}));

        // Metadata edits re-map the check; they do not make it stale.
        m.update([](ProviderSettings &s) {
            s.metadataFields << MetadataField{QStringLiteral("groups"), {}, true};
        });
        QVERIFY(!m.tokenCheck().stale);
        QCOMPARE(m.tokenCheck().result.failureCodes(), QStringList{QStringLiteral("required_claim_missing")});
        // Another audience is another check: stale, and it proves nothing any more.
        m.update([](ProviderSettings &s) { s.audience = {QStringLiteral("api://other")}; });
        QVERIFY(m.tokenCheck().stale);
        QVERIFY(codes().contains(QStringLiteral("claim_not_in_access_token")));
        m.update([](ProviderSettings &s) { s.audience = GuiTest::validSettings().audience; });
        QVERIFY(!m.tokenCheck().stale);
        // A check made with inputs that were already old when it arrived is stale from the start.
        ProviderSettings old = m.settings();
        old.clientAppId = QStringLiteral("other-abcde");
        m.setTokenCheck(r, old);
        QVERIFY(m.tokenCheck().stale);
    }

    void remoteResultsBelongToProviderAppAndConnection()
    {
        WizardModel m;
        seed(m);
        m.setDeployConnection(QStringLiteral("http://127.0.0.1:1/api"), QStringLiteral("pub"));
        DeployResult r;
        r.outcome = DeployResult::Outcome::Unchanged;
        m.setRemoteResult(WizardModel::Remote::Run::Diff, r);
        m.update([](ProviderSettings &s) { s.oktaDomain = QStringLiteral("dev-1.okta.com"); }); // no change
        QCOMPARE(m.remote().run, WizardModel::Remote::Run::Diff);
        m.update([](ProviderSettings &s) { s.disabled = true; });
        QCOMPARE(m.remote().run, WizardModel::Remote::Run::None);
        QVERIFY(m.remote().dropped);

        m.setRemoteApps({AdminReply::App{QStringLiteral("id1"), QStringLiteral("a-abcde"), {}, {}, {}}}, {});
        m.update([](ProviderSettings &s) { s.clientAppId = QStringLiteral("a-abcde"); }); // an App list stays
        QCOMPARE(m.remote().run, WizardModel::Remote::Run::LoadApps);
        m.setDeployConnection(QStringLiteral("http://127.0.0.1:1/api"), QStringLiteral("other"));
        QCOMPARE(m.remote().run, WizardModel::Remote::Run::None);
        m.setRemoteResult(WizardModel::Remote::Run::Deploy, r);
        m.setSettings(m.settings()); // start new / open / import
        QCOMPARE(m.remote().run, WizardModel::Remote::Run::None);
        QVERIFY(!m.remote().dropped);
    }

    void exportOutcomeBelongsToDirectoryAndProvider()
    {
        WizardModel m;
        seed(m);
        const QString app = GuiTest::makeCurrentApp(m_dir.filePath(QStringLiteral("app")), QByteArray());
        m.setAppDirectory(app);
        QVERIFY(m.exportTarget().ok());
        AppDirectory::Export e;
        e.action = ProvidersMerger::Action::Unchanged;
        m.setExportOutcome(e, false);
        QVERIFY(m.exportOutcome().present);
        m.setAppDirectory(m_dir.filePath(QStringLiteral("elsewhere")));
        QVERIFY(!m.exportOutcome().present);
        QVERIFY(!m.exportTarget().ok());
        m.setAppDirectory(app);
        m.setExportOutcome(e, false);
        m.update([](ProviderSettings &s) { s.requireAnyAudience = true; });
        QVERIFY(!m.exportOutcome().present);
    }

    // An empty field the user has not got to blocks Next but is not shown as a mistake yet.
    void untouchedEmptyFieldsWaitForInput()
    {
        WizardModel m;
        QVERIFY(m.isPristine());
        const Finding empty = m.findingsFor({FieldKeys::OktaDomain}).value(0);
        QCOMPARE(empty.code, QStringLiteral("domain_empty"));
        QVERIFY(m.isWaitingForInput(empty));
        QSignalSpy changed(&m, &WizardModel::changed);
        m.markTouched(FieldKeys::OktaDomain);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m.isWaitingForInput(empty));
        m.markTouched(FieldKeys::OktaDomain);
        QCOMPARE(changed.size(), 1);
        m.setSettings(ProviderSettings());
        QVERIFY(m.isWaitingForInput(empty));
        m.update([](ProviderSettings &s) { s.audience = {QStringLiteral("x")}; });
        QVERIFY(!m.isPristine());
    }
};

QTEST_MAIN(tst_WizardModel)
#include "tst_WizardModel.moc"
