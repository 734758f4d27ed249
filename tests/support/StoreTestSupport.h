#pragma once

// Small helpers for the tests of the store and the repositories.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace testsupport {

// The SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The names in a folder, hidden files included, sorted.
inline QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// Runs SQL on a database file through a connection of its own, outside the store: for
// preparing files the store would not write (a foreign database, a newer version).
// Returns the first column of the last statement's rows; empty strings on failure are
// reported through `error`.
inline QStringList rawSql(const QString &path, const QStringList &statements,
                          QString *error = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-test-connection-%1").arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    if (error)
                        *error = query.lastError().text() + QStringLiteral(" [") + statement +
                                 QLatin1Char(']');
                    break;
                }
                rows.clear();
                while (query.next())
                    rows << query.value(0).toString();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace testsupport
