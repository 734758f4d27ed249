#include "tests/support/DamagedFile.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {

struct PageAddress
{
    qint64 offset = -1;
    int size = 0;
};

// Where the b-tree of `name` starts, read through a connection closed before the damage.
PageAddress firstPageOf(const QString &path, const QString &name)
{
    PageAddress address;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            query.addBindValue(name);
            qint64 rootPage = 0;
            if (query.exec() && query.next())
                rootPage = query.value(0).toLongLong();
            QSqlQuery pageSize(QStringLiteral("PRAGMA page_size"), db);
            if (rootPage > 1 && pageSize.next()) {
                address.size = pageSize.value(0).toInt();
                address.offset = (rootPage - 1) * address.size;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return address;
}

} // namespace

bool damagePageOf(const QString &path, const QString &name, int count, quint32 seed)
{
    const PageAddress page = firstPageOf(path, name);
    if (page.offset < 0 || count > page.size)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QRandomGenerator random(seed);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return file.seek(page.offset) && file.write(bytes) == count;
}
