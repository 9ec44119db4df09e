#include "CliRunner.h"
#include "TestFiles.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

// A whole sandbox flow through okta-jwt (generate, verify-token, export, deploy with an API key from the
// environment and from a file, deploy with a signing-key value, diff, validate) with HOME, the XDG folders
// and TMPDIR inside one temporary folder; then every file in it (but the two secret files), every line
// printed and every command line is searched for the private API key and the signing-key value, raw,
// hex and base64.
class tst_SecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSecretLeaves();

private:
    CliRun step(const QStringList &args, const QByteArray &stdinData = {}, bool withKeyEnv = false);
    QStringList leaks(const QByteArray &haystack) const;

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QProcess m_sandbox;
    QJsonObject m_info;
    QByteArray m_privateKey;
    QByteArray m_signingKey;
    QList<QPair<QStringList, CliRun>> m_runs;
};

void tst_SecretScan::initTestCase()
{
    QVERIFY(m_root.isValid());
    const QString root = m_root.path();
    QVERIFY(QDir(root).mkpath(QStringLiteral("secrets")) &&
            QDir(root).mkpath(QStringLiteral("work/app/auth")));
    m_env = isolatedEnvironment(root);

    // The sandbox's second API key: the sandbox never prints it, so any copy found is a leak.
    m_privateKey = "11111111-ci-private-key-1111";
    for (int i = 0; i < 48; ++i)
        m_signingKey +=
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"[QRandomGenerator::global()
                                                                                   ->bounded(64)];
    QFile priv(root + QStringLiteral("/secrets/private.key"));
    QVERIFY(priv.open(QIODevice::WriteOnly) && priv.write(m_privateKey + '\n') > 0);
    priv.close();
    QFile sign(root + QStringLiteral("/secrets/signing.key"));
    QVERIFY(sign.open(QIODevice::WriteOnly) && sign.write(m_signingKey + '\n') > 0);
    sign.close();
    QFile realm(root + QStringLiteral("/work/app/realm_config.json"));
    QVERIFY(realm.open(QIODevice::WriteOnly) && realm.write("{\"config_version\": 20210101}\n") > 0);
    realm.close();

    m_sandbox.setProcessEnvironment(m_env);
    m_sandbox.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"),
                    {QStringLiteral("sandbox"), QStringLiteral("--json")});
    QVERIFY(m_sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 15000);
    const QByteArray line = m_sandbox.readLine();
    m_runs.append(
        {{QStringLiteral("sandbox"), QStringLiteral("--json")}, CliRun{0, false, false, 0, line, {}}});
    m_info = QJsonDocument::fromJson(line).object();
    QVERIFY(!m_info.isEmpty());
}

void tst_SecretScan::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(10000);
}

CliRun tst_SecretScan::step(const QStringList &args, const QByteArray &stdinData, bool withKeyEnv)
{
    QProcessEnvironment env = m_env;
    if (withKeyEnv) {
        env.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), QStringLiteral("ciuser"));
        env.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), QString::fromLatin1(m_privateKey));
    }
    const CliRun r = runCli(args, stdinData, env);
    m_runs.append({args, r});
    return r;
}

QStringList tst_SecretScan::leaks(const QByteArray &haystack) const
{
    QStringList found;
    for (const QByteArray &secret : {m_privateKey, m_signingKey}) {
        const QList<QByteArray> forms{
            secret, secret.toHex(), secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
        for (const QByteArray &form : forms) {
            if (haystack.contains(form))
                found << QString::fromLatin1(form);
        }
    }
    return found;
}

void tst_SecretScan::noSecretLeaves()
{
    const QString root = m_root.path();
    const auto v = [this](const char *key) {
        return m_info.value(QLatin1String(key)).toString();
    };
    const QStringList provider{"--okta-domain", v("okta_domain"), "--require-claim",
                               "sub=oktaId",    "--claim",        "email"};
    const QStringList admin{"--admin-api",   v("admin_api"), "--project-id",
                            v("project_id"), "--app",        v("client_app_id")};
    const QString signing = QStringLiteral("jwtKey=") + root + QStringLiteral("/secrets/signing.key");
    const QStringList manual{"--signing-algorithm", "HS256", "--signing-key", signing, "--claim", "email"};

    QCOMPARE(step(QStringList{"generate", "-o", root + "/work/providers.json"} + provider).exitCode, 0);
    const CliRun verified =
        step(QStringList{"verify-token", "--client-app-id", v("client_app_id"), "--json"} + provider,
             v("demo_token").toLatin1());
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    QCOMPARE(step(QStringList{"export", "--app-dir", root + "/work/app"} + provider).exitCode, 0);
    const CliRun created = step(QStringList{"deploy", "--json"} + provider + admin, {}, true);
    QVERIFY2(created.exitCode == 0, created.out.constData());
    QCOMPARE(step(QStringList{"diff"} + provider + admin, {}, true).exitCode, 0);
    // The private key from a file this time, and a signing-key value uploaded as an App Services Secret.
    const QStringList fileKey{"--public-key", "ciuser", "--private-key-file", root + "/secrets/private.key"};
    const CliRun manualRun = step(QStringList{"deploy", "--replace", "--json"} + manual + admin + fileKey);
    QVERIFY2(manualRun.exitCode == 0, manualRun.out.constData() + manualRun.err);
    const QJsonObject manualDoc = QJsonDocument::fromJson(manualRun.out).object();
    QCOMPARE(manualDoc.value(QStringLiteral("outcome")).toString(), QStringLiteral("updated"));
    QVERIFY2(QJsonDocument(manualDoc).toJson().contains("jwtKey"), manualRun.out.constData());
    const CliRun again = step(QStringList{"deploy", "--replace"} + manual + admin + fileKey);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(step(QStringList{"export", "--app-dir", root + "/work/app", "--replace"} + manual).exitCode, 0);
    QCOMPARE(step(QStringList{"generate", "--json"} + manual).exitCode, 0);
    QCOMPARE(step({"validate", root + "/work/app"}).exitCode, 0);
    QCOMPARE(step({"validate", root + "/work/providers.json", "--json"}).exitCode, 0);

    // The scanner itself finds the secrets where they are meant to be.
    QVERIFY(!leaks(TestFiles::read(root + "/secrets/private.key")).isEmpty());
    QVERIFY(!leaks(TestFiles::read(root + "/secrets/signing.key")).isEmpty());
    QVERIFY(!leaks("x" + m_signingKey.toBase64() + "y").isEmpty());

    QStringList problems;
    int files = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(root + QStringLiteral("/secrets/")))
            continue;
        QFile f(path);
        if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        for (const QString &leak : leaks(f.readAll()))
            problems << QStringLiteral("%1 holds %2").arg(path, leak);
    }
    QVERIFY2(files >= 3, qPrintable(QString::number(files))); // providers.json, the app's files
    for (const auto &run : std::as_const(m_runs)) {
        const QString cmd = run.first.join(QLatin1Char(' '));
        for (const QString &leak : leaks(run.first.join(QLatin1Char(' ')).toUtf8()))
            problems << QStringLiteral("the command line %1 holds %2").arg(cmd, leak);
        for (const QString &leak : leaks(run.second.out + run.second.err))
            problems << QStringLiteral("the output of %1 holds %2").arg(cmd, leak);
    }
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
    for (const QString &leak : leaks(m_sandbox.readAll() + m_sandbox.readAllStandardError()))
        problems << QStringLiteral("the sandbox's output holds %1").arg(leak);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_SecretScan)
#include "tst_SecretScan.moc"
