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
// "50.0 MiB (52,428,801 bytes)": the rounded size alone could read the same as the limit.
QString preciseSize(qint64 bytes, int precision)
{
    const QLocale locale;
    return DocumentFile::tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes, precision), locale.toString(bytes));
}
} // namespace

QString DocumentFile::notAFileMessage(const QString &shown, Kind kind)
{
    switch (kind) {
    case Kind::File:
        break;
    case Kind::Folder:
        return tr("“%1” is a folder, not a file.").arg(shown);
    case Kind::Pipe:
        return tr("“%1” is a named pipe, not a file.").arg(shown);
    case Kind::Socket:
        return tr("“%1” is a socket, not a file.").arg(shown);
    case Kind::Device:
        return tr("“%1” is a device, not a file.").arg(shown);
    case Kind::Other:
        break;
    }
    return tr("“%1” is not a file that can be attached.").arg(shown);
}

#ifdef Q_OS_UNIX
namespace {
DocumentFile::Kind kindOf(mode_t mode)
{
    using Kind = DocumentFile::Kind;
    if (S_ISREG(mode))
        return Kind::File;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISFIFO(mode))
        return Kind::Pipe;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Kind::Device;
    return Kind::Other;
}
} // namespace

// What the path names is checked before it is opened, since merely opening a named pipe for
// reading waits for a writer and opening a device can act on it. The path can be replaced
// between the check and the opening, so it is opened without waiting (O_NONBLOCK) and what was
// opened is checked again.
QString DocumentFile::openRegularFile(const QString &path, QFile &file, qint64 &size)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status {};
    if (::stat(encoded.constData(), &status) != 0)
        return tr("“%1” could not be read: %2").arg(shown, qt_error_string(errno));
    if (const Kind kind = kindOf(status.st_mode); kind != Kind::File)
        return notAFileMessage(shown, kind);
    const int descriptor = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return tr("“%1” could not be read: %2").arg(shown, qt_error_string(errno));
    if (::fstat(descriptor, &status) != 0 || kindOf(status.st_mode) != Kind::File) {
        const QString problem = notAFileMessage(shown, kindOf(status.st_mode));
        ::close(descriptor);
        return problem;
    }
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return tr("“%1” could not be read: %2").arg(shown, file.errorString());
    }
    size = status.st_size;
    return {};
}
#else
QString DocumentFile::openRegularFile(const QString &path, QFile &file, qint64 &size)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return notAFileMessage(shown, Kind::Folder);
    if (info.exists() && !info.isFile())
        return notAFileMessage(shown, Kind::Other);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("“%1” could not be read: %2").arg(shown, file.errorString());
    size = file.size();
    return {};
}
#endif

DocumentFile::Loaded DocumentFile::read(const QString &path, qint64 limit)
{
    Loaded loaded;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file;
    qint64 size = 0;
    if (const QString problem = openRegularFile(path, file, size); !problem.isEmpty()) {
        loaded.error = problem;
        return loaded;
    }
    if (size > limit) {
        loaded.error = tr("“%1” is %2; files of up to %3 can be attached.")
                           .arg(shown, preciseSize(size, 1), preciseSize(limit, 0));
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
