#include "core/JournalFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// The journal file: where it lives, private modes, refused files left untouched, appends after a line cut
// short, and whole lines from concurrent writers.
class tst_JournalFile : public QObject
{
    Q_OBJECT

private:
    static QJsonObject record(const QString &id)
    {
        JournalEntry e;
        e.id = id;
        e.time = QDateTime::currentDateTimeUtc();
        e.adminApi = QStringLiteral("http://127.0.0.1:9/api/admin/v3.0");
        e.projectId = QStringLiteral("g1");
        e.appId = QStringLiteral("a1");
        e.action = QStringLiteral("create");
        e.objectType = JournalEntry::providerType();
        // Padding makes a line longer than a pipe buffer, so interleaving would show.
        e.after = QJsonObject{{QStringLiteral("pad"), QString(8000, QLatin1Char('x'))}};
        return e.beginRecord();
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
    }
    static void write(const QString &path, const QByteArray &data, int mode)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    }
    QTemporaryDir m_dir;

private slots:
    void defaultPathFollowsXdgStateHome()
    {
        qputenv("XDG_STATE_HOME", "/tmp/xdg-state-test");
        QCOMPARE(JournalFile::defaultPath(), QStringLiteral("/tmp/xdg-state-test/okta-jwt/journal.jsonl"));
        qputenv("XDG_STATE_HOME", "relative/ignored");
        QCOMPARE(JournalFile::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.local/state/okta-jwt/journal.jsonl"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(JournalFile::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.local/state/okta-jwt/journal.jsonl"));
    }
    void appendCreatesPrivateFolderAndFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/state/okta-jwt/journal.jsonl"));
        const Result<void> first = JournalFile(path).append(record(QStringLiteral("a-1")));
        QVERIFY2(first, qPrintable(first.problem().message));
        QVERIFY(JournalFile(path).append(record(QStringLiteral("b-2"))));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        const auto r = JournalFile(path).read();
        QVERIFY(r && r->exists);
        QCOMPARE(r->history.entries.size(), 2);
    }
    void missingJournalReadsEmpty()
    {
        const auto r = JournalFile(m_dir.filePath(QStringLiteral("none/journal.jsonl"))).read();
        QVERIFY(r);
        QVERIFY(!r->exists);
        QVERIFY(r->history.entries.isEmpty());
    }
    void lineCutShortIsKeptAndAppendedAfter()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut/journal.jsonl"));
        const QByteArray cut = "{\"v\":1,\"record\":\"begin\",\"id\":\"cu";
        write(path, cut, 0600);
        QVERIFY(JournalFile(path).append(record(QStringLiteral("after-1"))));
        QVERIFY(contents(path).startsWith(cut + '\n')); // the old bytes stay as they were
        const auto r = JournalFile(path).read();
        QVERIFY(r);
        QCOMPARE(r->history.entries.size(), 1);
        QCOMPARE(r->history.entries.first().id, QStringLiteral("after-1"));
        QCOMPARE(r->history.skipped.size(), 1);
        QCOMPARE(r->history.skipped.first().line, 1);
    }
    void refusedFilesAreLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("world-readable") << "0644"
                                        << "journal_permissions";
        QTest::newRow("group-writable") << "0620"
                                        << "journal_permissions";
        QTest::newRow("huge") << "huge"
                              << "journal_too_large";
        QTest::newRow("symlink") << "symlink"
                                 << "journal_not_a_file";
        QTest::newRow("fifo") << "fifo"
                              << "journal_not_a_file";
        QTest::newRow("folder") << "folder"
                                << "journal_not_a_file";
    }
    void refusedFilesAreLeftAlone()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(kind + QStringLiteral("/journal.jsonl"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray good =
            QJsonDocument(record(QStringLiteral("k-1"))).toJson(QJsonDocument::Compact) + '\n';
        if (kind.startsWith(QLatin1Char('0')))
            write(path, good, kind.toInt(nullptr, 8));
        else if (kind == QLatin1String("huge"))
            write(path, good.repeated(int(JournalFile::kMaxBytes / good.size()) + 1), 0600);
        else if (kind == QLatin1String("symlink")) {
            write(m_dir.filePath(QStringLiteral("target.jsonl")), good, 0600);
            QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("target.jsonl")), path));
        } else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QDir().mkpath(path));
        const QByteArray before = QFileInfo(path).isFile() ? contents(path) : QByteArray();
        const auto r = JournalFile(path).read();
        QVERIFY(!r);
        QCOMPARE(r.problem().code, code);
        QVERIFY2(r.problem().message.contains(path), qPrintable(r.problem().message));
        const Result<void> appended = JournalFile(path).append(record(QStringLiteral("k-2")));
        QVERIFY(!appended);
        QCOMPARE(appended.problem().code, code);
        if (QFileInfo(path).isFile())
            QCOMPARE(contents(path), before);
        if (kind == QLatin1String("symlink"))
            QCOMPARE(contents(m_dir.filePath(QStringLiteral("target.jsonl"))), good);
    }
    void ownerIsChecked()
    {
        const auto foreign =
            JournalFile::check(QStringLiteral("/x/journal.jsonl"), true, 1234, 0600, 10, 1000);
        QVERIFY(!foreign);
        QCOMPARE(foreign.problem().code, QStringLiteral("journal_not_owned"));
        QVERIFY(foreign.problem().message.contains(QStringLiteral("/x/journal.jsonl")));
        QVERIFY(foreign.problem().message.contains(QStringLiteral("1234")));
        QVERIFY(JournalFile::check(QStringLiteral("/x/journal.jsonl"), true, 1000, 0600, 10, 1000));
    }
    void concurrentWritersLeaveWholeLines()
    {
        const QString path = m_dir.filePath(QStringLiteral("race/journal.jsonl"));
        const int writers = 4;
        const int each = 25;
        QList<pid_t> children;
        for (int w = 0; w < writers; ++w) {
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                bool ok = true;
                for (int i = 0; i < each; ++i)
                    ok = JournalFile(path).append(record(QStringLiteral("w%1-%2").arg(w).arg(i))).ok() && ok;
                ::_exit(ok ? 0 : 1);
            }
            children << pid;
        }
        for (pid_t pid : children) {
            int status = 0;
            QCOMPARE(::waitpid(pid, &status, 0), pid);
            QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        }
        const auto r = JournalFile(path).read();
        QVERIFY(r);
        QCOMPARE(r->history.entries.size(), writers * each);
        QVERIFY(r->history.skipped.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JournalFile)
#include "tst_JournalFile.moc"
