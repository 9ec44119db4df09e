#include "core/Jwt.h"
#include "net/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace {
const QString oktaJwt = QStringLiteral(OWZ_BIN_DIR "/okta-jwt");
const char *orphanVariable = "OWZ_SANDBOX_PROCESS_ORPHAN";

// Gone, or a zombie nobody reaps yet (a container's PID 1 may never): either way no longer serving.
bool isGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return errno == ESRCH;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
}

// start() and then what the test waits for here (a test may wait; the wizard never does): started() or
// failed(), how long start() itself took, and whether the child still ran when failed() came.
struct Answer
{
    Result<SandboxConnection> result = Problem{QStringLiteral("no_answer"), QStringLiteral("no answer"), {}};
    int answers = 0;
    qint64 startMs = -1;
    bool startingAfterStart = false;
    bool runningAtFailure = false;
};

Answer startAndWait(SandboxProcess &process, int timeoutMs = 30000)
{
    Answer answer;
    QObject context;
    QObject::connect(&process, &SandboxProcess::started, &context, [&answer](const SandboxConnection &c) {
        answer.result = c;
        ++answer.answers;
    });
    QObject::connect(&process, &SandboxProcess::failed, &context, [&answer, &process](const Problem &p) {
        answer.result = p;
        answer.runningAtFailure = process.isRunning();
        ++answer.answers;
    });
    QElapsedTimer clock;
    clock.start();
    process.start(timeoutMs);
    answer.startMs = clock.elapsed();
    answer.startingAfterStart = process.isStarting();
    (void)QTest::qWaitFor([&answer] { return answer.answers > 0; }, timeoutMs + 10000);
    QTest::qWait(50); // a second signal would come now
    return answer;
}

Result<SandboxConnection> answerOf(const SandboxStarter &starter)
{
    Result<SandboxConnection> result = Problem{QStringLiteral("no_answer"), QStringLiteral("no answer"), {}};
    bool answered = false;
    starter([&](const Result<SandboxConnection> &r) {
        result = r;
        answered = true;
    });
    (void)QTest::qWaitFor([&answered] { return answered; }, 30000);
    return result;
}

QByteArray mint(SandboxConnection &connection)
{
    QByteArray token = "unanswered";
    connection.mintDemoToken([&token](const QByteArray &t) { token = t; });
    if (token == "unanswered")
        (void)QTest::qWaitFor([&token] { return token != "unanswered"; }, 10000);
    return token;
}
} // namespace

// The wizard's --sandbox mode as a child process: the real `okta-jwt sandbox --json`, and children that fail
// to start, exit early, print garbage or stay silent.
class tst_SandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void runsTheRealSandboxAndMintsTokens()
    {
        QVERIFY(QFile::exists(oktaJwt));
        SandboxProcess process;
        process.setCommand(oktaJwt, {QStringLiteral("sandbox"), QStringLiteral("--json")});
        const Answer answer = startAndWait(process);
        // start() returned before the child had made its keys and listened: the caller's thread went on.
        QVERIFY(answer.startingAfterStart);
        QVERIFY2(answer.startMs < 1000, qPrintable(QString::number(answer.startMs)));
        QVERIFY2(answer.result, qPrintable(answer.result.problem().message));
        QCOMPARE(answer.answers, 1);
        QVERIFY(process.isReady());
        QVERIFY(!process.isStarting());
        SandboxConnection c = process.connection();
        QCOMPARE(answer.result->oktaDomain, c.oktaDomain);
        QVERIFY2(c.oktaDomain.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(c.oktaDomain));
        QVERIFY(c.adminApiUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(c.clientAppId, QStringLiteral("myapp-abcde"));
        QVERIFY(!c.authServerId.isEmpty() && !c.projectId.isEmpty());
        QVERIFY(!c.publicKey.isEmpty() && !c.privateKey.isEmpty());

        const auto token = Jwt::parse(mint(c));
        QVERIFY2(token, qPrintable(token.problem().message));
        QCOMPARE(token->claims().value(QLatin1String("aud")).toString(), c.clientAppId);
        QCOMPARE(token->claims().value(QLatin1String("iss")).toString(),
                 c.oktaDomain + QStringLiteral("/oauth2/") + c.authServerId);
        QVERIFY(token->claims().contains(QLatin1String("email")));
        const QByteArray second = mint(c);
        QVERIFY(!second.isEmpty());

        // Once the child is gone, a demo token is an empty answer, not a hang.
        ::kill(pid_t(process.processId()), SIGKILL);
        QTRY_VERIFY(!process.isRunning());
        QCOMPARE(mint(c), QByteArray());
    }

    void theSiblingIsNextToThisProgram()
    {
        QCOMPARE(QFileInfo(SandboxProcess::siblingProgram()).absolutePath(),
                 QFileInfo(QCoreApplication::applicationFilePath()).absolutePath());
        QCOMPARE(QFileInfo(SandboxProcess::siblingProgram()).fileName(), QStringLiteral("okta-jwt"));
    }

    void failuresAreClearAndEndTheChild_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        const QString sh = QStringLiteral("/bin/sh");
        const QString c = QStringLiteral("-c");
        QTest::newRow("missing program")
            << QStringLiteral("/nonexistent/okta-jwt") << QStringList()
            << QStringLiteral("sandbox_not_started") << QStringLiteral("/nonexistent/okta-jwt did not start");
        QTest::newRow("garbage") << sh
                                 << QStringList{c, QStringLiteral("echo 'Okta JWT Wizard sandbox'; sleep 30")}
                                 << QStringLiteral("sandbox_bad_description")
                                 << QStringLiteral("no description but: Okta JWT Wizard sandbox");
        QTest::newRow("json without a field")
            << sh
            << QStringList{c, QStringLiteral("echo '{\"okta_domain\": \"http://127.0.0.1:1\"}'; sleep 30")}
            << QStringLiteral("sandbox_bad_description") << QStringLiteral("has no \"auth_server\"");
        QTest::newRow("early exit, silent")
            << sh << QStringList{c, QStringLiteral("exit 3")} << QStringLiteral("sandbox_exited")
            << QStringLiteral("stopped before it listened (exit code 3)");
        QTest::newRow("early exit, real usage error")
            << oktaJwt
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--port"),
                           QStringLiteral("99999")}
            << QStringLiteral("sandbox_exited")
            << QStringLiteral("stopped before it listened: okta-jwt: usage: --port takes a number");
        QTest::newRow("silent") << sh << QStringList{c, QStringLiteral("sleep 30")}
                                << QStringLiteral("sandbox_silent")
                                << QStringLiteral("printed no description within 0.5 s");
    }
    void failuresAreClearAndEndTheChild()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        SandboxProcess process;
        process.setCommand(program, arguments);
        QElapsedTimer clock;
        clock.start();
        const Answer answer = startAndWait(process, 500);
        QVERIFY(answer.startMs < 500); // start() waits for nothing
        QVERIFY(!answer.result);
        QCOMPARE(answer.answers, 1);
        QCOMPARE(answer.result.problem().code, code);
        QVERIFY2(answer.result.problem().message.contains(expected),
                 qPrintable(answer.result.problem().message));
        QVERIFY(clock.elapsed() < 5000);   // never the child's `sleep 30`
        QVERIFY(!answer.runningAtFailure); // ended before anybody hears of the failure
        QVERIFY(!process.isRunning());
        QVERIFY(!process.isStarting() && !process.isReady());
        QVERIFY(process.connection().oktaDomain.isEmpty());
    }

    void theStarterReusesItsChildAndEndsItWithTheOwner()
    {
        auto owner = std::make_unique<QObject>();
        const SandboxStarter start = SandboxProcess::starter(owner.get(), oktaJwt);
        QVERIFY(!owner->findChild<SandboxProcess *>()); // nothing runs until asked for
        // Two asks while it starts: one child, both answered.
        int early = 0;
        start([&early](const Result<SandboxConnection> &r) { early += r.ok(); });
        const Result<SandboxConnection> first = answerOf(start);
        QVERIFY2(first, qPrintable(first.problem().message));
        QCOMPARE(early, 1);
        SandboxConnection c = *first;
        auto *child = owner->findChild<SandboxProcess *>();
        QVERIFY(child);
        const qint64 pid = child->processId();
        QVERIFY(!mint(c).isEmpty());

        QCOMPARE(owner->findChildren<SandboxProcess *>().size(), 1);
        bool atOnce = false; // a running child answers before the call returns
        start([&atOnce](const Result<SandboxConnection> &r) { atOnce = r.ok(); });
        QVERIFY(atOnce);
        Result<SandboxConnection> againResult = answerOf(start);
        QVERIFY2(againResult, qPrintable(againResult.problem().message));
        SandboxConnection again = *againResult;
        QCOMPARE(owner->findChildren<SandboxProcess *>().size(), 1);
        QCOMPARE(child->processId(), pid);
        QCOMPARE(again.oktaDomain, c.oktaDomain);

        // A child that died since is replaced by a fresh one.
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY(!child->isRunning());
        againResult = answerOf(start);
        QVERIFY2(againResult, qPrintable(againResult.problem().message));
        again = *againResult;
        QCOMPARE(owner->findChildren<SandboxProcess *>().size(), 1);
        const qint64 fresh = owner->findChild<SandboxProcess *>()->processId();
        QVERIFY(fresh != pid);
        QVERIFY(!mint(again).isEmpty());

        owner.reset(); // the wizard closes: its child ends with it
        QVERIFY(isGone(fresh));
        againResult = answerOf(start);
        QVERIFY(!againResult);
        QCOMPARE(againResult.problem().code, QStringLiteral("sandbox_owner_gone"));
    }

    void theStarterReportsAChildThatFails()
    {
        QObject owner;
        const Result<SandboxConnection> r =
            answerOf(SandboxProcess::starter(&owner, QStringLiteral("/nonexistent/okta-jwt")));
        QVERIFY(!r);
        QVERIFY2(r.problem().message.contains(QStringLiteral("did not start")),
                 qPrintable(r.problem().message));
        QTRY_VERIFY(!owner.findChild<SandboxProcess *>());
    }

    void theChildEndsWhenItsParentIsKilled()
    {
        // This test program, run again as a parent that starts the sandbox and then dies by SIGKILL.
        QProcess parent;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(orphanVariable), oktaJwt);
        parent.setProcessEnvironment(env);
        parent.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(parent.waitForFinished(30000));
        QCOMPARE(parent.exitStatus(), QProcess::CrashExit);
        bool ok = false;
        const qint64 pid = parent.readAllStandardOutput().trimmed().toLongLong(&ok);
        QVERIFY2(ok && pid > 0, "the parent printed no child pid");
        QTRY_VERIFY_WITH_TIMEOUT(isGone(pid), 5000);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(orphanVariable)) { // the parent of theChildEndsWhenItsParentIsKilled
        QCoreApplication app(argc, argv);
        SandboxProcess process;
        process.setCommand(qEnvironmentVariable(orphanVariable),
                           {QStringLiteral("sandbox"), QStringLiteral("--json")});
        if (!startAndWait(process).result)
            return 1;
        std::printf("%lld\n", process.processId());
        std::fflush(stdout);
        ::raise(SIGKILL); // no destructor runs: only the kernel can end the child
    }
    QCoreApplication app(argc, argv);
    tst_SandboxProcess test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SandboxProcess.moc"
