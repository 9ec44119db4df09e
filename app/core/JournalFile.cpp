#include "core/JournalFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
Problem problem(const QString &code, const QString &message, const QString &fix = {})
{
    return {code, message, fix};
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Closes the descriptor (and so drops its lock) on every return path.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Opens without following a symlink and without blocking on a FIFO, then checks what was opened.
Result<void> openChecked(const QString &path, int flags, Fd *fd, struct stat *st)
{
    const QByteArray name = QFile::encodeName(path);
    fd->fd = ::open(name.constData(), flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0600);
    if (fd->fd < 0) {
        // A symlink (ELOOP), a FIFO without reader (ENXIO), a folder (EISDIR): all "not a regular file".
        struct stat link;
        if (errno == ELOOP || (::lstat(name.constData(), &link) == 0 && !S_ISREG(link.st_mode)))
            return JournalFile::check(path, false, 0, 0, 0, 0);
        return problem(QStringLiteral("journal_unreadable"),
                       JournalFile::tr("Cannot open the journal %1: %2").arg(path, systemError()));
    }
    if (::fstat(fd->fd, st) != 0)
        return problem(QStringLiteral("journal_unreadable"),
                       JournalFile::tr("Cannot read the journal %1: %2").arg(path, systemError()));
    if (auto checked = JournalFile::check(path, S_ISREG(st->st_mode), st->st_uid, st->st_mode & 07777,
                                          qint64(st->st_size), ::geteuid());
        !checked)
        return checked;
    ::fcntl(fd->fd, F_SETFL, ::fcntl(fd->fd, F_GETFL) & ~O_NONBLOCK);
    return {};
}
} // namespace

QString JournalFile::defaultPath()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    // The XDG spec says a relative value is invalid and is to be ignored.
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/okta-jwt/journal.jsonl");
}

Result<void> JournalFile::check(const QString &path, bool regular, uint owner, uint mode, qint64 size,
                                uint uid)
{
    const QString keep = tr("It was left as it is; move it away to start a new journal.");
    if (!regular)
        return problem(QStringLiteral("journal_not_a_file"),
                       tr("The journal %1 is not a regular file (a symlink, folder or device).").arg(path),
                       keep);
    if (owner != uid)
        return problem(
            QStringLiteral("journal_not_owned"),
            tr("The journal %1 belongs to user id %2, not to you (%3).").arg(path).arg(owner).arg(uid), keep);
    if (mode & 077)
        return problem(QStringLiteral("journal_permissions"),
                       tr("The journal %1 can be read or written by others (mode %2).")
                           .arg(path, QString::number(mode, 8)),
                       tr("Run: chmod 600 %1").arg(path));
    if (size > kMaxBytes)
        return problem(QStringLiteral("journal_too_large"),
                       tr("The journal %1 is %2 bytes, more than the %3 a journal can reach.")
                           .arg(path)
                           .arg(size)
                           .arg(kMaxBytes),
                       keep);
    return {};
}

Result<void> JournalFile::append(const QJsonObject &record) const
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        ::mkdir(QFile::encodeName(folder).constData(), 0700);
    }
    Fd fd;
    struct stat st;
    if (auto opened = openChecked(m_path, O_WRONLY | O_CREAT | O_APPEND, &fd, &st); !opened)
        return opened;
    const auto failed = [&] {
        return problem(QStringLiteral("journal_unwritable"),
                       tr("Cannot write the journal %1: %2").arg(m_path, systemError()));
    };
    if (::flock(fd.fd, LOCK_EX) != 0 || ::fstat(fd.fd, &st) != 0)
        return failed();
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (st.st_size > 0) {
        char last = '\n';
        const int reader = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (reader >= 0) {
            if (::pread(reader, &last, 1, st.st_size - 1) != 1)
                last = '\n';
            ::close(reader);
        }
        if (last != '\n')
            line.prepend('\n');
    }
    if (!writeAll(fd.fd, line) || ::fdatasync(fd.fd) != 0)
        return failed();
    return {};
}

Result<JournalFile::Contents> JournalFile::read() const
{
    Contents r;
    if (!QFileInfo(m_path).exists() && !QFileInfo(m_path).isSymLink())
        return r;
    r.exists = true;
    Fd fd;
    struct stat st;
    if (auto opened = openChecked(m_path, O_RDONLY, &fd, &st); !opened)
        return opened.problem();
    ::flock(fd.fd, LOCK_SH);
    QByteArray data;
    data.reserve(qsizetype(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return problem(QStringLiteral("journal_unreadable"),
                           tr("Cannot read the journal %1: %2").arg(m_path, systemError()));
        if (n == 0)
            break;
        data.append(buffer, n);
        if (data.size() > kMaxBytes) // grew while reading
            return check(m_path, true, 0, 0, data.size(), 0).problem();
    }
    r.history = JournalHistory::parse(data);
    return r;
}
