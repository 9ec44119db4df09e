#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `okta-jwt completion bash|zsh|fish`: the scripts load without errors and complete in a real shell, with
// the commands and, per command, exactly the options its --help lists.
class tst_CompletionScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scriptsParse_data();
    void scriptsParse();
    void bashCompletes_data();
    void bashCompletes();
    void bashOffersEachCommandsOptions();
    void zshCompletes();
    void fishCompletes();
    void unknownShell();

private:
    QString script(const QString &shell);
    // Runs `program args`; returns stdout, fails the test on a non-zero exit.
    QString shell(const QString &program, const QStringList &args, int timeoutMs = 20000);

    QTemporaryDir m_dir;
};

void tst_CompletionScript::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *program : {"bash", "zsh", "fish"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: run packaging/install-deps.sh").arg(program)));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("zsh")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("appdirs/subdir")));
}

QString tst_CompletionScript::script(const QString &shellName)
{
    const CliRun r = runCli({QStringLiteral("completion"), shellName});
    if (r.exitCode != 0 || !r.err.isEmpty())
        return {};
    const QString path = shellName == QLatin1String("zsh")
                             ? m_dir.filePath(QStringLiteral("zsh/_okta-jwt"))
                             : m_dir.filePath(QStringLiteral("okta-jwt.") + shellName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(r.out) != r.out.size())
        return {};
    return path;
}

QString tst_CompletionScript::shell(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("(timed out)");
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0 || !err.isEmpty())
        return QStringLiteral("(exit %1: %2)").arg(p.exitCode()).arg(err);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void tst_CompletionScript::scriptsParse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("check"); // the shell's "read, do not run" call; the file is appended
    QTest::newRow("bash") << "bash" << QStringList{"bash", "-n"};
    QTest::newRow("zsh") << "zsh" << QStringList{"zsh", "-n"};
    QTest::newRow("fish") << "fish" << QStringList{"fish", "--no-execute"};
}

void tst_CompletionScript::scriptsParse()
{
    QFETCH(QString, name);
    QFETCH(QStringList, check);
    const QString path = script(name);
    QVERIFY(!path.isEmpty());
    QCOMPARE(shell(check.constFirst(), check.mid(1) << path), QString());
}

// Sources the script in bash, sets the words as bash would and calls the completion function.
void tst_CompletionScript::bashCompletes_data()
{
    QTest::addColumn<QString>("line"); // the words before the cursor; the last one is being completed
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << "okta-jwt de"
                        << "deploy";
    QTest::newRow("d") << "okta-jwt d"
                       << "discover diff deploy";
    QTest::newRow("option") << "okta-jwt verify-token --pro"
                            << "--profile";
    QTest::newRow("not this command's option") << "okta-jwt verify-token --dis"
                                               << "";
    QTest::newRow("choices") << "okta-jwt deploy --signing-algorithm R"
                             << "RS256";
    QTest::newRow("directory") << "okta-jwt export --app-dir appdirs/s"
                               << "appdirs/subdir";
    QTest::newRow("file") << "okta-jwt generate --profile okta-jwt.ba"
                          << "okta-jwt.bash";
    QTest::newRow("file after =") << "okta-jwt generate --profile = okta-jwt.ba"
                                  << "okta-jwt.bash";
    QTest::newRow("positional") << "okta-jwt validate okta-jwt.ba"
                                << "okta-jwt.bash";
    QTest::newRow("free text value") << "okta-jwt discover --okta-domain dev"
                                     << "";
    QTest::newRow("shells") << "okta-jwt completion "
                            << "bash zsh fish";
    QTest::newRow("help topic") << "okta-jwt help ver"
                                << "verify-token";
}

void tst_CompletionScript::bashCompletes()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QString path = script(QStringLiteral("bash"));
    QVERIFY(!path.isEmpty());
    QStringList words = line.split(QLatin1Char(' '));
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
    const QString program =
        QStringLiteral("source %1; COMP_WORDS=(%2); COMP_CWORD=%3; _okta_jwt; echo \"${COMPREPLY[*]}\"")
            .arg(path, quoted.join(QLatin1Char(' ')))
            .arg(words.size() - 1);
    QCOMPARE(shell(QStringLiteral("bash"), {QStringLiteral("-c"), program}), expected + QLatin1Char('\n'));
}

// `okta-jwt COMMAND -<TAB>` offers exactly the options COMMAND --help lists.
void tst_CompletionScript::bashOffersEachCommandsOptions()
{
    const QString path = script(QStringLiteral("bash"));
    QVERIFY(!path.isEmpty());
    const QStringList commands =
        shell(QStringLiteral("bash"),
              {QStringLiteral("-c"),
               QStringLiteral("source %1; COMP_WORDS=(okta-jwt ''); COMP_CWORD=1; _okta_jwt; "
                              "echo \"${COMPREPLY[*]}\"")
                   .arg(path)})
            .trimmed()
            .split(QLatin1Char(' '));
    QVERIFY(commands.contains(QStringLiteral("verify-token")));
    static const QRegularExpression row(QStringLiteral("^  (?:(-\\w), )?(--[a-z0-9-]+)"),
                                        QRegularExpression::MultilineOption);
    for (const QString &command : commands) {
        if (command.startsWith(QLatin1Char('-')) || command == QLatin1String("help"))
            continue;
        QStringList listed;
        const CliRun help = runCli({command, QStringLiteral("--help")});
        for (auto it = row.globalMatch(help.outText()); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!m.captured(1).isEmpty())
                listed << m.captured(1);
            listed << m.captured(2);
        }
        const QString offered =
            shell(QStringLiteral("bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("source %1; COMP_WORDS=(okta-jwt %2 -); COMP_CWORD=2; _okta_jwt; "
                                  "printf '%s\\n' \"${COMPREPLY[@]}\"")
                       .arg(path, command)});
        QStringList offeredList = offered.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        offeredList.sort();
        listed.sort();
        QCOMPARE(offeredList, listed);
    }
}

// zsh completes only inside its line editor: an interactive zsh on a pseudo-terminal (zpty) gets
// "okta-jwt d<TAB>" typed, and the listing it prints is read back.
void tst_CompletionScript::zshCompletes()
{
    QVERIFY(!script(QStringLiteral("zsh")).isEmpty());
    const QString driver = m_dir.filePath(QStringLiteral("drive.zsh"));
    QFile f(driver);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(R"(zmodload zsh/zpty
zpty z 'zsh -f -i'
zpty -w z "PS1='> '; fpath=(%1 \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "unsetopt beep; setopt nolistambiguous; function okta-jwt { }"
zpty -w z "$1"$'\t'
local all= chunk
# Read until the expected text ($2) shows, for at most 30 s: a busy machine is slow to start compinit.
for i in {1..300}; do
    if zpty -r -t z chunk; then all+=$chunk; else sleep 0.1; fi
    [[ $all == *$2* ]] && { sleep 0.2; zpty -r -t z chunk && all+=$chunk; break }
done
zpty -d z
print -r -- "$all" | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g'
)")
                .arg(m_dir.filePath(QStringLiteral("zsh")))
                .toUtf8());
    f.close();
    const QString listing = shell(
        QStringLiteral("zsh"),
        {QStringLiteral("-f"), driver, QStringLiteral("okta-jwt d"), QStringLiteral("discover ")}, 40000);
    for (const char *line :
         {"^deploy +-- Create or update", "^diff +-- Show what differs", "^discover +-- Show the issuer"})
        QVERIFY2(
            listing.contains(QRegularExpression(QLatin1String(line), QRegularExpression::MultilineOption)),
            qPrintable(listing));
    const QString option = shell(QStringLiteral("zsh"),
                                 {QStringLiteral("-f"), driver, QStringLiteral("okta-jwt verify-token --pro"),
                                  QStringLiteral("--profile")},
                                 40000);
    QVERIFY2(option.contains(QStringLiteral("okta-jwt verify-token --profile")), qPrintable(option));
}

void tst_CompletionScript::fishCompletes()
{
    const QString path = script(QStringLiteral("fish"));
    QVERIFY(!path.isEmpty());
    const auto complete = [&](const QString &line) {
        return shell(QStringLiteral("fish"), {QStringLiteral("--no-config"), QStringLiteral("-c"),
                                              QStringLiteral("source %1; complete -C '%2'").arg(path, line)});
    };
    const QString commands = complete(QStringLiteral("okta-jwt de"));
    QVERIFY2(commands.startsWith(QStringLiteral("deploy\tCreate or update")), qPrintable(commands));
    QCOMPARE(commands.count(QLatin1Char('\n')), 1);
    QVERIFY(
        complete(QStringLiteral("okta-jwt verify-token --pro")).startsWith(QStringLiteral("--profile\t")));
    QCOMPARE(complete(QStringLiteral("okta-jwt verify-token --disa")), QString());
    QVERIFY(complete(QStringLiteral("okta-jwt completion z")).startsWith(QStringLiteral("zsh")));
}

void tst_CompletionScript::unknownShell()
{
    const CliRun r = runCli({"completion", "powershell"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.errText().startsWith(QStringLiteral("okta-jwt: usage: completion takes one of bash, zsh, fish")),
        r.err.constData());
    QCOMPARE(runCli({"completion"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CompletionScript)
#include "tst_CompletionScript.moc"
