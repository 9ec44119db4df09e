#include "CliRunner.h"
#include "cli/CommandLine.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// okta-jwt's command line as a whole: each command's --help against the options the command really reads,
// the help's form, and the "did you mean" of a mistyped command or option.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsExactlyWhatTheCommandReads_data();
    void helpListsExactlyWhatTheCommandReads();
    void helpReadsLikeTheProgram();
    void suggestions_data();
    void suggestions();

private:
    QTemporaryDir m_dir;
    QString m_token;
    QString m_privateKey;
};

namespace {
// The long option names a --help text lists: its rows start "  --name" or "  -o, --name".
QSet<QString> listedOptions(const QString &help)
{
    static const QRegularExpression row(QStringLiteral("^  (?:-\\w, )?--([a-z0-9-]+)"),
                                        QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (auto it = row.globalMatch(help); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

QString sorted(const QSet<QString> &names)
{
    QStringList list(names.begin(), names.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}
} // namespace

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_token = m_dir.filePath(QStringLiteral("token"));
    m_privateKey = m_dir.filePath(QStringLiteral("private-key"));
    for (const QString &path : {m_token, m_privateKey}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x.y.z\n");
    }
}

// Each row takes its command past every option read (to the network, which is 127.0.0.1:1 and refuses).
void tst_CommandLine::helpListsExactlyWhatTheCommandReads_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("finishes");
    const QStringList jwk{"--jwk-uri", "https://127.0.0.1:1/keys", "--timeout", "2"};
    const QStringList admin{"--project-id",
                            "5f1a2b3c4d5e6f7a8b9c0d1e",
                            "--app",
                            "myapp-abcde",
                            "--admin-api",
                            "http://127.0.0.1:1/api/admin/v3.0",
                            "--public-key",
                            "K",
                            "--private-key-file",
                            m_privateKey};
    QTest::newRow("generate") << QStringList{"generate", "--okta-domain", "dev-123456.okta.com"} << true;
    QTest::newRow("validate") << QStringList{"validate",
                                             QStringLiteral(OWZ_TEST_DATA) + "/apps/current-realm-config"}
                              << true;
    QTest::newRow("export") << QStringList{"export",
                                           "--okta-domain",
                                           "dev-123456.okta.com",
                                           "--app-dir",
                                           m_dir.filePath(QStringLiteral("app")),
                                           "--dry-run"}
                            << true;
    QTest::newRow("discover") << QStringList{"discover", "--okta-domain", "127.0.0.1:1", "--timeout", "2"}
                              << true;
    QTest::newRow("verify-token") << QStringList{"verify-token", "--client-app-id", "myapp-abcde",
                                                 "--token-file", m_token} +
                                         jwk
                                  << true;
    QTest::newRow("diff") << QStringList{"diff"} + jwk + admin << true;
    QTest::newRow("deploy") << QStringList{"deploy"} + jwk + admin << true;
    QTest::newRow("sandbox") << QStringList{"sandbox", "--port", "0"} << false; // runs until stopped
    QTest::newRow("completion") << QStringList{"completion", "bash"} << true;
    QTest::newRow("history") << QStringList{"history", "--app", "myapp-abcde"} << true;
    QTest::newRow("undo") << QStringList{"undo", "--dry-run"} + admin + QStringList{"--timeout", "2"} << true;
}

// The command runs in-process with argument access recorded; its --help (from the built program) must list
// exactly the options it read, plus --help: none it ignores, none it reads missing.
void tst_CommandLine::helpListsExactlyWhatTheCommandReads()
{
    QFETCH(QStringList, args);
    QFETCH(bool, finishes);
    CommandLine cli;
    cli.addAll();
    QSignalSpy finished(&cli, &CommandLine::finished);
    cli.start(QStringList{QStringLiteral("okta-jwt")} + args);
    if (finishes && finished.isEmpty())
        QVERIFY(finished.wait(20000));
    const QStringList optionsRead = cli.optionsRead();
    QSet<QString> read(optionsRead.begin(), optionsRead.end());
    read.insert(QStringLiteral("help"));

    const CliRun help = runCli({args.constFirst(), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QSet<QString> listed = listedOptions(help.outText());
    QCOMPARE(sorted(listed), sorted(read));
}

void tst_CommandLine::helpReadsLikeTheProgram()
{
    const CliRun verify = runCli({"verify-token", "--help"});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.outText().startsWith(QStringLiteral("Usage: okta-jwt verify-token [options]\n")),
             verify.out.constData());
    QVERIFY(!verify.out.contains("--help-all"));
    QVERIFY(!verify.out.contains("--disabled"));
    for (const char *heading :
         {"\nOptions:\n", "\nProvider options:\n", "\nNetwork options:\n", "\nOutput options:\n"})
        QVERIFY2(verify.out.contains(heading), heading);
    QVERIFY(verify.out.contains("[default: 30]"));

    const CliRun deploy = runCli({"deploy", "-h"});
    QCOMPARE(deploy.exitCode, 0);
    QVERIFY(deploy.out.contains("\nAdmin API options:\n"));
    QVERIFY(deploy.out.contains("[env: MONGODB_ATLAS_PUBLIC_API_KEY]"));
    QVERIFY(deploy.out.contains("[env: MONGODB_ATLAS_PRIVATE_API_KEY]"));
    QVERIFY(deploy.out.contains("[default: https://services.cloud.mongodb.com/api/admin/v3.0]"));

    const CliRun validate = runCli({"help", "validate"});
    QCOMPARE(validate.exitCode, 0);
    QVERIFY(
        validate.outText().startsWith(QStringLiteral("Usage: okta-jwt validate [options] FILE|APP_DIR\n")));
    QVERIFY(runCli({"--help"}).out.contains("completion"));
}

void tst_CommandLine::suggestions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("suggestion"); // empty: no "did you mean" at all
    QTest::newRow("swapped letters") << QStringList{"generate", "--okta-domian", "x"}
                                     << "; did you mean --okta-domain?";
    QTest::newRow("command swapped") << QStringList{"deplyo"} << "; did you mean deploy?";
    QTest::newRow("command letter missing") << QStringList{"genrate"} << "; did you mean generate?";
    QTest::newRow("command letter extra") << QStringList{"validatte"} << "; did you mean validate?";
    QTest::newRow("option with value") << QStringList{"export", "--app-dri=x"} << "; did you mean --app-dir?";
    QTest::newRow("option hyphen missing")
        << QStringList{"deploy", "--dryrun"} << "; did you mean --dry-run?";
    QTest::newRow("option abbreviated")
        << QStringList{"verify-token", "--client-app"} << "; did you mean --client-app-id?";
    QTest::newRow("unique prefix") << QStringList{"generate", "--okta"} << "; did you mean --okta-domain?";
    QTest::newRow("case") << QStringList{"Deploy"} << "; did you mean deploy?";
    QTest::newRow("help for a typo") << QStringList{"help", "dif"} << "; did you mean diff?";
    QTest::newRow("shell") << QStringList{"completion", "fihs"} << "; did you mean fish?";
    // An option of another command is not "near" anything here: no guess.
    QTest::newRow("other command's option") << QStringList{"verify-token", "--disabled"} << "";
    QTest::newRow("unrelated command") << QStringList{"frobnicate"} << "";
    QTest::newRow("unknown short option") << QStringList{"generate", "-x"} << "";
}

void tst_CommandLine::suggestions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, suggestion);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("okta-jwt: usage: ")), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
    if (suggestion.isEmpty())
        QVERIFY2(!r.err.contains("did you mean"), r.err.constData());
    else
        QVERIFY2(r.errText().contains(suggestion), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
