#include "models/documents/DocumentFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sstc {

namespace {
// What a path names, as far as attaching it goes.
enum class Kind { File, Folder, Pipe, Socket, Device, Other, Missing };

struct Status
{
    Kind kind = Kind::Missing;
    qint64 size = 0;
    QString error; // why it could not be looked at, when kind is Missing
};

// "50.0 MiB (52,428,801 bytes)": the rounded size alone could read the same as the limit.
QString preciseSize(qint64 bytes, int precision)
{
    const QLocale locale;
    return DocumentFile::tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes, precision), locale.toString(bytes));
}

// Empty when `status` is of a regular file within the limit.
QString refusal(const QString &path, const Status &status, qint64 limit)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (status.kind) {
    case Kind::File:
        if (status.size <= limit)
            return {};
        return DocumentFile::tr("“%1” is %2; files of up to %3 can be attached.")
            .arg(shown, preciseSize(status.size, 1), preciseSize(limit, 0));
    case Kind::Missing:
        return DocumentFile::tr("“%1” could not be read: %2").arg(shown, status.error);
    case Kind::Folder:
        return DocumentFile::tr("“%1” is a folder, not a file.").arg(shown);
    case Kind::Pipe:
        return DocumentFile::tr("“%1” is a named pipe, not a file.").arg(shown);
    case Kind::Socket:
        return DocumentFile::tr("“%1” is a socket, not a file.").arg(shown);
    case Kind::Device:
        return DocumentFile::tr("“%1” is a device, not a file.").arg(shown);
    case Kind::Other:
        break;
    }
    return DocumentFile::tr("“%1” is not a file that can be attached.").arg(shown);
}

#ifdef Q_OS_UNIX
Status statusOf(int result, const struct stat &info)
{
    Status status;
    if (result != 0) {
        status.error = qt_error_string(errno);
        return status;
    }
    const mode_t mode = info.st_mode;
    status.kind = S_ISREG(mode)                    ? Kind::File
                  : S_ISDIR(mode)                  ? Kind::Folder
                  : S_ISFIFO(mode)                 ? Kind::Pipe
                  : S_ISSOCK(mode)                 ? Kind::Socket
                  : S_ISCHR(mode) || S_ISBLK(mode) ? Kind::Device
                                                   : Kind::Other;
    status.size = info.st_size;
    return status;
}

// Follows symbolic links.
Status statusOf(const QString &path)
{
    struct stat info {};
    const int result = ::stat(QFile::encodeName(path).constData(), &info);
    return statusOf(result, info);
}

// Opens `path` into `file` only if it is a regular file within the limit, giving its size;
// otherwise why not. The path was looked at before, but it can have been replaced since: it
// is opened without waiting (O_NONBLOCK), since opening a named pipe for reading waits for a
// writer, and what was opened is looked at again.
QString openToRead(const QString &path, qint64 limit, QFile &file, qint64 &size)
{
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        Status missing;
        missing.error = qt_error_string(errno);
        return refusal(path, missing, limit);
    }
    struct stat info {};
    const int result = ::fstat(descriptor, &info);
    const Status status = statusOf(result, info);
    if (const QString problem = refusal(path, status, limit); !problem.isEmpty()) {
        ::close(descriptor);
        return problem;
    }
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return DocumentFile::tr("“%1” could not be read: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    size = status.size;
    return {};
}
#else
Status statusOf(const QString &path)
{
    const QFileInfo info(path);
    Status status;
    status.kind = !info.exists() ? Kind::Missing
                  : info.isDir() ? Kind::Folder
                  : info.isFile() ? Kind::File
                                  : Kind::Other;
    status.size = info.size();
    if (status.kind == Kind::Missing) {
        QFile probe(path);
        probe.open(QIODevice::ReadOnly);
        status.error = probe.errorString();
    }
    return status;
}

QString openToRead(const QString &path, qint64 limit, QFile &file, qint64 &size)
{
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return DocumentFile::tr("“%1” could not be read: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    Status status = statusOf(path);
    status.size = file.size();
    size = status.size;
    return refusal(path, status, limit);
}
#endif
} // namespace

QString DocumentFile::checkAttachable(const QString &path, qint64 limit)
{
    return refusal(path, statusOf(path), limit);
}

DocumentFile::Loaded DocumentFile::read(const QString &path, qint64 limit)
{
    Loaded loaded;
    const QString shown = QDir::toNativeSeparators(path);
    // Looked at before opening: a named pipe or a device is never opened.
    if (const QString problem = checkAttachable(path, limit); !problem.isEmpty()) {
        loaded.error = problem;
        return loaded;
    }
    QFile file;
    qint64 size = 0;
    if (const QString problem = openToRead(path, limit, file, size); !problem.isEmpty()) {
        loaded.error = problem;
        return loaded;
    }
    const QString changed =
        tr("“%1” changed while it was being read; attach it again once it is complete.")
            .arg(shown);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray content;
    content.reserve(size);
    constexpr qint64 blockSize = 1024 * 1024;
    // Reads until the end of the file rather than for its size, to notice one that grows.
    for (;;) {
        const QByteArray block = file.read(blockSize);
        if (file.error() != QFileDevice::NoError) {
            loaded.error = tr("“%1” could not be read: %2").arg(shown, file.errorString());
            return loaded;
        }
        if (block.isEmpty())
            break;
        if (content.size() + block.size() > size) {
            loaded.error = changed;
            return loaded;
        }
        hash.addData(block);
        content.append(block);
    }
    if (content.size() != size) {
        loaded.error = changed;
        return loaded;
    }
    loaded.content = content;
    loaded.sha256 = hash.result().toHex();
    loaded.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, content.left(4096)).name();
    return loaded;
}

QByteArray DocumentFile::checksum(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QString DocumentFile::verify(const Document &document, const QByteArray &content)
{
    if (content.size() != document.size || checksum(content) != document.sha256)
        return tr("The stored copy of “%1” is damaged: its checksum does not match the one "
                  "recorded when it was attached.")
            .arg(document.fileName);
    return {};
}

QString DocumentFile::writeCopy(const QByteArray &content, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return tr("“%1” could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString DocumentFile::safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
                 c.category() == QChar::Other_Control)
                    ? QLatin1Char('_')
                    : c;
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        safe = QStringLiteral("document");
    return safe;
}

} // namespace sstc
