#include "models/store/PendingFile.h"

#include "models/store/PortfolioFile.h"
#include "models/store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sstc {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// ".portfolio.sstc-" for "portfolio.sstc": what every temporary file of that name starts with.
QString temporaryPrefix(const QString &finalPath)
{
    return QLatin1Char('.') + QFileInfo(finalPath).fileName() + QLatin1Char('-');
}

// Whether the open file `fd` is still the one at `path` (not removed or replaced meanwhile).
bool isStillAt(int fd, const QString &path)
{
    struct stat opened = {};
    struct stat named = {};
    return ::fstat(fd, &opened) == 0 && ::stat(encoded(path).constData(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

PendingFile::PendingFile(const QString &nameFor)
{
    const QString target = QFileInfo(nameFor).absoluteFilePath();
    removeAbandoned(target);
    const QString folder = QFileInfo(target).absolutePath();
    // A cleaner may remove a new temporary file in the moment before it is locked: then the
    // lock is on a file without a name, and another name is tried.
    for (int attempt = 0; attempt < 10; ++attempt) {
        QByteArray name = encoded(folder + QLatin1Char('/') + temporaryPrefix(target) +
                                  QStringLiteral("XXXXXX.tmp"));
        const int fd = ::mkstemps(name.data(), 4);
        if (fd < 0)
            throw StoreError(StoreError::meansDiskFull(errno) ? StoreError::Kind::DiskFull
                                                              : StoreError::Kind::FolderNotWritable,
                             target, QString::fromLocal8Bit(std::strerror(errno)));
        const QString path = QFile::decodeName(name);
        if (::flock(fd, LOCK_EX) == 0 && isStillAt(fd, path)) {
            m_fd = fd;
            m_path = path;
            return;
        }
        ::close(fd);
    }
    throw StoreError(StoreError::Kind::Failed, target,
                     QStringLiteral("no temporary file could be kept"));
}

PendingFile::~PendingFile()
{
    if (!m_published)
        PortfolioFile::removeWithJournal(m_path);
    // Closing last: the lock tells cleaners the file is in use until it is gone.
    ::close(m_fd);
}

PendingFile::Outcome PendingFile::publish(const QString &finalPath, bool replaceEmpty)
{
    const QByteArray from = encoded(m_path);
    const QByteArray to = encoded(finalPath);
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        m_published = true;
        return Outcome::Published;
    }
    if (errno != EEXIST)
        throw StoreError(StoreError::meansDiskFull(errno) ? StoreError::Kind::DiskFull
                                                          : StoreError::Kind::FolderNotWritable,
                         finalPath, QString::fromLocal8Bit(std::strerror(errno)));
    if (replaceEmpty && replaceEmptyFile(finalPath))
        return Outcome::Published;
    return Outcome::NameTaken;
}

bool PendingFile::replaceEmptyFile(const QString &finalPath)
{
    const QByteArray to = encoded(finalPath);
    const int fd = ::open(to.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Makers replacing the same empty file take turns; the one after the first finds the
    // name taken by the first one's portfolio.
    bool replaced = false;
    struct stat info = {};
    if (::flock(fd, LOCK_EX) == 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
        info.st_size == 0 && isStillAt(fd, finalPath)) {
        replaced = ::rename(encoded(m_path).constData(), to.constData()) == 0;
        m_published = replaced;
    }
    ::close(fd);
    return replaced;
}

void PendingFile::removeAbandoned(const QString &nameFor)
{
    const QFileInfo info(nameFor);
    const QDir folder = info.absoluteDir();
    const QStringList leftovers =
        folder.entryList({temporaryPrefix(nameFor) + QStringLiteral("??????.tmp")},
                         QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : leftovers) {
        const QString path = folder.filePath(name);
        const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        // A live maker holds the lock; a dead one's lock went with its process.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && isStillAt(fd, path))
            PortfolioFile::removeWithJournal(path);
        ::close(fd);
    }
}

} // namespace sstc
