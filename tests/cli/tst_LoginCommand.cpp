#include "CliRunner.h"
#include "SandboxBrowser.h"
#include "core/Jwt.h"
#include "sandbox/OktaSandbox.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt login` against the in-process Okta sandbox; the test plays the browser or the user on another
// device while the command waits.
class tst_LoginCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<OktaSandbox> okta;
    QNetworkAccessManager nam;
    QTemporaryDir dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    QStringList args(const QStringList &extra)
    {
        return QStringList{"login",
                           "--okta-domain",
                           okta->domain(),
                           "--client-id",
                           OktaSandbox::demoClientId(),
                           "--client-app-id",
                           "myapp-abcde",
                           "--no-browser",
                           "--timeout",
                           "5",
                           "--redirect-uri",
                           QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort())} +
               extra;
    }
    // Runs the command; `act` gets each new stderr line while it runs (to play browser or user).
    Run run(const QStringList &arguments, const std::function<void(const QString &)> &act)
    {
        QProcess p;
        p.setProcessEnvironment(isolatedEnvironment(dir.path()));
        p.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt"), arguments);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        QByteArray pending;
        const bool ended = QTest::qWaitFor(
            [&] {
                pending += p.readAllStandardError();
                while (pending.contains('\n')) {
                    const qsizetype nl = pending.indexOf('\n');
                    const QString line = QString::fromUtf8(pending.left(nl));
                    r.err += pending.left(nl + 1);
                    pending.remove(0, nl + 1);
                    act(line);
                }
                return p.state() == QProcess::NotRunning;
            },
            30000);
        if (!ended)
            p.kill();
        p.waitForFinished(5000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err += pending + p.readAllStandardError();
        return r;
    }
    // The browser: opens the sign-in page, presses "Sign in as", follows the redirect into the listener.
    std::function<void(const QString &)> browser()
    {
        return [this](const QString &line) {
            if (line.startsWith("Open this URL to sign in: "))
                SandboxBrowser::signIn(&nam, okta->domain(), QUrl(line.mid(26)));
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        okta = std::make_unique<OktaSandbox>();
        okta->setAudience("myapp-abcde");
        QVERIFY(okta->start());
    }
    void init() { okta->resetBehaviour(); }

    void browserSignInWritesTokenFile()
    {
        const QString file = dir.filePath("token.txt");
        const Run r = run(args({"-o", file}), browser());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("Open this URL to sign in: " + okta->issuer().toUtf8() + "/v1/authorize?"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray token = f.readAll().trimmed();
        QCOMPARE(Jwt::parse(token)->claims().value("sub").toString(), OktaSandbox::demoUserLogin());
        const QFileDevice::Permissions mode = QFileInfo(file).permissions(); // 0600: nobody else may read it
        QCOMPARE(mode & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        QVERIFY(!r.out.contains(signature) && !r.err.contains(signature));
        QVERIFY(r.out.contains("valid: App Services would accept this token"));
        QCOMPARE(okta->signIn().pkceFailures(), 0);
        QCOMPARE(QDir(dir.path()).entryList({"token.txt*"}, QDir::Files).size(), 1); // no temporary left
    }

    void deviceSignInJson()
    {
        okta->signIn().setDeviceTiming(600, 1);
        const Run r = run(args({"--device", "--json"}), [this](const QString &line) {
            if (line.startsWith("Code: "))
                okta->signIn().approveDevice(line.mid(6));
        });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("Verification URL: " + okta->domain().toUtf8() + "/activate?user_code="));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value("ok").toBool(), true);
        QCOMPARE(doc.value("token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(doc.value("claims").toObject().value("cid").toString(), OktaSandbox::demoClientId());
        QCOMPARE(doc.value("check").toObject().value("valid").toBool(), true);
        QVERIFY(!r.out.contains("access_token"));
    }

    void tokenToStdout()
    {
        const Run r = run(args({"-o", "-"}), browser());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('.'), 2); // only the token
    }

    void refusedSignInExitsOne()
    {
        okta->signIn().setAccessDenied("User is not assigned to the client application.");
        const Run r = run(args({}), [this](const QString &line) {
            if (line.startsWith(
                    "Open this URL to sign in: ")) // refused at once: straight back with the error
                SandboxBrowser::get(&nam, SandboxBrowser::get(&nam, QUrl(line.mid(26))).location);
        });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("okta-jwt: access_denied: "));
        QVERIFY(r.err.contains("Assign the user"));
    }

    void deviceCodeExpires()
    {
        okta->signIn().setDeviceTiming(2, 1);
        const Run r = run(args({"--device"}), [](const QString &) {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("okta-jwt: expired_token: "));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({"login", "--okta-domain", okta->domain()}).exitCode, 2);
        QCOMPARE(runCli({"login", "--okta-domain", okta->domain(), "--client-id", "x", "--redirect-uri",
                         "https://example.com/cb"})
                     .exitCode,
                 2);
        QCOMPARE(
            runCli({"login", "--okta-domain", okta->domain(), "--client-id", "x", "--scope", "a b"}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(tst_LoginCommand)
#include "tst_LoginCommand.moc"
