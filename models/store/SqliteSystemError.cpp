#include "models/store/SqliteSystemError.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sstc {

int SqliteSystemError::of(const QSqlDatabase &connection)
{
    if (!connection.isValid() || !connection.driver())
        return 0;
    // Qt's SQLite driver hands out its sqlite3 pointer under this type name; the driver
    // and this code share the system's libsqlite3.
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    sqlite3 *const database = *static_cast<sqlite3 *const *>(handle.constData());
    return database ? sqlite3_system_errno(database) : 0;
}

} // namespace sstc
