#include "CliRunner.h"
#include "TestFiles.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// The error-line contract of every command: a run that exits non-zero prints exactly one
// `okta-jwt: <code>: <message>` line on stderr (warnings aside, `--json` or not), and its code says why.
// One row per failure path; placeholders in the arguments are filled in at run time (see expand()).
class tst_CliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oneErrorLine_data();
    void oneErrorLine();

private:
    QStringList expand(const QStringList &args, QTemporaryDir &dir) const;
    QProcessEnvironment env(const QString &keys, const QString &root) const;

    Sandbox m_sandbox;
};

void tst_CliOutput::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
    // dataapi-klmno gets this tool's provider, so that a different one needs --replace.
    QTemporaryDir dir;
    const CliRun r =
        runCli(expand({"deploy", "--okta-domain", "{okta}", "{admin-args}", "--app", "dataapi-klmno"}, dir),
               {}, env(QStringLiteral("keys"), dir.path()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_CliOutput::init()
{
    m_sandbox.okta()->resetBehaviour();
}

// {okta}: the Okta sandbox; {dead}: a closed port; {admin-args}: --admin-api, --project-id and --timeout of
// the sandbox; {data:PATH}: a fixture; {app:PATH}: a copy of a fixture app directory.
QStringList tst_CliOutput::expand(const QStringList &args, QTemporaryDir &dir) const
{
    QStringList out;
    for (const QString &a : args) {
        if (a == QLatin1String("{admin-args}")) {
            out << "--admin-api" << m_sandbox.adminApiUrl() << "--project-id" << m_sandbox.projectId()
                << "--timeout"
                << "5";
        } else if (a.startsWith(QLatin1String("{data:"))) {
            out << TestFiles::dataPath(a.mid(6).chopped(1));
        } else if (a.startsWith(QLatin1String("{app:"))) {
            const QString copy = dir.filePath(QStringLiteral("app"));
            if (!TestFiles::copyTree(TestFiles::dataPath(a.mid(5).chopped(1)), copy))
                qFatal("cannot copy %s", qPrintable(a));
            out << copy;
        } else {
            out << QString(a)
                       .replace(QLatin1String("{okta}"), m_sandbox.oktaDomain())
                       .replace(QLatin1String("{dead}"), QLatin1String("http://127.0.0.1:1"));
        }
    }
    return out;
}

// "keys": the sandbox's API key; "wrong": a private key it refuses; anything else: none (and no keychain).
QProcessEnvironment tst_CliOutput::env(const QString &keys, const QString &root) const
{
    QProcessEnvironment e = isolatedEnvironment(root);
    if (keys == QLatin1String("keys") || keys == QLatin1String("wrong")) {
        e.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), m_sandbox.publicKey());
        e.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"),
                 keys == QLatin1String("keys") ? m_sandbox.privateKey() : QStringLiteral("not-the-key"));
    }
    return e;
}

void tst_CliOutput::oneErrorLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");

    const auto row = [](const char *name, const QStringList &args, int exitCode, const char *code,
                        const QByteArray &input = {}, const char *keys = "") {
        QTest::newRow(name) << args << QString::fromLatin1(keys) << input << exitCode
                            << QString::fromLatin1(code);
    };
    OktaSandbox *okta = m_sandbox.okta();
    const QByteArray token = okta->mintToken();
    const QByteArray unknownKid = okta->mintToken({}, {{"kid", "no-such-kid"}});
    const QByteArray expired = okta->mintToken({{"exp", QDateTime::currentSecsSinceEpoch() - 60}});
    const QStringList verify{"verify-token", "--okta-domain", "{okta}", "--client-app-id",
                             Sandbox::demoClientAppId()};
    const QStringList deploy{"deploy", "--okta-domain", "{okta}", "{admin-args}"};

    row("no command", {}, 2, "usage");
    row("unknown command", {"frobnicate"}, 2, "usage");
    row("unknown option", {"validate", "--bogus"}, 2, "usage");

    row("generate: two errors",
        {"generate", "--okta-domain", "x-admin.okta.com", "--audience", "a", "--audience", "a"}, 1,
        "domain_admin");
    row("generate --json: invalid", {"generate", "--okta-domain", "x-admin.okta.com", "--json"}, 1,
        "domain_admin");
    row("generate: unreadable profile", {"generate", "--profile", "/nonexistent/profile.json"}, 2,
        "profile_unreadable");
    row("generate: unwritable output",
        {"generate", "--okta-domain", "dev-1.okta.com", "-o", "/proc/okta-jwt-test/providers.json"}, 2,
        "write_failed");

    row("validate: no path", {"validate"}, 2, "usage");
    row("validate: missing file", {"validate", "/nonexistent/providers.json"}, 2, "file_missing");
    row("validate: malformed", {"validate", "{data:malformed/missing-comma.json}"}, 2, "json_malformed");
    row("validate: no custom-token", {"validate", "{data:apps/current-realm-config}"}, 1,
        "custom_token_missing");
    row("validate: several errors", {"validate", "{data:broken/stray-members-with-custom-token.json}"}, 1,
        "value_type");
    row("validate --json: several errors",
        {"validate", "{data:broken/stray-members-with-custom-token.json}", "--json"}, 1, "value_type");

    row("export: no --app-dir", {"export", "--okta-domain", "dev-1.okta.com"}, 2, "usage");
    row("export: missing app", {"export", "--app-dir", "/nonexistent/app", "--okta-domain", "dev-1.okta.com"},
        2, "app_dir_missing");
    row("export: invalid provider",
        {"export", "--app-dir", "{app:apps/current-realm-config}", "--okta-domain", "x-admin.okta.com"}, 1,
        "domain_admin");
    row("export: different provider",
        {"export", "--app-dir", "{app:apps/legacy-stitch}", "--okta-domain", "dev-1.okta.com"}, 1,
        "replace_needed");
    row("export --json: different provider",
        {"export", "--app-dir", "{app:apps/legacy-stitch}", "--okta-domain", "dev-1.okta.com", "--json"}, 1,
        "replace_needed");

    row("discover: admin host", {"discover", "--okta-domain", "x-admin.okta.com"}, 1, "domain_admin");
    row("discover: zero timeout", {"discover", "--okta-domain", "{okta}", "--timeout", "0"}, 2, "usage");
    row("discover: unknown server", {"discover", "--okta-domain", "{okta}", "--auth-server", "nosuch"}, 3,
        "auth_server_not_found");
    row("discover --json: unknown server",
        {"discover", "--okta-domain", "{okta}", "--auth-server", "nosuch", "--json"}, 3,
        "auth_server_not_found");

    row("verify-token: empty token", verify, 1, "malformed", "\n");
    row("verify-token: unknown kid", verify, 1, "kid_unknown", unknownKid);
    row("verify-token --json: unknown kid", verify + QStringList{"--json"}, 1, "kid_unknown", unknownKid);
    row("verify-token: two failures", verify + QStringList{"--require-claim", "nosuchclaim"}, 1, "expired",
        expired);
    row("verify-token: bad --now", verify + QStringList{"--now", "yesterday"}, 2, "usage", token);
    row("verify-token: missing token file", verify + QStringList{"--token-file", "/nonexistent/token"}, 2,
        "input");
    row("verify-token: Okta unreachable",
        {"verify-token", "--okta-domain", "{dead}", "--audience", "api://default"}, 3, "okta_network_error",
        token);

    row("deploy: different provider",
        deploy + QStringList{"--app", "dataapi-klmno", "--audience", "api://other"}, 1, "replace_needed", {},
        "keys");
    row("deploy --dry-run: different provider",
        deploy + QStringList{"--app", "dataapi-klmno", "--audience", "api://other", "--dry-run"}, 1,
        "replace_needed", {}, "keys");
    row("deploy --json: different provider",
        deploy + QStringList{"--app", "dataapi-klmno", "--audience", "api://other", "--json"}, 1,
        "replace_needed", {}, "keys");
    const QStringList diff{"diff", "--okta-domain", "{okta}", "{admin-args}"};
    row("diff: differences", diff + QStringList{"--app", "sync-pqrst"}, 1, "provider_differs", {}, "keys");
    row("diff --json: differences", diff + QStringList{"--app", "sync-pqrst", "--json"}, 1,
        "provider_differs", {}, "keys");
    row("deploy: unknown App", deploy + QStringList{"--app", "nosuch-abcde"}, 2, "app_not_found", {}, "keys");
    row("deploy: no API key", deploy + QStringList{"--app", "myapp-abcde"}, 2, "credentials_missing");
    row("deploy: wrong API key", deploy + QStringList{"--app", "myapp-abcde"}, 3, "unauthorized", {},
        "wrong");
    row("deploy: invalid provider",
        {"deploy", "--okta-domain", "x-admin.okta.com", "{admin-args}", "--app", "myapp-abcde"}, 1,
        "domain_admin", {}, "keys");
    row("deploy: invalid project",
        {"deploy", "--okta-domain", "{okta}", "--project-id", "nothex", "--app", "myapp-abcde"}, 1,
        "project_id_invalid", {}, "keys");
    row("deploy: Okta unreachable",
        {"deploy", "--okta-domain", "{dead}", "{admin-args}", "--app", "myapp-abcde"}, 3,
        "okta_network_error", {}, "keys");

    row("sandbox: bad port", {"sandbox", "--port", "x"}, 2, "usage");
    row("completion: unknown shell", {"completion", "bashh"}, 2, "usage");
}

void tst_CliOutput::oneErrorLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, keys);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList expanded = expand(args, dir);
    const CliRun r = runCli(expanded, input, env(keys, dir.path()), 30000);
    const QString shown = QStringLiteral("okta-jwt %1\nexit %2\nstdout: %3\nstderr: %4")
                              .arg(expanded.join(QLatin1Char(' ')))
                              .arg(r.exitCode)
                              .arg(r.outText().left(2000), r.errText());
    QVERIFY2(r.exitCode == exitCode, qPrintable(shown));
    static const QRegularExpression line(QStringLiteral("^okta-jwt: (?!warning: )([a-z_]+): \\S"),
                                         QRegularExpression::MultilineOption);
    QStringList codes;
    for (auto it = line.globalMatch(r.errText()); it.hasNext();)
        codes << it.next().captured(1);
    QVERIFY2(codes == QStringList{code},
             qPrintable(QStringLiteral("error lines %1; ").arg(codes.join(',')) + shown));
    // Nothing else on stderr but warnings and the further errors listed under the error line.
    for (const QString &l : r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(l.startsWith(QLatin1String("okta-jwt: ")) || l.startsWith(QLatin1String("  error: ")),
                 qPrintable(shown));
}

QTEST_GUILESS_MAIN(tst_CliOutput)
#include "tst_CliOutput.moc"
