#pragma once

#include "models/domain/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>


namespace sstc {

// Moving a document's bytes between a file on disk and the portfolio: reading a file to
// attach (within the size limit, with its checksum), checking stored bytes against their
// checksum, and writing a copy out. Errors come back as translated messages.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(sstc::DocumentFile)

public:
    static constexpr qint64 maxSize = 50LL * 1024 * 1024;

    struct Loaded
    {
        QByteArray content;
        QByteArray sha256; // hex
        QString mimeType;
        QString error; // empty when the file was read whole
    };

    // Reads a regular file (symbolic links followed) in blocks, hashing as it goes. A file over
    // the limit is refused without being read; anything but a regular file (a folder, a named
    // pipe, a socket, a device) is refused without being opened for reading; so is a file whose
    // size changes while it is read.
    static Loaded read(const QString &path, qint64 limit = maxSize);
    // Empty when `path` names a regular file (links followed) within the limit; otherwise
    // why it cannot be attached. Looks at the file without opening it, so it can be asked
    // before anything else about attaching a file; read() asks it too.
    static QString checkAttachable(const QString &path, qint64 limit = maxSize);
    static QByteArray checksum(const QByteArray &content); // SHA-256, hex
    // Empty when `content` is what was stored for `document`; otherwise why not.
    static QString verify(const Document &document, const QByteArray &content);
    // Writes the bytes to `path`, replacing the file only once all of them are written.
    static QString writeCopy(const QByteArray &content, const QString &path);
    // A file name safe to use in a folder: no path separators or control characters.
    static QString safeFileName(const QString &name);
};

} // namespace sstc
