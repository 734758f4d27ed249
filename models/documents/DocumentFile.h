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

    // Reads in blocks, hashing as it goes, and stops as soon as the limit is passed, so that
    // a huge file is refused without being read into memory.
    static Loaded read(const QString &path, qint64 limit = maxSize);
    static QByteArray checksum(const QByteArray &content); // SHA-256, hex
    // Empty when `content` is what was stored for `document`; otherwise why not.
    static QString verify(const Document &document, const QByteArray &content);
    // Writes the bytes to `path`, replacing the file only once all of them are written.
    static QString writeCopy(const QByteArray &content, const QString &path);
    // A file name safe to use in a folder: no path separators or control characters.
    static QString safeFileName(const QString &name);
};

} // namespace sstc
