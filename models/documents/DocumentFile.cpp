#include "models/documents/DocumentFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

namespace sstc {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}
} // namespace

DocumentFile::Loaded DocumentFile::read(const QString &path, qint64 limit)
{
    Loaded loaded;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        loaded.error = tr("“%1” is a folder, not a file.").arg(shown);
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("“%1” could not be read: %2").arg(shown, file.errorString());
        return loaded;
    }
    if (file.size() > limit) {
        loaded.error = tr("“%1” is %2; files of up to %3 can be attached.")
                           .arg(shown, sizeText(file.size()), sizeText(limit));
        return loaded;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray content;
    content.reserve(file.size());
    constexpr qint64 blockSize = 1024 * 1024;
    while (!file.atEnd()) {
        const QByteArray block = file.read(blockSize);
        if (block.isEmpty() && file.error() != QFileDevice::NoError) {
            loaded.error = tr("“%1” could not be read: %2").arg(shown, file.errorString());
            return loaded;
        }
        // The file may have grown since its size was checked.
        if (content.size() + block.size() > limit) {
            loaded.error = tr("“%1” is larger than %2, the most that can be attached.")
                               .arg(shown, sizeText(limit));
            return loaded;
        }
        hash.addData(block);
        content.append(block);
        if (block.isEmpty())
            break;
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
