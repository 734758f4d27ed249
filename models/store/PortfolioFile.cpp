#include "models/store/PortfolioFile.h"

#include "models/store/StoreError.h"

#include <QFile>
#include <QFileInfo>

namespace sstc {

bool PortfolioFile::isWritable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

void PortfolioFile::removeWithJournal(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

PortfolioFile::State PortfolioFile::inspect(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir() || !isWritable(folder))
        throw StoreError(StoreError::Kind::FolderNotWritable, path);
    if (!info.exists())
        return State::Missing;
    if (!info.isFile())
        throw StoreError(StoreError::Kind::NotADatabase, path, QStringLiteral("not a file"));
    if (!isWritable(path))
        throw StoreError(StoreError::Kind::ReadOnlyFile, path);
    if (info.size() == 0)
        return State::Empty;

    if (!hasSqliteHeader(path))
        throw StoreError(StoreError::Kind::NotADatabase, path, QStringLiteral("no SQLite header"));
    return State::SqliteDatabase;
}

bool PortfolioFile::hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen, path, file.errorString());
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    return file.read(sqliteMagic.size()) == sqliteMagic;
}

} // namespace sstc
